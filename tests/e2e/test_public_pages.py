"""The public pages in the browser, on the demo data, in Dutch and in English.

Every kind of page: axe-core (vendored, WCAG 2.x A and AA rules) finds no
violation, ``<html lang>`` is right, nothing is requested from another host, the
Content-Security-Policy is never broken; the language switcher, a filter, the
"as of" date and the municipality picker work by keyboard; screenshots at 1280
and 320 px land in ``SCREENSHOTS`` (default ``var/screenshots``).
"""

import io
import os
import re
from pathlib import Path

from django.core.management import call_command
from django.utils import translation

import pytest
from playwright.sync_api import Page, expect

from apps.contracts.models import Contract

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(os.environ.get("SCREENSHOTS", "var/screenshots"))

COLLECT_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""

RUN_AXE = """
async () => {
  const result = await axe.run(document, {
    runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`
  );
}
"""


def load_demo() -> None:
    with translation.override("en"):
        call_command("load_demo", stdout=io.StringIO())


def pages() -> list[tuple[str, str]]:
    contract = Contract.objects.published().order_by("pk").first()
    return [
        ("overview", "/"),
        ("component", "/componenten/openzaak/"),
        ("component-2018", "/componenten/openzaak/?op=2018-06-01"),
        ("parties", "/partijen/"),
        ("party", "/partijen/dimpact/"),
        ("municipality-pick", "/mijn-gemeente/?q=Enschede"),
        ("municipality", "/mijn-gemeente/enschede/"),
        ("contracts", "/contracten/"),
        ("contract", f"/contracten/{contract.uuid}/"),
        ("funding", "/wie-betaalt-wat/?component=openzaak"),
        ("goals", "/doelen/"),
        ("search", "/zoeken/?q=maykin"),
    ]


def check_page(page: Page, base: str, name: str, path: str, lang: str) -> None:
    page.goto(base + path)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("h1")).to_be_visible()
    page.evaluate(AXE.read_text(encoding="utf-8"))
    assert page.evaluate(RUN_AXE) == [], f"{path} ({lang})"
    assert page.evaluate("window.__violations") == [], f"{path} ({lang})"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{lang}-1280-{name}.png", full_page=True)


@pytest.fixture
def watched(page: Page, live_server) -> tuple[Page, list[str]]:
    """The page, and every address it requested that is not this site."""
    remote: list[str] = []
    page.add_init_script(COLLECT_VIOLATIONS)
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((live_server.url, "data:", "blob:"))
            else remote.append(request.url)
        ),
    )
    return page, remote


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_is_accessible_and_local_in_both_languages(
    watched, live_server, lang
):
    page, remote = watched
    load_demo()
    page.goto(live_server.url + "/")
    if lang == "en":
        page.get_by_role("link", name="English").click()
        expect(page.locator("html")).to_have_attribute("lang", "en")

    for name, path in pages():
        check_page(page, live_server.url, name, path, lang)

    page.set_viewport_size({"width": 320, "height": 800})
    for name, path in pages()[:4]:
        page.goto(live_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{path} scrolls sideways at 320 px ({width} px)"
        page.screenshot(path=SCREENSHOTS / f"{lang}-320-{name}.png", full_page=True)
    assert remote == []


def test_the_pages_work_by_keyboard(watched, live_server):
    page, remote = watched
    load_demo()

    # The language switcher: tab to it, press Enter.
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")  # the skip link
    expect(page.get_by_role("link", name="Naar de inhoud")).to_be_focused()
    english = page.get_by_role("link", name="English")
    for _ in range(5):
        page.keyboard.press("Tab")
        if english.evaluate("link => link === document.activeElement"):
            break
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("lang", "en")

    # A filter: the kind of party.
    page.goto(live_server.url + "/partijen/")
    page.get_by_label("Kind").focus()
    page.get_by_label("Kind").select_option("coalition")
    page.keyboard.press("Tab")  # on to the next filter
    page.get_by_role("button", name="Filter", exact=True).focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"soort=coalition"))
    expect(page.get_by_role("link", name="Dimpact", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Enschede", exact=True)).to_have_count(0)

    # The "as of" date.
    page.goto(live_server.url + "/componenten/openzaak/")
    field = page.get_by_label("As of")
    field.focus()
    field.fill("2018-06-01")  # the field's order of day and month is the browser's
    field.press("Enter")
    expect(
        page.get_by_text("Showing the ecosystem as it was on June 1, 2018")
    ).to_be_visible()

    # The municipality picker.
    page.goto(live_server.url + "/mijn-gemeente/")
    page.get_by_label("Municipality").focus()
    page.keyboard.type("GM0153")
    page.keyboard.press("Enter")
    link = page.get_by_role("link", name="Enschede")
    link.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Enschede")
    assert remote == []


def test_every_page_works_without_javascript(browser, live_server):
    load_demo()
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    for _name, path in pages():
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        expect(page.locator("h1")).to_be_visible()
    page.goto(live_server.url + "/partijen/")
    page.get_by_label("Soort").select_option("coalition")
    page.get_by_role("button", name="Filteren").click()
    expect(page.get_by_role("link", name="Dimpact", exact=True)).to_be_visible()
    context.close()

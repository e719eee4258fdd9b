"""Pages work under the strict Content-Security-Policy and the Permissions-Policy.

The browser reports each blocked script, style or image as a
``securitypolicyviolation`` event and in the console; an unknown feature in the
Permissions-Policy header is a console error too. None may occur.
"""

import pytest
from playwright.sync_api import ConsoleMessage, Page, expect

from tests.contracts.factories import ContractFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

COLLECT_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(
    `${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`
  );
});
"""


@pytest.fixture
def policy_problems(page: Page) -> list[str]:
    """What the browser reported against either policy, on any page visited."""
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text or "Permissions-Policy" in (
            message.text
        ):
            problems.append(message.text)

    page.add_init_script(COLLECT_VIOLATIONS)
    page.on("console", on_console)
    return problems


def _violations(page: Page) -> list[str]:
    return page.evaluate("window.__violations")


def test_the_home_page_loads_without_a_policy_violation(
    page: Page, live_server, policy_problems: list[str]
):
    page.goto(f"{live_server.url}/")

    expect(page.get_by_role("heading", name="Ecosysteemregister")).to_be_visible()
    assert _violations(page) == []
    assert policy_problems == []


def _log_in(page: Page, live_server, coordinator) -> None:
    page.goto(f"{live_server.url}/admin/")
    page.get_by_label("Gebruikersnaam").fill(coordinator.username)
    page.get_by_label("Wachtwoord").fill("coordinator-pass")
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_role("heading", name="Ecosysteemregister")).to_be_visible()


def test_the_admin_works_without_a_policy_violation(
    page: Page, live_server, coordinator, policy_problems: list[str]
):
    contract = ContractFactory()

    _log_in(page, live_server, coordinator)
    login_violations = _violations(page)
    page.goto(f"{live_server.url}/admin/contracts/contract/")
    list_violations = _violations(page)
    page.goto(f"{live_server.url}/admin/contracts/contract/{contract.pk}/change/")
    page.get_by_role("link", name="Vandaag").first.click()  # the date widget's script
    form_violations = _violations(page)

    assert login_violations == []
    assert list_violations == []
    assert form_violations == []
    assert policy_problems == []


def test_the_admin_language_switch_works_without_an_inline_handler(
    page: Page, live_server, coordinator, policy_problems: list[str]
):
    _log_in(page, live_server, coordinator)

    page.get_by_label("Taal").select_option("en")

    expect(page.get_by_role("heading", name="Ecosystem register")).to_be_visible()
    assert _violations(page) == []
    assert policy_problems == []


def test_the_api_reference_works_without_a_policy_violation(
    page: Page, live_server, policy_problems: list[str]
):
    # Past 128 operations Swagger UI shows one tag at a time: open the parties'.
    page.goto(f"{live_server.url}/api/v1/docs#/parties")

    expect(page.get_by_role("heading", name="OpenZaak Governance API")).to_be_visible()
    page.get_by_text("/parties", exact=True).first.click()  # expand an operation
    expect(page.get_by_text("Parameters").first).to_be_visible()
    assert _violations(page) == []
    assert policy_problems == []

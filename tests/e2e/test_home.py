"""The public home page in a real browser."""

import pytest
from playwright.sync_api import Page, expect

from tests.components.factories import ComponentFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_the_home_page_shows_the_register_and_switches_to_english(
    page: Page, live_server
):
    ComponentFactory(name="OpenZaak", licence="EUPL-1.2")

    page.goto(live_server.url)
    expect(page.get_by_role("heading", name="Ecosysteemregister")).to_be_visible()
    expect(page.get_by_role("link", name="OpenZaak", exact=True)).to_be_visible()
    page.get_by_role("link", name="English").click()

    expect(page.get_by_role("heading", name="Ecosystem register")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "en")

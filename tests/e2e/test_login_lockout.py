"""Guessing the coordinator's password in a real browser ends on the lockout page."""

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _try(page: Page, live_server, password: str) -> None:
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Gebruikersnaam").fill("coordinator")
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Aanmelden").click()


def test_after_five_wrong_passwords_the_browser_shows_the_lockout_page(
    page: Page, live_server, coordinator
):
    for attempt in range(5):
        _try(page, live_server, f"wrong-{attempt}")

    _try(page, live_server, "coordinator-pass")

    expect(
        page.get_by_role("heading", name="Te veel mislukte aanmeldingen")
    ).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("5 verkeerde wachtwoorden")
    expect(page.get_by_role("link", name="Terug naar de aanmeldpagina")).to_be_visible()

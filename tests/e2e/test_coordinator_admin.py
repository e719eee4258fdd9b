"""The coordinator maintains the register in a real browser, in Dutch."""

import datetime
import re

import pytest
from playwright.sync_api import Page, expect

from apps.contracts.models import Contract
from tests.contracts.factories import ContractFactory
from tests.parties.factories import PartyFactory, PartyNameFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _log_in(page: Page, live_server, coordinator) -> None:
    page.goto(f"{live_server.url}/admin/")
    page.get_by_label("Gebruikersnaam").fill(coordinator.username)
    page.get_by_label("Wachtwoord").fill("coordinator-pass")
    page.get_by_role("button", name="Aanmelden").click()


def test_the_coordinator_logs_in_and_finds_the_register_in_dutch(
    page: Page, live_server, coordinator
):
    _log_in(page, live_server, coordinator)

    expect(page.get_by_role("heading", name="Ecosysteemregister")).to_be_visible()
    register = page.get_by_role("main")
    expect(register.get_by_role("table", name="Partijen")).to_be_visible()
    expect(register.get_by_role("table", name="Contracten")).to_be_visible()
    expect(
        register.get_by_role("table", name="Bedrijfszekerheidsdoelen")
    ).to_be_visible()


def test_an_invalid_period_is_a_form_error_and_nothing_is_saved(
    page: Page, live_server, coordinator
):
    contract = ContractFactory(
        start_date=datetime.date(2025, 1, 1), end_date=datetime.date(2025, 12, 31)
    )
    _log_in(page, live_server, coordinator)

    page.goto(f"{live_server.url}/admin/contracts/contract/{contract.pk}/change/")
    page.locator("#id_end").fill("2024-12-31")
    page.get_by_role("button", name="Opslaan", exact=True).click()

    # One error, or two when the contract's lot now lies outside it as well.
    expect(
        page.get_by_text(re.compile("Corrigeer de onderstaande fout"))
    ).to_be_visible()
    expect(
        page.get_by_text("Het einde kan niet voor het begin liggen.")
    ).to_be_visible()
    contract.refresh_from_db()
    assert contract.end_latest == datetime.date(2025, 12, 31)


def test_autocomplete_finds_a_party_by_its_alias(page: Page, live_server, coordinator):
    maykin = PartyFactory(name="Maykin Media", slug="maykin-media")
    PartyNameFactory(party=maykin, name="Maykin B.V.")
    contract = ContractFactory()
    _log_in(page, live_server, coordinator)

    page.goto(f"{live_server.url}/admin/contracts/contract/{contract.pk}/change/")
    page.locator("#select2-id_contractor-container").click()
    page.get_by_role("searchbox").and_(
        page.locator("[aria-controls='select2-id_contractor-results']")
    ).fill("B.V.")
    page.get_by_role("option", name="Maykin Media").click()
    page.get_by_role("button", name="Opslaan", exact=True).click()

    expect(page.locator(".messagelist")).to_contain_text("gewijzigd")
    assert Contract.objects.get(pk=contract.pk).contractor == maykin


def test_every_change_is_kept_as_history_the_coordinator_can_read(
    page: Page, live_server, coordinator
):
    party = PartyFactory(name="Gemeente Voorbeeld", slug="voorbeeld")
    _log_in(page, live_server, coordinator)

    page.goto(f"{live_server.url}/admin/parties/party/{party.pk}/change/")
    page.get_by_role("textbox", name="Naam:", exact=True).fill("Gemeente Voorbeeldstad")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("gewijzigd")
    page.goto(f"{live_server.url}/admin/parties/party/{party.pk}/history/")

    history = page.locator("#change-history")
    expect(history).to_contain_text("coordinator")
    expect(history).to_contain_text(re.compile("Gemeente Voorbeeldstad"))

"""Writing through the API: who may, and the register's rules on what is written."""

import datetime
from decimal import Decimal

from django.conf import settings

import pytest
from rest_framework.test import APIClient

from apps.contracts.models import Contract, Lot
from apps.core.models import Source
from apps.core.periods import PartialDate
from apps.funding.models import FundingStream
from apps.parties.models import Party
from apps.roles.models import RoleAssignment
from tests.api.helpers import ENGLISH, assert_problem, if_match, invalid_params
from tests.components.factories import ComponentFactory
from tests.contracts.factories import ContractFactory, LotFactory, WorkCategoryFactory
from tests.core.factories import SourceFactory
from tests.parties.factories import PartyFactory
from tests.roles.factories import RoleAssignmentFactory

pytestmark = pytest.mark.django_db

API = "http://testserver/api/v1"


@pytest.fixture
def contract_body() -> dict:
    """A valid new contract, its links given as the resources' URLs."""
    client = PartyFactory(municipality=True, name="Gemeente Utrecht")
    contractor = PartyFactory(name="Maykin")
    component = ComponentFactory(name="Open Zaak")
    source = SourceFactory(title="Aanbestedingsstukken")
    return {
        "title": "Onderhoud Open Zaak",
        "client": f"{API}/parties/{client.uuid}",
        "contractor": f"{API}/parties/{contractor.uuid}",
        "components": [f"{API}/components/{component.uuid}"],
        "start": "2025-01-01",
        "endPrecision": "ongoing",
        "procurementReference": "TN-2025-0001",
        "citations": [{"source": f"{API}/sources/{source.uuid}", "locator": "§ 2"}],
    }


def test_the_coordinator_creates_a_contract_with_a_token(token_client, contract_body):
    response = token_client.post("/api/v1/contracts", contract_body, format="json")

    assert response.status_code == 201, response.content
    contract = Contract.objects.get(uuid=response.json()["uuid"])
    assert contract.title == "Onderhoud Open Zaak"
    assert contract.client.name == "Gemeente Utrecht"
    assert contract.contractor.name == "Maykin"
    assert [component.name for component in contract.components.all()] == ["Open Zaak"]
    assert contract.start == PartialDate.parse("2025-01-01")
    assert contract.is_ongoing
    assert contract.procurement_reference == "TN-2025-0001"
    assert response["Location"] == f"{API}/contracts/{contract.uuid}"
    assert response["API-Version"] == settings.API_VERSION
    assert response.json()["clientName"] == "Gemeente Utrecht"


def test_a_write_through_the_api_records_who_made_it(
    token_client, coordinator, contract_body
):
    response = token_client.post("/api/v1/contracts", contract_body, format="json")

    contract = Contract.objects.get(uuid=response.json()["uuid"])
    # The record, then its components: each change by the same user.
    assert {row.history_user for row in contract.history.all()} == {coordinator}


def test_a_contract_whose_client_is_its_contractor_is_a_400_naming_the_rule(
    token_client, contract_body
):
    contract_body["contractor"] = contract_body["client"]

    response = token_client.post(
        "/api/v1/contracts", contract_body, format="json", headers=ENGLISH
    )

    assert invalid_params(response) == {
        "client": ["The client cannot be its own contractor."]
    }
    assert not Contract.objects.exists()


@pytest.fixture
def lot_body() -> dict:
    """A valid new lot of a contract for 2025."""
    contract = ContractFactory(lot=None)
    work = WorkCategoryFactory(name="Onderhoud")
    return {
        "contract": f"{API}/contracts/{contract.uuid}",
        "name": "Kavel Onderhoud",
        "workCategory": f"{API}/work-categories/{work.uuid}",
        "contractType": "continuous",
        "start": "2025-01-01",
        "end": "2025-12-31",
        "value": 120000,
        "slaUrl": "https://example.org/sla",
        "codebaseState": "1.20.0",
        "basis": "illustrative",
    }


def test_the_coordinator_adds_a_lot_to_a_contract(token_client, lot_body):
    response = token_client.post("/api/v1/lots", lot_body, format="json")

    assert response.status_code == 201, response.content
    lot = Lot.objects.get(uuid=response.json()["uuid"])
    assert (lot.name, lot.value, lot.codebase_state) == (
        "Kavel Onderhoud",
        Decimal("120000.00"),
        "1.20.0",
    )
    assert lot.contract.total.amount == Decimal("120000.00")


def test_a_negative_lot_value_is_a_400_naming_the_field(token_client, lot_body):
    lot_body["value"] = -1

    response = token_client.post("/api/v1/lots", lot_body, format="json")

    assert list(invalid_params(response)) == ["value"]
    assert not Lot.objects.exists()


def test_a_lot_ending_after_its_contract_is_a_400_naming_the_end(
    token_client, lot_body
):
    lot_body["end"] = "2026-01"

    response = token_client.post(
        "/api/v1/lots", lot_body, format="json", headers=ENGLISH
    )

    assert invalid_params(response) == {
        "end": ["The lot cannot end after its contract ends."]
    }


def test_a_continuation_of_another_clients_contract_is_a_400_naming_predecessor(
    token_client, contract_body
):
    other = ContractFactory(start_date=datetime.date(2024, 1, 1))
    contract_body["predecessor"] = f"{API}/contracts/{other.uuid}"

    response = token_client.post(
        "/api/v1/contracts", contract_body, format="json", headers=ENGLISH
    )

    assert response["Content-Type"] == "application/problem+json"
    assert invalid_params(response) == {
        "predecessor": ["A continuation has the same client as what it continues."]
    }


def test_a_contract_status_is_derived_and_not_written(token_client, contract_body):
    contract_body["status"] = "ended"

    response = token_client.post("/api/v1/contracts", contract_body, format="json")

    assert response.status_code == 201, response.content
    assert response.json()["status"] == "in_force"  # from 2025-01-01, still going


def test_a_termination_without_its_day_is_a_400(token_client, contract_body):
    contract_body["explicitStatus"] = "terminated"

    response = token_client.post(
        "/api/v1/contracts", contract_body, format="json", headers=ENGLISH
    )

    assert response.status_code == 400
    assert "explicitStatus" in invalid_params(response)


@pytest.fixture
def stream_body() -> dict:
    lot = LotFactory()
    funder = PartyFactory(municipality=True, name="Enschede")
    return {
        "title": "Bijdrage via Dimpact",
        "funder": f"{API}/parties/{funder.uuid}",
        "recipient": f"{API}/parties/{lot.contract.contractor.uuid}",
        "lot": f"{API}/lots/{lot.uuid}",
        "amount": 3000,
        "start": "2025-01-01",
        "end": "2025-12-31",
        "basis": "illustrative",
    }


def test_a_funding_stream_is_written_with_its_hops_and_years(token_client, stream_body):
    dimpact = PartyFactory(coalition=True, name="Dimpact")
    stream_body["hops"] = [{"party": f"{API}/parties/{dimpact.uuid}"}]
    stream_body["amounts"] = [{"year": 2025, "amount": 3000}]

    response = token_client.post("/api/v1/funding-streams", stream_body, format="json")

    assert response.status_code == 201, response.content
    body = response.json()
    assert [hop["partyName"] for hop in body["hops"]] == ["Dimpact"]
    assert body["intermediaryName"] == "Dimpact"
    assert body["amounts"] == [{"year": 2025, "amount": 3000.0}]


def test_a_duplicate_hop_is_a_400_naming_hops(token_client, stream_body):
    dimpact = PartyFactory(coalition=True)
    stream_body["hops"] = [{"party": f"{API}/parties/{dimpact.uuid}"}] * 2

    response = token_client.post(
        "/api/v1/funding-streams", stream_body, format="json", headers=ENGLISH
    )

    assert response["Content-Type"] == "application/problem+json"
    assert invalid_params(response) == {
        "hops": ["The money passes each party once: remove the repeated hop."]
    }
    assert not FundingStream.objects.exists()


def test_a_hop_that_is_the_funder_is_a_400_naming_the_hop(token_client, stream_body):
    stream_body["hops"] = [{"party": stream_body["funder"]}]

    response = token_client.post(
        "/api/v1/funding-streams", stream_body, format="json", headers=ENGLISH
    )

    assert invalid_params(response) == {
        "hops": ["A hop is a third party: neither the funder nor the recipient."]
    }


def test_amounts_per_year_that_do_not_add_up_are_a_400_naming_amounts(
    token_client, stream_body
):
    stream_body["amounts"] = [{"year": 2025, "amount": 2000}]

    response = token_client.post(
        "/api/v1/funding-streams", stream_body, format="json", headers=ENGLISH
    )

    assert list(invalid_params(response)) == ["amounts"]
    assert not FundingStream.objects.exists()


def test_a_stream_paying_a_contract_and_a_lot_is_a_400(token_client, stream_body):
    contract = ContractFactory()
    stream_body["contract"] = f"{API}/contracts/{contract.uuid}"

    response = token_client.post(
        "/api/v1/funding-streams", stream_body, format="json", headers=ENGLISH
    )

    assert response.status_code == 400
    assert not FundingStream.objects.exists()


def test_a_contract_ending_before_it_starts_is_a_400(token_client, contract_body):
    contract_body["end"] = "2024-12-31"
    del contract_body["endPrecision"]

    response = token_client.post(
        "/api/v1/contracts", contract_body, format="json", headers=ENGLISH
    )

    assert invalid_params(response) == {"end": ["The end cannot be before the start."]}
    assert not Contract.objects.exists()


def test_a_link_to_an_unknown_record_is_a_400_naming_the_field(
    token_client, contract_body
):
    contract_body["client"] = f"{API}/parties/6f1c1d2a-3c1b-4c1e-9a4e-8e0f1b2c3d4e"

    response = token_client.post("/api/v1/contracts", contract_body, format="json")

    assert list(invalid_params(response)) == ["client"]


def test_missing_required_fields_are_each_named(token_client):
    response = token_client.post("/api/v1/contracts", {}, format="json")

    assert set(invalid_params(response)) == {
        "title",
        "client",
        "contractor",
        "knownSince",
        "endPrecision",
    }


def test_an_overlapping_identical_role_assignment_is_a_400(token_client):
    existing = RoleAssignmentFactory(start_date=datetime.date(2024, 1, 1))
    body = {
        "party": f"{API}/parties/{existing.party.uuid}",
        "roleType": f"{API}/role-types/{existing.role_type.uuid}",
        "component": f"{API}/components/{existing.component.uuid}",
        "start": "2025-01-01",
        "endPrecision": "ongoing",
        "basis": "illustrative",
    }

    response = token_client.post(
        "/api/v1/role-assignments", body, format="json", headers=ENGLISH
    )

    assert invalid_params(response) == {
        "nonFieldErrors": [
            "An identical role assignment already exists for an overlapping period."
        ]
    }
    assert RoleAssignment.objects.count() == 1


def test_a_duplicate_slug_is_a_400_with_our_message(token_client):
    PartyFactory(slug="dimpact")

    response = token_client.post(
        "/api/v1/parties",
        {
            "name": "Dimpact",
            "slug": "dimpact",
            "kind": "coalition",
            "knownSince": "2018-05-30",
            "endPrecision": "ongoing",
        },
        format="json",
        headers=ENGLISH,
    )

    assert "A party with this slug already exists." in [
        reason for reasons in invalid_params(response).values() for reason in reasons
    ]
    assert Party.objects.count() == 1


def test_the_coordinator_updates_a_contract_with_patch(token_client):
    contract = ContractFactory(title="Before")
    url = f"/api/v1/contracts/{contract.uuid}"

    response = token_client.patch(
        url,
        {"title": "After", "end": "2026-12"},
        format="json",
        headers=if_match(token_client, url),
    )

    assert response.status_code == 200, response.content
    contract.refresh_from_db()
    assert contract.title == "After"
    assert str(contract.end) == "2026-12"
    assert contract.end_latest == datetime.date(2026, 12, 31)


def test_a_patch_is_checked_against_the_fields_it_leaves_alone(token_client):
    contract = ContractFactory(start_date=datetime.date(2025, 1, 1), end_date=None)
    url = f"/api/v1/contracts/{contract.uuid}"

    response = token_client.patch(
        url,
        {"end": "2024-12-31"},
        format="json",
        headers=if_match(token_client, url),
    )

    assert list(invalid_params(response)) == ["end"]
    contract.refresh_from_db()
    assert contract.is_ongoing


def test_a_patch_may_keep_the_records_own_unique_slug(token_client):
    party = PartyFactory(slug="dimpact", name="Dimpact")
    url = f"/api/v1/parties/{party.uuid}"

    response = token_client.patch(
        url,
        {"slug": "dimpact", "name": "Coöperatie Dimpact"},
        format="json",
        headers=if_match(token_client, url),
    )

    assert response.status_code == 200, response.content
    party.refresh_from_db()
    assert party.name == "Coöperatie Dimpact"


def test_the_coordinator_deletes_an_unreferenced_party(token_client):
    party = PartyFactory()
    url = f"/api/v1/parties/{party.uuid}"

    response = token_client.delete(url, headers=if_match(token_client, url))

    assert response.status_code == 204
    assert response.content == b""
    assert response["API-Version"] == settings.API_VERSION
    assert not Party.objects.filter(pk=party.pk).exists()


def test_a_coordinator_signed_in_with_a_session_may_write(coordinator, contract_body):
    client = APIClient()
    client.force_login(coordinator)

    response = client.post("/api/v1/contracts", contract_body, format="json")

    assert response.status_code == 201, response.content
    assert Contract.objects.count() == 1


def test_a_session_write_without_a_csrf_token_is_a_403_problem(
    coordinator, contract_body
):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(coordinator)

    response = client.post("/api/v1/contracts", contract_body, format="json")

    body = assert_problem(response, 403)
    assert "CSRF" in body["detail"]
    assert not Contract.objects.exists()


def test_a_token_write_needs_no_csrf_token(coordinator_token, contract_body):
    client = APIClient(enforce_csrf_checks=True)
    client.credentials(HTTP_AUTHORIZATION=f"Token {coordinator_token}")

    response = client.post("/api/v1/contracts", contract_body, format="json")

    assert response.status_code == 201, response.content


def test_a_source_is_written_with_its_document_address(token_client):
    response = token_client.post(
        "/api/v1/sources",
        {"title": "Jaarverslag", "documentUrl": "https://example.org/report.pdf"},
        format="json",
    )

    assert response.status_code == 201, response.content
    source = Source.objects.get(uuid=response.json()["uuid"])
    assert source.url == "https://example.org/report.pdf"
    assert response.json()["url"] == f"{API}/sources/{source.uuid}"

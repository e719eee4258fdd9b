"""Writing through the API: who may, and the register's rules on what is written."""

import datetime
from decimal import Decimal

from django.conf import settings

import pytest
from rest_framework.test import APIClient

from apps.contracts.models import Contract
from apps.core.models import Source
from apps.core.periods import PartialDate
from apps.parties.models import Party
from apps.roles.models import RoleAssignment
from tests.api.helpers import ENGLISH, assert_problem, invalid_params
from tests.contracts.factories import ContractFactory, WorkCategoryFactory
from tests.parties.factories import PartyFactory
from tests.roles.factories import RoleAssignmentFactory

pytestmark = pytest.mark.django_db

API = "http://testserver/api/v1"


@pytest.fixture
def contract_body() -> dict:
    """A valid new contract, its links given as the resources' URLs."""
    client = PartyFactory(municipality=True, name="Gemeente Utrecht")
    contractor = PartyFactory(name="Maykin")
    work = WorkCategoryFactory(name="Onderhoud")
    return {
        "title": "Onderhoud Open Zaak",
        "client": f"{API}/parties/{client.uuid}",
        "contractor": f"{API}/parties/{contractor.uuid}",
        "workCategory": f"{API}/work-categories/{work.uuid}",
        "contractType": "continuous",
        "start": "2025-01-01",
        "endPrecision": "ongoing",
        "value": 120000,
        "currency": "EUR",
    }


def test_the_coordinator_creates_a_contract_with_a_token(token_client, contract_body):
    response = token_client.post("/api/v1/contracts", contract_body, format="json")

    assert response.status_code == 201, response.content
    contract = Contract.objects.get(uuid=response.json()["uuid"])
    assert contract.title == "Onderhoud Open Zaak"
    assert contract.client.name == "Gemeente Utrecht"
    assert contract.contractor.name == "Maykin"
    assert contract.work_category.name == "Onderhoud"
    assert contract.start == PartialDate.parse("2025-01-01")
    assert contract.is_ongoing
    assert contract.value == Decimal("120000.00")
    assert response["Location"] == f"{API}/contracts/{contract.uuid}"
    assert response["API-Version"] == settings.API_VERSION
    assert response.json()["clientName"] == "Gemeente Utrecht"


def test_a_write_through_the_api_records_who_made_it(
    token_client, coordinator, contract_body
):
    response = token_client.post("/api/v1/contracts", contract_body, format="json")

    contract = Contract.objects.get(uuid=response.json()["uuid"])
    assert contract.history.get().history_user == coordinator


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


def test_a_negative_contract_value_is_a_400_naming_the_field(
    token_client, contract_body
):
    contract_body["value"] = -1

    response = token_client.post("/api/v1/contracts", contract_body, format="json")

    assert list(invalid_params(response)) == ["value"]
    assert not Contract.objects.exists()


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
        "workCategory",
        "contractType",
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

    response = token_client.patch(
        f"/api/v1/contracts/{contract.uuid}",
        {"title": "After", "end": "2026-12"},
        format="json",
    )

    assert response.status_code == 200, response.content
    contract.refresh_from_db()
    assert contract.title == "After"
    assert str(contract.end) == "2026-12"
    assert contract.end_latest == datetime.date(2026, 12, 31)


def test_a_patch_is_checked_against_the_fields_it_leaves_alone(token_client):
    contract = ContractFactory(start_date=datetime.date(2025, 1, 1), end_date=None)

    response = token_client.patch(
        f"/api/v1/contracts/{contract.uuid}",
        {"end": "2024-12-31"},
        format="json",
    )

    assert list(invalid_params(response)) == ["end"]
    contract.refresh_from_db()
    assert contract.is_ongoing


def test_a_patch_may_keep_the_records_own_unique_slug(token_client):
    party = PartyFactory(slug="dimpact", name="Dimpact")

    response = token_client.patch(
        f"/api/v1/parties/{party.uuid}",
        {"slug": "dimpact", "name": "Coöperatie Dimpact"},
        format="json",
    )

    assert response.status_code == 200, response.content
    party.refresh_from_db()
    assert party.name == "Coöperatie Dimpact"


def test_the_coordinator_deletes_an_unreferenced_party(token_client):
    party = PartyFactory()

    response = token_client.delete(f"/api/v1/parties/{party.uuid}")

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

"""Dated resources state each boundary as precisely as it is known, and answer
"in force on a date" certainly, or with certainty=possible also possibly."""

import datetime

import pytest

from tests.api.helpers import if_match, invalid_params
from tests.components.factories import ComponentFactory
from tests.contracts.factories import ContractFactory
from tests.parties.factories import MembershipFactory, PartyFactory
from tests.roles.factories import RoleAssignmentFactory

pytestmark = pytest.mark.django_db

API = "http://testserver/api/v1"
ENGLISH = {"accept-language": "en"}
D = datetime.date


def _uuids(response) -> set[str]:
    return {record["uuid"] for record in response.json()["results"]}


def test_a_boundary_known_to_the_month_is_exposed_with_its_window(api_client):
    membership = MembershipFactory(start="2019-06", end="2024")

    body = api_client.get(f"/api/v1/memberships/{membership.uuid}").json()

    assert body["start"] == "2019-06"
    assert body["startPrecision"] == "month"
    assert (body["startEarliest"], body["startLatest"]) == ("2019-06-01", "2019-06-30")
    assert body["end"] == "2024"
    assert body["endPrecision"] == "year"
    assert (body["endEarliest"], body["endLatest"]) == ("2024-01-01", "2024-12-31")


def test_an_unknown_start_and_end_say_known_since_and_last_confirmed(api_client):
    membership = MembershipFactory(
        start=None,
        known_since=D(2018, 5, 30),
        end_state="unknown",
        last_confirmed=D(2025, 10, 16),
    )

    body = api_client.get(f"/api/v1/memberships/{membership.uuid}").json()

    assert body["start"] is None
    assert body["startPrecision"] == "unknown"
    assert body["knownSince"] == "2018-05-30"
    assert body["end"] is None
    assert body["endPrecision"] == "unknown"
    assert body["lastConfirmed"] == "2025-10-16"


def test_still_going_is_an_explicit_end_precision(api_client):
    membership = MembershipFactory(start="2020")

    body = api_client.get(f"/api/v1/memberships/{membership.uuid}").json()

    assert body["end"] is None
    assert body["endPrecision"] == "ongoing"


def test_active_on_returns_what_certainly_holds(api_client):
    certain = MembershipFactory(start="2019")
    MembershipFactory(start="2020-06")
    MembershipFactory(start=None, known_since=D(2021, 1, 1))

    response = api_client.get("/api/v1/memberships", {"activeOn": "2020-06-15"})

    assert _uuids(response) == {str(certain.uuid)}


def test_certainty_possible_adds_what_may_hold(api_client):
    certain = MembershipFactory(start="2019")
    vague = MembershipFactory(start="2020-06")
    unknown = MembershipFactory(start=None, known_since=D(2021, 1, 1))
    MembershipFactory(start="2021")

    response = api_client.get(
        "/api/v1/memberships", {"activeOn": "2020-06-15", "certainty": "possible"}
    )

    assert _uuids(response) == {str(certain.uuid), str(vague.uuid), str(unknown.uuid)}


def test_an_unknown_certainty_is_a_400(api_client):
    response = api_client.get(
        "/api/v1/memberships", {"activeOn": "2020-06-15", "certainty": "maybe"}
    )

    assert list(invalid_params(response)) == ["certainty"]


def test_members_of_a_coalition_on_a_date_follow_the_certainty(api_client):
    coalition = PartyFactory(coalition=True)
    listed = MembershipFactory(
        organisation=coalition, start=None, known_since=D(2018, 5, 30)
    )

    certain = api_client.get(
        "/api/v1/parties", {"memberOf": str(coalition.uuid), "activeOn": "2010-01-01"}
    )
    possible = api_client.get(
        "/api/v1/parties",
        {
            "memberOf": str(coalition.uuid),
            "activeOn": "2010-01-01",
            "certainty": "possible",
        },
    )

    assert _uuids(certain) == set()
    assert _uuids(possible) == {str(listed.member.uuid)}


def test_a_contract_is_written_with_a_start_known_to_the_year(token_client, api_client):
    contract = ContractFactory()
    body = {
        "title": "Onderhoud",
        "client": f"{API}/parties/{contract.client.uuid}",
        "contractor": f"{API}/parties/{contract.contractor.uuid}",
        "start": "2021",
        "end": "2021-12",
        "basis": "illustrative",
    }

    response = token_client.post("/api/v1/contracts", body, format="json")

    assert response.status_code == 201, response.content
    assert response.json()["startPrecision"] == "year"
    assert response.json()["endLatest"] == "2021-12-31"


@pytest.mark.parametrize("text", ["2021-1", "20210101", "21", "2021-13"])
def test_a_malformed_partial_date_is_a_400_naming_the_field(token_client, text):
    membership = MembershipFactory()

    url = f"/api/v1/memberships/{membership.uuid}"

    response = token_client.patch(
        url, {"start": text}, format="json", headers=if_match(token_client, url)
    )

    assert "start" in invalid_params(response)


def test_an_unknown_end_without_a_last_confirmation_is_a_400(token_client):
    membership = MembershipFactory()

    url = f"/api/v1/memberships/{membership.uuid}"

    response = token_client.patch(
        url,
        {"endPrecision": "unknown"},
        format="json",
        headers=if_match(token_client, url),
    )

    assert list(invalid_params(response)) == ["lastConfirmed"]


def test_the_openapi_document_gives_partial_dates_a_pattern_not_a_date_format(
    api_client,
):
    document = api_client.get("/api/v1/openapi.json").json()
    membership = document["components"]["schemas"]["Membership"]["properties"]

    assert membership["start"]["type"] == "string"
    assert "format" not in membership["start"]
    assert membership["start"]["pattern"] == r"^\d{4}(-\d{2}(-\d{2})?)?$"
    end_precision = membership["endPrecision"]
    reference = end_precision.get("$ref") or end_precision["allOf"][0]["$ref"]
    end_precision = document["components"]["schemas"][reference.rsplit("/", 1)[1]]
    assert set(end_precision["enum"]) >= {"ongoing", "unknown"}


def test_a_component_records_when_it_came_into_existence(api_client):
    component = ComponentFactory(start="2020-02", origin="first_release")

    body = api_client.get(f"/api/v1/components/{component.uuid}").json()

    assert body["start"] == "2020-02"
    assert body["origin"] == "first_release"


def test_the_api_refuses_a_role_before_its_component_exists_naming_the_field(
    token_client,
):
    component = ComponentFactory(start="2020-02")
    existing = RoleAssignmentFactory(component=component, start="2021")
    body = {
        "party": f"{API}/parties/{existing.party.uuid}",
        "roleType": f"{API}/role-types/{existing.role_type.uuid}",
        "component": f"{API}/components/{component.uuid}",
        "start": "2019",
        "end": "2019",
        "basis": "illustrative",
    }

    response = token_client.post(
        "/api/v1/role-assignments",
        body,
        format="json",
        headers={"accept-language": "en"},
    )

    assert response.status_code == 400
    names = [param["name"] for param in response.json()["invalidParams"]]
    assert names == ["component"]

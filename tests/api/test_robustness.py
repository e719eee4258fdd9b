"""Edge cases a client or a fuzzer runs into: each gets a clear, documented answer."""

import datetime

import pytest
from rest_framework.throttling import SimpleRateThrottle

from apps.core.models import Source
from tests.api.helpers import (
    ENGLISH,
    assert_problem,
    if_match,
    invalid_params,
    uuids,
    uuids_of,
)
from tests.contracts.factories import ContractFactory
from tests.core.factories import SourceFactory
from tests.goals.factories import ImprovementGoalFactory, ReviewFactory
from tests.parties.factories import PartyFactory
from tests.roles.factories import RoleAssignmentFactory, RoleTypeFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("value", ["01/02/2020", "2020-1-1", "1-2-2020"])
def test_dates_are_iso_whatever_the_language(api_client, language, value):
    response = api_client.get(
        "/api/v1/contracts", {"activeOn": value}, headers={"accept-language": language}
    )

    assert_problem(response, 400)
    assert list(invalid_params(response)) == ["activeOn"]


def test_a_repeated_parameter_is_a_400_not_a_silent_choice(api_client):
    response = api_client.get("/api/v1/contracts?activeOn=garbage&activeOn=2020-01-01")

    assert_problem(response, 400)
    assert list(invalid_params(response)) == ["activeOn"]


def test_a_detail_is_not_filtered_by_collection_parameters(api_client):
    contract = ContractFactory(start_date=datetime.date(2025, 1, 1))

    response = api_client.get(
        f"/api/v1/contracts/{contract.uuid}", {"activeOn": "1900-01-01"}
    )

    assert response.status_code == 200


def test_an_error_is_json_even_when_a_browser_asks_for_html(api_client):
    response = api_client.get(
        "/api/v1/contracts", {"activeOn": "never"}, headers={"accept": "text/html"}
    )

    assert_problem(response, 400)
    assert response.json()["status"] == 400


def test_a_format_parameter_is_unknown_not_a_change_of_format(api_client):
    response = api_client.get("/api/v1/parties", {"format": "xml"})

    assert list(invalid_params(response)) == ["format"]


def test_too_many_parameters_is_a_400_problem(api_client):
    query = "&".join(["p"] * 1100)  # short enough for the URL length limit

    response = api_client.get(f"/api/v1/parties?{query}")

    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response["API-Version"] == "1.0.0"


def test_a_forwarded_for_header_does_not_dodge_throttling(api_client, monkeypatch):
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "anon", "2/minute")

    statuses = [
        api_client.get(
            "/api/v1/parties", headers={"x-forwarded-for": f"10.0.0.{n}"}
        ).status_code
        for n in range(4)
    ]

    assert statuses == [200, 200, 429, 429]


def test_a_cited_source_cannot_be_deleted(token_client):
    source = SourceFactory()
    party = PartyFactory(citations=[source])

    url = f"/api/v1/sources/{source.uuid}"

    response = token_client.delete(url, headers=if_match(token_client, url, **ENGLISH))

    assert_problem(response, 409)
    assert "parties" in response.json()["detail"]
    assert Source.objects.filter(pk=source.pk).exists()
    assert party.sources == [source]


def test_an_uncited_source_can_be_deleted(token_client):
    source = SourceFactory()

    url = f"/api/v1/sources/{source.uuid}"

    response = token_client.delete(url, headers=if_match(token_client, url))

    assert response.status_code == 204


def test_the_openapi_document_may_be_read_from_any_origin(api_client):
    response = api_client.get("/api/v1/openapi.json")

    assert response["Access-Control-Allow-Origin"] == "*"


def test_records_are_found_by_a_source_they_cite(api_client):
    source = SourceFactory()
    citing = PartyFactory(citations=[source])
    PartyFactory()

    response = api_client.get("/api/v1/parties", {"source": str(source.uuid)})

    assert uuids(response) == uuids_of(citing)


def test_contracts_are_found_by_their_predecessor(api_client):
    earlier = ContractFactory()
    later = ContractFactory(predecessor=earlier, client=earlier.client)

    response = api_client.get("/api/v1/contracts", {"predecessor": str(earlier.uuid)})

    assert uuids(response) == uuids_of(later)


def test_goals_are_found_by_the_contract_and_role_that_carry_them(api_client):
    contract = ContractFactory()
    assignment = RoleAssignmentFactory()
    by_contract = ImprovementGoalFactory()
    by_contract.contracts.add(contract)
    by_role = ImprovementGoalFactory()
    by_role.role_assignments.add(assignment)

    by_contract_response = api_client.get(
        "/api/v1/improvement-goals", {"contract": str(contract.uuid)}
    )
    by_role_response = api_client.get(
        "/api/v1/improvement-goals", {"roleAssignment": str(assignment.uuid)}
    )

    assert uuids(by_contract_response) == uuids_of(by_contract)
    assert uuids(by_role_response) == uuids_of(by_role)


def test_reviews_are_found_by_their_coordinator(api_client):
    g4 = PartyFactory(coalition=True)
    held = ReviewFactory(coordinator=g4)
    ReviewFactory()

    response = api_client.get("/api/v1/reviews", {"coordinator": str(g4.uuid)})

    assert uuids(response) == uuids_of(held)


def test_role_types_are_found_by_the_role_types_they_exclude(api_client):
    development = RoleTypeFactory(name="Ontwikkelpartij")
    review = RoleTypeFactory(name="Reviewpartij")
    RoleTypeFactory()
    development.incompatible_with.add(review)

    response = api_client.get(
        "/api/v1/role-types", {"incompatibleWith": str(review.uuid)}
    )

    assert uuids(response) == uuids_of(development)
    assert response.json()["results"][0]["incompatibleWithNames"] == ["Reviewpartij"]


def test_a_duplicate_slug_is_reported_on_the_slug(token_client):
    PartyFactory(slug="dimpact")

    response = token_client.post(
        "/api/v1/parties",
        {
            "name": "Dimpact",
            "slug": "dimpact",
            "kind": "coalition",
            "knownSince": "2018-05-30",
            "endPrecision": "ongoing",
            "basis": "illustrative",
        },
        format="json",
        headers=ENGLISH,
    )

    assert invalid_params(response) == {
        "slug": ["A party with this slug already exists."]
    }


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("/api/v1/contracts", "activeOn"),
        ("/api/v1/contracts", "client"),
        ("/api/v1/contracts", "valueMin"),
        ("/api/v1/role-types", "requiredByDefault"),
        ("/api/v1/contracts", "status"),
        ("/api/v1/parties", "source"),
        ("/api/v1/parties", "ordering"),
    ],
)
def test_a_typed_parameter_without_a_value_is_a_400(api_client, path, parameter):
    response = api_client.get(f"{path}?{parameter}=")

    assert_problem(response, 400)
    assert list(invalid_params(response)) == [parameter]


def test_an_empty_search_is_no_search(api_client):
    PartyFactory.create_batch(2)

    response = api_client.get("/api/v1/parties?search=")

    assert response.json()["count"] == 2

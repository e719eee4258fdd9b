"""The role rules in the API: ecosystems, role types' rules and other names,
requirements, governing bodies, seats and intended roles, and the role check."""

import datetime

import pytest

from apps.roles.constants import ViolationKind
from tests.api.helpers import ENGLISH, assert_problem, uuids, uuids_of
from tests.components.factories import ComponentFactory, EcosystemFactory
from tests.parties.factories import PartyFactory
from tests.roles.factories import (
    GoverningBodyFactory,
    RoleAssignmentFactory,
    RoleRequirementFactory,
    RoleTypeFactory,
    RoleTypeNameFactory,
)

pytestmark = pytest.mark.django_db


def check(api_client, component, **params):
    return api_client.get(
        f"/api/v1/components/{component.uuid}/role-check", params, headers=ENGLISH
    )


def test_an_ecosystem_lists_its_components(api_client):
    component = ComponentFactory(name="OpenZaak")
    ecosystem = EcosystemFactory(components=[component])

    response = api_client.get(f"/api/v1/ecosystems/{ecosystem.uuid}")

    assert response.json()["componentNames"] == ["OpenZaak"]


def test_ecosystems_filter_on_a_component(api_client):
    component = ComponentFactory()
    portfolio = EcosystemFactory(components=[component])
    EcosystemFactory()

    response = api_client.get("/api/v1/ecosystems", {"component": component.uuid})

    assert uuids(response) == uuids_of(portfolio)


def test_a_role_type_shows_its_rules_and_other_names(api_client):
    role_type = RoleTypeFactory(
        scope="ecosystem", required_by_default=True, min_holders=1, max_holders=1
    )
    RoleTypeNameFactory(role_type=role_type, name="Codebase steward", kind="former")

    body = api_client.get(f"/api/v1/role-types/{role_type.uuid}").json()

    assert (body["scope"], body["requiredByDefault"]) == ("ecosystem", True)
    assert (body["minHolders"], body["maxHolders"]) == (1, 1)
    assert body["otherNames"] == [{"name": "Codebase steward", "kind": "former"}]


def test_role_types_are_found_by_an_alias(api_client):
    maintenance = RoleTypeFactory(name="Onderhoudspartij")
    RoleTypeNameFactory(role_type=maintenance, name="Maintainer")
    RoleTypeFactory(name="Uitgever")

    response = api_client.get("/api/v1/role-types", {"search": "maintain"})

    assert uuids(response) == uuids_of(maintenance)


def test_role_types_filter_on_scope(api_client):
    portfolio = RoleTypeFactory(per_ecosystem=True)
    RoleTypeFactory()

    response = api_client.get("/api/v1/role-types", {"scope": "ecosystem"})

    assert uuids(response) == uuids_of(portfolio)


def test_a_role_type_with_a_minimum_above_its_maximum_is_a_400(token_client):
    response = token_client.post(
        "/api/v1/role-types",
        {
            "name": "Reviewpartij",
            "slug": "review",
            "minHolders": 2,
            "maxHolders": 1,
            "basis": "inferred",
            "basisNote": "From the role model.",
        },
        format="json",
        headers=ENGLISH,
    )

    body = assert_problem(response, 400)
    assert any(p["name"] == "minHolders" for p in body["invalidParams"])


def test_requirements_filter_on_component_and_ecosystem(api_client):
    own = RoleRequirementFactory()
    inherited = RoleRequirementFactory(for_ecosystem=True)

    by_component = api_client.get(
        "/api/v1/role-requirements", {"component": own.component.uuid}
    )
    by_ecosystem = api_client.get(
        "/api/v1/role-requirements", {"ecosystem": inherited.ecosystem.uuid}
    )

    assert uuids(by_component) == uuids_of(own)
    assert uuids(by_ecosystem) == uuids_of(inherited)


def test_seats_filter_on_their_body(api_client):
    seat = RoleAssignmentFactory(seat=True, seats=2)
    RoleAssignmentFactory()

    response = api_client.get("/api/v1/role-assignments", {"body": seat.body.uuid})

    assert uuids(response) == uuids_of(seat)
    (row,) = response.json()["results"]
    assert (row["seats"], row["bodyName"]) == (2, seat.body.name)


def test_role_assignments_filter_on_status_and_ecosystem(api_client):
    intended = RoleAssignmentFactory(intended=True)
    portfolio = RoleAssignmentFactory(for_ecosystem=True)

    by_status = api_client.get("/api/v1/role-assignments", {"status": "intended"})
    by_ecosystem = api_client.get(
        "/api/v1/role-assignments", {"ecosystem": portfolio.ecosystem.uuid}
    )

    assert uuids(by_status) == uuids_of(intended)
    assert uuids(by_ecosystem) == uuids_of(portfolio)
    assert by_status.json()["results"][0]["targetDate"] == "2027-06-30"


def test_an_intended_role_without_a_target_date_is_a_400(token_client):
    assignment = RoleAssignmentFactory.build()
    response = token_client.post(
        "/api/v1/role-assignments",
        {
            "party": f"http://testserver/api/v1/parties/{PartyFactory().uuid}",
            "roleType": f"http://testserver/api/v1/role-types/{RoleTypeFactory().uuid}",
            "component": (
                f"http://testserver/api/v1/components/{ComponentFactory().uuid}"
            ),
            "status": "intended",
            "start": "2024",
            "endPrecision": "ongoing",
            "basis": "inferred",
            "basisNote": "Agreed in the steering group.",
        },
        format="json",
        headers=ENGLISH,
    )

    assert assignment.pk is None
    body = assert_problem(response, 400)
    assert any(p["name"] == "status" for p in body["invalidParams"]), body


def test_the_role_check_reports_the_four_eyes_rule(api_client):
    development = RoleTypeFactory(name="Ontwikkelpartij")
    review = RoleTypeFactory(name="Reviewpartij")
    review.incompatible_with.add(development)
    develops = RoleAssignmentFactory(role_type=development)
    RoleAssignmentFactory(
        role_type=review, party=develops.party, component=develops.component
    )

    body = check(api_client, develops.component, date="2024-06-01").json()

    assert body["date"] == "2024-06-01"
    assert body["componentName"] == develops.component.name
    (violation,) = body["violations"]
    assert violation["kind"] == ViolationKind.INCOMPATIBLE
    assert violation["certainty"] == "certain"
    assert violation["partyNames"] == [develops.party.name]
    assert {violation["roleTypeName"], violation["otherRoleTypeName"]} == {
        "Ontwikkelpartij",
        "Reviewpartij",
    }
    assert "must not be combined with" in violation["message"]


def test_the_role_check_of_a_component_without_violations_is_empty(api_client):
    component = ComponentFactory()

    response = check(api_client, component)

    assert response.status_code == 200
    assert response.json()["violations"] == []


def test_the_role_check_of_an_ecosystem_reports_a_vacant_coordinating_party(
    api_client,
):
    RoleTypeFactory(per_ecosystem=True, required=True, name="Regiepartij")
    ecosystem = EcosystemFactory()

    response = api_client.get(
        f"/api/v1/ecosystems/{ecosystem.uuid}/role-check", headers=ENGLISH
    )

    (violation,) = response.json()["violations"]
    assert violation["kind"] == ViolationKind.REQUIRED_VACANT
    assert violation["roleTypeName"] == "Regiepartij"


def test_the_role_check_reports_a_bodys_seat_rules(api_client):
    body = GoverningBodyFactory(max_seats_per_party=1)
    RoleAssignmentFactory(
        component=body.component, body=body, seats=2, party=PartyFactory()
    )

    response = check(api_client, body.component, date="2024-06-01")

    (violation,) = response.json()["violations"]
    assert violation["kind"] == ViolationKind.SEATS_PER_PARTY
    assert violation["bodyName"] == body.name


def test_the_role_check_with_a_malformed_date_is_a_400(api_client):
    response = check(api_client, ComponentFactory(), date="01-06-2024")

    body = assert_problem(response, 400)
    assert [p["name"] for p in body["invalidParams"]] == ["date"]


def test_the_role_check_with_an_empty_date_is_a_400(api_client):
    response = check(api_client, ComponentFactory(), date="")

    body = assert_problem(response, 400)
    assert [p["name"] for p in body["invalidParams"]] == ["date"]


def test_the_role_check_with_an_unknown_parameter_is_a_400(api_client):
    response = check(api_client, ComponentFactory(), activeOn="2024-06-01")

    body = assert_problem(response, 400)
    assert [p["name"] for p in body["invalidParams"]] == ["activeOn"]


def test_the_role_check_of_a_draft_component_is_a_404_for_the_public(api_client):
    response = check(api_client, ComponentFactory(draft=True))

    assert_problem(response, 404)


def test_the_role_check_ignores_draft_roles_for_the_public(api_client):
    role_type = RoleTypeFactory(required=True)
    draft = RoleAssignmentFactory(role_type=role_type, draft=True)

    body = check(api_client, draft.component, date="2024-06-01").json()

    assert [v["kind"] for v in body["violations"]] == [ViolationKind.REQUIRED_VACANT]


@pytest.mark.parametrize("rows", [1, 50])
def test_the_role_check_query_count_is_constant(
    api_client, django_assert_num_queries, rows
):
    component = ComponentFactory()
    development = RoleTypeFactory(required=True, max_holders=1)
    review = RoleTypeFactory()
    review.incompatible_with.add(development)
    body = GoverningBodyFactory(component=component, majority_cap=True)
    for _ in range(rows):
        party = PartyFactory()
        RoleAssignmentFactory(role_type=development, component=component, party=party)
        RoleAssignmentFactory(role_type=review, component=component, party=party)
        RoleAssignmentFactory(component=component, body=body, party=party, seats=1)

    # The component, then the five queries of the check.
    with django_assert_num_queries(8):
        response = check(api_client, component, date=str(datetime.date(2024, 6, 1)))

    assert response.status_code == 200

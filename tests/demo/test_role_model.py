"""The demo shows the community's role model: the OpenZaak ecosystem with its
rules, Maykin's four roles, the broken review rule, the intended maintenance
contract and the two steering teams with their seats."""

import pytest

from apps.components.models import Component, Ecosystem
from apps.core.constants import Basis, Precision
from apps.parties.models import Party
from apps.roles.constants import AssignmentStatus, ViolationKind
from apps.roles.models import GoverningBody, RoleAssignment, RoleType

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

ENGLISH = {"accept-language": "en"}


def role_check(client, path: str, day: str) -> list[dict]:
    response = client.get(f"{path}/role-check", {"date": day}, headers=ENGLISH)
    assert response.status_code == 200, response.content
    return response.json()["violations"]


def openzaak_check(client, day: str) -> list[dict]:
    openzaak = Component.objects.get(slug="openzaak")
    return role_check(client, f"/api/v1/components/{openzaak.uuid}", day)


def test_the_openzaak_role_check_reports_maykin_developing_and_reviewing(demo, client):
    violations = openzaak_check(client, "2026-03-01")

    (review_rule,) = [v for v in violations if v["kind"] == "incompatible"]
    assert review_rule["certainty"] == "certain"
    assert review_rule["partyNames"] == ["Maykin Media"]
    assert {review_rule["roleTypeName"], review_rule["otherRoleTypeName"]} == {
        "Ontwikkelpartij",
        "Reviewpartij",
    }
    assert "must not be combined with" in review_rule["message"]


def test_the_maintenance_role_names_the_feature_contract_it_is_carried_out_under(
    demo, client
):
    maykin = Party.objects.get(slug="maykin-media")
    maintenance = RoleType.objects.get(slug="maintenance-party")

    (role,) = client.get(
        "/api/v1/role-assignments",
        {
            "party": str(maykin.uuid),
            "roleType": str(maintenance.uuid),
            "status": "current",
        },
    ).json()["results"]
    (lot_url,) = role["carriedOutUnderLots"]
    lot = client.get(lot_url).json()
    contract = client.get(lot["contract"]).json()

    assert role["contractBasis"] == "other_work_category"
    assert lot["name"] == "Featureontwikkeling"
    assert lot["workCategoryName"] == "Featureontwikkeling"
    assert contract["contractorName"] == "Maykin Media"
    assert "featureontwikkeling" in contract["title"]
    under_features = client.get(
        "/api/v1/role-assignments",
        {"carriedOutUnderContract": contract["uuid"], "pageSize": "100"},
    ).json()["results"]
    assert {row["roleTypeName"] for row in under_features} == {
        "Onderhoudspartij",
        "Ontwikkelpartij",
    }


def test_the_role_types_state_their_work(demo):
    assert RoleType.objects.get(slug="maintenance-party").work_category.slug == (
        "maintenance"
    )
    assert RoleType.objects.get(slug="review-party").work_category.slug == (
        "code-review"
    )


def test_maykin_media_holds_four_roles_of_openzaak(demo):
    roles = RoleAssignment.objects.current().filter(
        component__slug="openzaak", party__slug="maykin-media", body=None
    )

    assert sorted(roles.values_list("role_type__slug", flat=True)) == [
        "development-party",
        "maintenance-party",
        "publisher",
        "review-party",
    ]


def test_the_intended_maintenance_contract_is_recorded_as_intended(demo, client):
    intended = RoleAssignment.objects.intended().get(
        component__slug="openzaak", role_type__slug="maintenance-party"
    )

    assert intended.party.slug == "maykin-media"
    assert intended.target_date is not None
    assert intended.basis == Basis.INFERRED
    assert intended.basis_note
    kinds = [v["kind"] for v in openzaak_check(client, "2026-03-01")]
    assert ViolationKind.INTENDED in kinds


def test_the_intended_holder_does_not_count_as_a_second_maintenance_party(demo):
    maintenance = RoleAssignment.objects.filter(
        component__slug="openzaak", role_type__slug="maintenance-party"
    )

    assert sorted(maintenance.values_list("status", flat=True)) == [
        AssignmentStatus.CURRENT,
        AssignmentStatus.INTENDED,
    ]


def test_the_openzaak_ecosystem_requires_the_community_roles(demo):
    ecosystem = Ecosystem.objects.get(slug="openzaak-ecosysteem")

    required = {
        r.role_type.slug: (r.min_holders, r.max_holders)
        for r in ecosystem.role_requirements.select_related("role_type")
    }

    assert required == {
        "coordinating-party": (None, None),
        "publisher": (None, None),
        "development-party": (1, 1),
        "review-party": (1, 1),
        "maintenance-party": (None, None),
    }
    assert list(ecosystem.components.values_list("slug", flat=True)) == ["openzaak"]


def test_the_g4_is_the_coordinating_party_of_the_ecosystem(demo, client):
    g4 = RoleAssignment.objects.get(role_type__slug="coordinating-party")
    ecosystem = Ecosystem.objects.get()

    assert (g4.party.name, g4.component, g4.ecosystem) == ("G4", None, ecosystem)
    assert (
        role_check(client, f"/api/v1/ecosystems/{ecosystem.uuid}", "2026-03-01") == []
    )


@pytest.mark.parametrize(
    ("role", "names"),
    [
        ("maintenance-party", {"Maintainer", "Broncodebeheerder"}),
        ("publisher", {"Publisher"}),
        ("coordinating-party", {"Ecosysteem/codebase steward"}),
        ("code-steward", {"Codebase steward"}),
    ],
)
def test_role_types_carry_their_other_names(demo, role, names):
    role_type = RoleType.objects.get(slug=role)

    assert names <= set(role_type.other_names.values_list("name", flat=True))


def test_the_near_duplicate_maintainer_role_type_is_gone(demo):
    assert not RoleType.objects.filter(name__iexact="maintainer").exists()


def seats_of(slug: str) -> dict[str, int]:
    return {
        seat.party.name: seat.seats
        for seat in GoverningBody.objects.get(slug=slug).seats.select_related("party")
    }


def test_the_technical_steering_team_has_its_seats_per_organisation(demo):
    body = GoverningBody.objects.get(slug="openzaak-technische-stuurgroep")

    assert body.majority_cap
    assert seats_of(body.slug) == {"Exxellence": 1, "Maykin Media": 2, "Contezza": 2}
    for seat in body.seats.all():
        assert seat.end_precision == Precision.UNKNOWN
        assert str(seat.last_confirmed) == "2026-06-01"
        assert [c.source.url for c in seat.citations.all()] == [
            "https://github.com/open-zaak/open-zaak/blob/main/GOVERNANCE.md"
        ]


def test_no_organisation_has_a_majority_of_the_technical_steering_team(demo, client):
    violations = openzaak_check(client, "2026-03-01")

    assert ViolationKind.SEAT_MAJORITY not in [v["kind"] for v in violations]


def test_the_product_steering_team_breaks_one_vote_per_organisation(demo, client):
    body = GoverningBody.objects.get(slug="openzaak-productstuurgroep")

    violations = [
        v
        for v in openzaak_check(client, "2020-11-27")
        if v["kind"] == ViolationKind.SEATS_PER_PARTY
    ]

    assert body.max_seats_per_party == 1
    assert sum(seats_of(body.slug).values()) == 7
    assert sorted(v["partyNames"][0] for v in violations) == ["Dimpact", "Exxellence"]
    assert {v["certainty"] for v in violations} == {"certain"}


def test_the_product_steering_teams_seats_are_only_possibly_held_today(demo, client):
    violations = [
        v
        for v in openzaak_check(client, "2026-03-01")
        if v["kind"] == ViolationKind.SEATS_PER_PARTY
    ]

    assert {v["certainty"] for v in violations} == {"possible"}

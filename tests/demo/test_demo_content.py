"""The demo's content: the OpenZaak ecosystem from the seeds, as loaded (once for
the module, see conftest.py)."""

import io
from datetime import date
from decimal import Decimal

from django.core.management import call_command
from django.test import Client

import pytest

from apps.components.models import Component
from apps.contracts.models import Contract, Lot
from apps.core.constants import Basis, Holds, PublicationState
from apps.demo.seed.on_behalf import MARKET_CONSULTATION_KEY
from apps.demo.seed.upsert import demo_uuid
from apps.funding.models import FundingStream
from apps.goals.models import GoalProgress, ImprovementGoal, ReliabilityTheme, Review
from apps.parties.models import Membership, Party
from apps.roles.models import RoleAssignment
from apps.timeline.models import Event
from tests.demo.helpers import (
    CITABLE_COLLECTIONS,
    api_records,
    citable_records,
    cited_sources,
    load_demo,
    publishable_records,
    register_counts,
    register_uuids,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def test_running_load_demo_twice_keeps_every_count():
    first = register_counts()

    load_demo()

    assert register_counts() == first


def test_running_load_demo_twice_keeps_the_same_uuids():
    first = register_uuids()

    load_demo()

    assert register_uuids() == first


def test_amsterdam_carries_its_identifiers_and_sources_from_the_csv():

    amsterdam = Party.objects.get(slug="amsterdam")
    assert amsterdam.tooi_uri == (
        "https://identifier.overheid.nl/tooi/id/gemeente/gm0363"
    )
    assert amsterdam.cbs_code == "GM0363"
    assert amsterdam.oin == "00000001002564440000"
    assert amsterdam.inhabitants == 931298
    assert amsterdam.inhabitants_year == 2024
    assert amsterdam.kvk == ""
    assert {"TOOI: Register gemeenten compleet, versie 4"} <= {
        source.title for source in amsterdam.sources
    }


def test_s_hertogenbosch_is_found_by_its_slug_and_as_den_bosch():

    found = Party.objects.search("Den Bosch")

    assert list(found) == [Party.objects.get(slug="s-hertogenbosch")]


def test_enschede_is_certainly_a_member_of_dimpact_on_the_day_of_the_2018_list():
    dimpact = Party.objects.get(slug="dimpact")

    members = dimpact.members_on(date(2018, 5, 30))

    assert members.filter(slug="enschede").exists()
    assert members.filter(slug="rotterdam").exists()


def test_dimpact_membership_is_known_from_the_2018_list_and_inferred_until_2020():

    enschede = Membership.objects.get(
        organisation__slug="dimpact", member__slug="enschede"
    )

    assert enschede.known_since == date(2018, 5, 30)
    assert enschede.last_confirmed == date(2020, 5, 1)
    assert enschede.basis == Basis.INFERRED
    assert "meer dan 30 gemeenten" in enschede.basis_note
    assert enschede.holds_on(date.today()) == Holds.UNKNOWN


def test_bellingwedde_membership_ends_before_the_merger_and_explains_the_contradiction():

    bellingwedde = Membership.objects.get(
        organisation__slug="dimpact", member__slug="bellingwedde"
    )

    assert str(bellingwedde.end) == "2017-12-31"
    assert bellingwedde.basis == Basis.INFERRED
    assert "Westerwolde" in bellingwedde.basis_note


def test_bellingwedde_was_a_dimpact_member_in_2017_but_not_in_2020():
    dimpact = Party.objects.get(slug="dimpact")

    # The seeds list Bellingwedde in 2018 without a start: possibly a member in
    # 2017, certainly not after it merged.
    in_2017 = Party.objects.members_of(dimpact.pk, date(2017, 6, 1), "possible")
    in_2020 = Party.objects.members_of(dimpact.pk, date(2020, 1, 1), "possible")

    assert in_2017.filter(slug="bellingwedde").exists()
    assert not in_2020.filter(slug="bellingwedde").exists()


def test_merged_municipalities_point_to_their_successors():

    successors = {
        party.name: (party.end_latest, party.successor.name)
        for party in Party.objects.filter(successor__isnull=False)
    }

    assert successors == {
        "Bellingwedde": (date(2017, 12, 31), "Westerwolde"),
        "Landerd": (date(2021, 12, 31), "Maashorst"),
        "Ten Boer": (date(2018, 12, 31), "Groningen"),
    }


def test_openzaak_is_eupl_licensed_and_implements_the_zgw_standard():

    openzaak = Component.objects.get(slug="openzaak")

    assert openzaak.licence == "EUPL-1.2"
    assert openzaak.repository_url == "https://github.com/open-zaak/open-zaak"
    assert list(openzaak.standards.values_list("name", flat=True)) == [
        "API's voor Zaakgericht werken"
    ]
    assert openzaak.standards.get().steward.name == "VNG Realisatie"


def test_maykin_media_as_review_party_conflicts_with_its_development_role():
    review = RoleAssignment.objects.get(
        component__slug="openzaak",
        role_type__slug="review-party",
        party__slug="maykin-media",
    )

    conflicts = review.conflicting_assignments()

    assert [(a.party.slug, a.role_type.slug) for a in conflicts] == [
        ("maykin-media", "development-party")
    ]


def test_nobody_holds_the_hosting_role_for_openzaak():

    holders = RoleAssignment.objects.filter(
        component__slug="openzaak", role_type__slug="hosting-party"
    )

    assert not holders.exists()


def test_the_six_themes_come_in_order_with_their_goals():

    themes = [
        (theme.name, theme.improvement_goals.count())
        for theme in ReliabilityTheme.objects.all()
    ]

    assert themes == [
        ("Documentatie", 7),
        ("Ecosysteemcoördinator", 2),
        ("Financieringsstromen", 2),
        ("Eigenaarschap", 1),
        ("Branchbeheer en merge rights", 1),
        ("Rollen in het ecosysteem", 1),
    ]


def test_every_goal_cites_the_pilot_report_and_was_set_on_its_date():

    goals = ImprovementGoal.objects.all()

    assert {goal.known_since for goal in goals} == {date(2025, 10, 16)}
    assert all(
        "Verslag: OpenZaak Bedrijfszekerheidsdoelen"
        in {source.title for source in goal.sources}
        for goal in goals
    )


def test_review_scores_match_the_reliability_factor():

    review = Review.objects.get()
    scores = {
        (score.dimension.slug, score.scenario): (score.x, score.y)
        for score in review.scores.select_related("dimension")
    }

    low, high = Decimal("0.3"), Decimal("0.8")
    assert scores == {
        ("continuity", "current"): (low, low),
        ("funding", "current"): (Decimal("0.4"), low),
        ("responsibility", "current"): (high, low),
        ("collaboration", "current"): (Decimal("0.5"), Decimal("0.4")),
        ("continuity", "ambition"): (high, high),
        ("funding", "ambition"): (high, high),
        ("responsibility", "ambition"): (high, high),
        ("collaboration", "ambition"): (high, high),
    }


def test_review_records_the_state_of_every_goal():

    review = Review.objects.get()

    assert GoalProgress.objects.filter(review=review).count() == (
        ImprovementGoal.objects.count()
    )
    assert review.coordinator.slug == "g4"
    assert review.next_review_due == date(2026, 4, 16)


def test_every_contract_and_funding_stream_is_marked_illustrative():

    records = [*Contract.objects.all(), *FundingStream.objects.all()]

    assert records
    assert all(record.basis == Basis.ILLUSTRATIVE for record in records)
    assert all(record.title.startswith("Illustratief: ") for record in records)


def test_every_event_cites_a_source():

    uncited = Event.objects.filter(citations__isnull=True)

    assert Event.objects.count() == 7
    assert not uncited.exists()


def test_every_party_cites_a_source():

    uncited = Party.objects.filter(citations__isnull=True)

    assert not uncited.exists()


def test_load_demo_if_empty_keeps_the_coordinators_changes():
    Party.objects.filter(slug="dimpact").update(name="Dimpact (changed locally)")

    call_command("load_demo", "--if-empty", stdout=io.StringIO())

    assert Party.objects.get(slug="dimpact").name == "Dimpact (changed locally)"


def test_no_role_assignment_for_openzaak_certainly_holds_on_2018_01_01(client):
    openzaak = Component.objects.get(slug="openzaak")

    held = api_records(
        client, "role-assignments", component=str(openzaak.uuid), activeOn="2018-01-01"
    )

    assert held == []


def test_no_role_of_the_foundation_for_public_code_holds_before_its_founding(client):
    foundation = Party.objects.get(slug="foundation-for-public-code")

    before = api_records(
        client, "role-assignments", party=str(foundation.uuid), activeOn="2019-06-02"
    )
    possibly_before = api_records(
        client,
        "role-assignments",
        party=str(foundation.uuid),
        activeOn="2019-06-02",
        certainty="possible",
    )

    assert api_records(client, "role-assignments", party=str(foundation.uuid))
    assert before == []
    assert possibly_before == []


def test_no_dimpact_member_certainly_holds_on_2010_01_01(client):
    dimpact = Party.objects.get(slug="dimpact")

    members = api_records(
        client, "parties", memberOf=str(dimpact.uuid), activeOn="2010-01-01"
    )

    assert members == []


def test_the_draft_record_is_absent_for_an_anonymous_reader(client):
    draft = RoleAssignment.objects.get(publication_state=PublicationState.DRAFT)

    listed = api_records(client, "role-assignments")
    detail = client.get(f"/api/v1/role-assignments/{draft.uuid}")

    assert str(draft.uuid) not in {record["uuid"] for record in listed}
    assert detail.status_code == 404


def test_every_record_on_the_api_states_one_of_the_three_bases(client):

    bases = {
        (path, record.get("basis"))
        for path in CITABLE_COLLECTIONS
        for record in api_records(client, path)
    }

    assert {basis for _path, basis in bases} <= set(Basis.values)


def test_every_demo_record_states_its_basis_and_explains_each_inference():

    records = citable_records()

    assert {record.basis for record in records} == set(Basis.values)
    assert all(
        record.basis_note for record in records if record.basis == Basis.INFERRED
    )


def test_every_sourced_demo_record_cites_a_source():

    uncited = [
        record
        for record in citable_records()
        if record.basis == Basis.SOURCED and not cited_sources(record)
    ]

    assert uncited == []


def test_the_demo_is_published_except_one_draft():

    drafts = [
        record
        for record in publishable_records()
        if record.publication_state != PublicationState.PUBLISHED
    ]

    assert [(type(r).__name__, r.party.slug, r.role_type.slug) for r in drafts] == [
        ("RoleAssignment", "eindhoven", "user")
    ]
    assert drafts[0].basis == Basis.ILLUSTRATIVE


def test_no_goal_carries_the_draft_record():

    carried = ImprovementGoal.objects.filter(
        role_assignments__publication_state=PublicationState.DRAFT
    )

    assert not carried.exists()


def test_the_g4_as_owner_of_a_goal_is_an_inference():

    owned = ImprovementGoal.objects.filter(owner__slug="g4")

    assert owned.exists()
    assert {goal.basis for goal in owned} == {Basis.INFERRED}


def test_no_role_for_openzaak_is_known_before_openzaak_exists():
    openzaak = Component.objects.get(slug="openzaak")

    early = RoleAssignment.objects.filter(
        component=openzaak, start_latest__lt=openzaak.start_latest
    )

    assert not early.exists()


def test_running_load_demo_twice_keeps_every_publication_moment():
    first = {(type(r), r.pk): r.published_at for r in publishable_records()}

    load_demo()

    assert {(type(r), r.pk): r.published_at for r in publishable_records()} == first


def test_running_load_demo_twice_changes_no_record():
    first = {(type(r), r.pk): r.updated_at for r in publishable_records()}

    load_demo()

    assert {(type(r), r.pk): r.updated_at for r in publishable_records()} == first


def test_there_is_no_continuous_maintenance_contract():

    continuous = Contract.objects.continuous()

    assert not continuous.exists()


def test_tilburg_pays_nothing_through_dimpact():

    through_dimpact = FundingStream.objects.filter(funder__slug="tilburg").through(
        Party.objects.get(slug="dimpact")
    )

    assert not through_dimpact.exists()


def test_every_demo_contract_has_its_lots_and_covers_openzaak():

    contracts = Contract.objects.with_totals()

    # The four of the demo's contracts, and the 2020 market consultation, whose
    # value no source gives.
    assert contracts.count() == 5
    for contract in contracts:
        assert contract.lots.exists()
        assert [c.slug for c in contract.components.all()] == ["openzaak"]
        assert contract.total.complete == (
            contract.uuid != demo_uuid(Contract, MARKET_CONSULTATION_KEY)
        )


def test_maintenance_under_a_feature_contract_has_a_feature_lot_to_point_at():

    lot = Lot.objects.get(
        contract__uuid=demo_uuid(Contract, "g4-maykin-features"),
        name="Featureontwikkeling",
    )

    assert lot.work_category.slug == "feature-development"
    assert lot.contract.contractor.slug == "maykin-media"
    assert lot.holds_on(date(2026, 1, 15)) == Holds.YES


def test_enschede_pays_through_dimpact_as_one_stream_with_a_hop():

    stream = FundingStream.objects.get(funder__slug="enschede")

    assert [party.slug for party in stream.intermediaries] == ["dimpact"]
    assert stream.lot.contract.client.slug == "dimpact"
    assert sum(row.amount for row in stream.amounts.all()) == stream.amount
    assert not FundingStream.objects.filter(funder__slug="dimpact").exists()


def test_the_demo_shows_coverage_through_the_api():
    client = Client()

    body = client.get(
        "/api/v1/contracts", {"search": "governancepilot", "pageSize": 10}
    ).json()
    development = client.get(
        f"/api/v1/contracts/{demo_uuid(Contract, 'dimpact-maykin-initial-development')}"
    ).json()

    assert [row["coverage"]["status"] for row in body["results"]] == ["covered"]
    assert development["coverage"]["status"] == "partly_covered"
    assert development["coverage"]["funded"] == 50000.0

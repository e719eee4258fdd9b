"""`manage.py load_demo`: the OpenZaak ecosystem from the seeds, loaded idempotently."""

import io
from datetime import date
from decimal import Decimal

from django.apps import apps
from django.core.management import call_command, load_command_class
from django.utils import translation

import pytest

from apps.components.models import Component
from apps.contracts.models import Contract
from apps.core.constants import Basis
from apps.demo.seed.parties import organisation_rows, source_keys
from apps.funding.models import FundingStream
from apps.goals.models import GoalProgress, ImprovementGoal, ReliabilityTheme, Review
from apps.parties.models import Party
from apps.roles.models import RoleAssignment
from apps.timeline.models import Event

REGISTER_APPS = (
    "core",
    "parties",
    "components",
    "roles",
    "contracts",
    "funding",
    "goals",
    "timeline",
)


def load_demo() -> str:
    out = io.StringIO()
    with translation.override("en"):
        call_command("load_demo", stdout=out)
    return out.getvalue()


def register_counts() -> dict[str, int]:
    """Rows per model of the register apps, history tables included."""
    return {
        model._meta.label: model._default_manager.count()
        for label in REGISTER_APPS
        for model in apps.get_app_config(label).get_models()
    }


def register_uuids() -> dict[str, set]:
    return {
        model._meta.label: set(model._default_manager.values_list("uuid", flat=True))
        for label in REGISTER_APPS
        for model in apps.get_app_config(label).get_models()
        if not model._meta.label.split(".")[1].startswith("Historical")
    }


def test_source_column_gives_the_keyed_sources_in_order():
    column = "TOOI-RWC4; OIN-2016; web: OZ-WEB; pop: en.wikipedia (Amsterdam)"

    keys = source_keys(column)

    assert keys == ["TOOI-RWC4", "OIN-2016", "OZ-WEB"]


def test_source_column_maps_a_seed_document_to_its_source():
    column = "web: seed 003; vng.nl/artikelen/de-vng-in-2022"

    keys = source_keys(column)

    assert keys == ["seed-003"]


@pytest.mark.django_db
def test_every_organisation_row_becomes_a_party():
    names = {row["name"] for row in organisation_rows()}

    load_demo()

    assert Party.objects.count() == len(names) >= 45
    assert set(Party.objects.values_list("name", flat=True)) == names


@pytest.mark.django_db
def test_load_demo_prints_the_counts():
    output = load_demo()

    assert "parties: 56" in output


@pytest.mark.django_db
def test_running_load_demo_twice_keeps_every_count():
    load_demo()
    first = register_counts()

    load_demo()

    assert register_counts() == first


@pytest.mark.django_db
def test_running_load_demo_twice_keeps_the_same_uuids():
    load_demo()
    first = register_uuids()

    load_demo()

    assert register_uuids() == first


@pytest.mark.django_db
def test_amsterdam_carries_its_identifiers_and_sources_from_the_csv():
    load_demo()

    amsterdam = Party.objects.get(slug="amsterdam")
    assert amsterdam.tooi_uri == (
        "https://identifier.overheid.nl/tooi/id/gemeente/gm0363"
    )
    assert amsterdam.cbs_code == "GM0363"
    assert amsterdam.oin == "00000001002564440000"
    assert amsterdam.inhabitants == 931298
    assert amsterdam.inhabitants_year == 2024
    assert amsterdam.kvk == ""
    assert {"TOOI: Register gemeenten compleet, versie 4"} <= set(
        amsterdam.sources.values_list("title", flat=True)
    )


@pytest.mark.django_db
def test_s_hertogenbosch_is_found_by_its_slug_and_as_den_bosch():
    load_demo()

    found = Party.objects.search("Den Bosch")

    assert list(found) == [Party.objects.get(slug="s-hertogenbosch")]


@pytest.mark.django_db
def test_enschede_is_a_member_of_dimpact_today():
    load_demo()
    dimpact = Party.objects.get(slug="dimpact")

    members = dimpact.members_on(date.today())

    assert members.filter(slug="enschede").exists()
    assert members.filter(slug="rotterdam").exists()


@pytest.mark.django_db
def test_bellingwedde_was_a_dimpact_member_in_2017_but_not_in_2020():
    load_demo()
    dimpact = Party.objects.get(slug="dimpact")

    # The seeds list Bellingwedde in 2018 without a start: possibly a member in
    # 2017, certainly not after it merged.
    in_2017 = Party.objects.members_of(dimpact.pk, date(2017, 6, 1), "possible")
    in_2020 = Party.objects.members_of(dimpact.pk, date(2020, 1, 1), "possible")

    assert in_2017.filter(slug="bellingwedde").exists()
    assert not in_2020.filter(slug="bellingwedde").exists()


@pytest.mark.django_db
def test_merged_municipalities_point_to_their_successors():
    load_demo()

    successors = {
        party.name: (party.end_latest, party.successor.name)
        for party in Party.objects.filter(successor__isnull=False)
    }

    assert successors == {
        "Bellingwedde": (date(2017, 12, 31), "Westerwolde"),
        "Landerd": (date(2021, 12, 31), "Maashorst"),
        "Ten Boer": (date(2018, 12, 31), "Groningen"),
    }


@pytest.mark.django_db
def test_openzaak_is_eupl_licensed_and_implements_the_zgw_standard():
    load_demo()

    openzaak = Component.objects.get(slug="openzaak")

    assert openzaak.licence == "EUPL-1.2"
    assert openzaak.repository_url == "https://github.com/open-zaak/open-zaak"
    assert list(openzaak.standards.values_list("name", flat=True)) == [
        "API's voor Zaakgericht werken"
    ]
    assert openzaak.standards.get().steward.name == "VNG Realisatie"


@pytest.mark.django_db
def test_maykin_media_as_review_party_conflicts_with_its_development_role():
    load_demo()
    review = RoleAssignment.objects.get(
        component__slug="openzaak",
        role_type__slug="review-party",
        party__slug="maykin-media",
    )

    conflicts = review.conflicting_assignments()

    assert [(a.party.slug, a.role_type.slug) for a in conflicts] == [
        ("maykin-media", "development-party")
    ]


@pytest.mark.django_db
def test_nobody_holds_the_hosting_role_for_openzaak():
    load_demo()

    holders = RoleAssignment.objects.filter(
        component__slug="openzaak", role_type__slug="hosting-party"
    )

    assert not holders.exists()


@pytest.mark.django_db
def test_the_six_themes_come_in_order_with_their_goals():
    load_demo()

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


@pytest.mark.django_db
def test_every_goal_cites_the_pilot_report_and_was_set_on_its_date():
    load_demo()

    goals = ImprovementGoal.objects.all()

    assert {str(goal.start) for goal in goals} == {"2025-10-16"}
    assert all(
        goal.sources.filter(title="Verslag: OpenZaak Bedrijfszekerheidsdoelen").exists()
        for goal in goals
    )


@pytest.mark.django_db
def test_review_scores_match_the_reliability_factor():
    load_demo()

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


@pytest.mark.django_db
def test_review_records_the_state_of_every_goal():
    load_demo()

    review = Review.objects.get()

    assert GoalProgress.objects.filter(review=review).count() == (
        ImprovementGoal.objects.count()
    )
    assert review.coordinator.slug == "g4"
    assert review.next_review_due == date(2026, 4, 16)


@pytest.mark.django_db
def test_every_contract_and_funding_stream_is_marked_illustrative():
    load_demo()

    records = [*Contract.objects.all(), *FundingStream.objects.all()]

    assert records
    assert all(record.basis == Basis.ILLUSTRATIVE for record in records)
    assert all(record.title.startswith("Illustratief: ") for record in records)


@pytest.mark.django_db
def test_every_event_cites_a_source():
    load_demo()

    uncited = Event.objects.filter(sources__isnull=True)

    assert Event.objects.count() == 7
    assert not uncited.exists()


@pytest.mark.django_db
def test_every_party_cites_a_source():
    load_demo()

    uncited = Party.objects.filter(sources__isnull=True)

    assert not uncited.exists()


def test_load_demo_explains_itself_in_its_help(capsys):
    command = load_command_class("apps.demo", "load_demo")

    with translation.override("en"):
        command.print_help("manage.py", "load_demo")

    assert "Load the OpenZaak ecosystem" in capsys.readouterr().out


@pytest.mark.django_db
def test_load_demo_if_empty_keeps_the_coordinators_changes():
    load_demo()
    Party.objects.filter(slug="dimpact").update(name="Dimpact (changed locally)")

    call_command("load_demo", "--if-empty", stdout=io.StringIO())

    assert Party.objects.get(slug="dimpact").name == "Dimpact (changed locally)"


@pytest.mark.django_db
def test_load_demo_if_empty_loads_an_empty_register():
    call_command("load_demo", "--if-empty", stdout=io.StringIO())

    assert Party.objects.filter(slug="dimpact").exists()

"""Each filter of the collections returns exactly the records it promises."""

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from django.db import models

import pytest

from apps.goals.constants import GoalStatus
from apps.parties.constants import PartyKind
from tests.api.helpers import ordered_uuids, uuids, uuids_of
from tests.components.factories import ComponentFactory, StandardFactory
from tests.contracts.factories import ContractFactory, LotFactory, WorkCategoryFactory
from tests.core.factories import SourceFactory
from tests.funding.factories import FundingStreamFactory
from tests.goals.factories import (
    ImprovementGoalFactory,
    ReliabilityThemeFactory,
    ReviewFactory,
)
from tests.parties.factories import (
    ContactPointFactory,
    MembershipFactory,
    PartyFactory,
    PartyNameFactory,
)
from tests.roles.factories import RoleAssignmentFactory, RoleTypeFactory
from tests.timeline.factories import EventFactory

pytestmark = pytest.mark.django_db


def _component_implementing(standard: models.Model) -> models.Model:
    component = ComponentFactory()
    component.standards.add(standard)
    return component


def _event_involving(party: models.Model) -> models.Model:
    event = EventFactory()
    event.parties.add(party)
    return event


# (collection, query parameter, factory of the linked record, build a record
# linked to it); each case also builds a record linked to another one.
RELATION_FILTERS: list[
    tuple[str, str, Callable[[], models.Model], Callable[[models.Model], models.Model]]
] = [
    ("memberships", "member", PartyFactory, lambda p: MembershipFactory(member=p)),
    (
        "memberships",
        "organisation",
        PartyFactory,
        lambda p: MembershipFactory(organisation=p),
    ),
    ("contact-points", "party", PartyFactory, lambda p: ContactPointFactory(party=p)),
    ("components", "standard", StandardFactory, _component_implementing),
    ("standards", "steward", PartyFactory, lambda p: StandardFactory(steward=p)),
    (
        "role-assignments",
        "party",
        PartyFactory,
        lambda p: RoleAssignmentFactory(party=p),
    ),
    (
        "role-assignments",
        "roleType",
        RoleTypeFactory,
        lambda r: RoleAssignmentFactory(role_type=r),
    ),
    (
        "role-assignments",
        "component",
        ComponentFactory,
        lambda c: RoleAssignmentFactory(component=c),
    ),
    ("contracts", "client", PartyFactory, lambda p: ContractFactory(client=p)),
    ("contracts", "contractor", PartyFactory, lambda p: ContractFactory(contractor=p)),
    (
        "contracts",
        "component",
        ComponentFactory,
        lambda c: ContractFactory(components=[c, ComponentFactory()]),
    ),
    (
        "contracts",
        "workCategory",
        WorkCategoryFactory,
        lambda w: ContractFactory(lot__work_category=w),
    ),
    (
        "lots",
        "contract",
        lambda: ContractFactory(lot=None),
        lambda c: LotFactory(contract=c),
    ),
    (
        "lots",
        "workCategory",
        WorkCategoryFactory,
        lambda w: LotFactory(work_category=w),
    ),
    (
        "funding-streams",
        "lot",
        LotFactory,
        lambda lot: FundingStreamFactory(lot=lot),
    ),
    (
        "funding-streams",
        "funder",
        PartyFactory,
        lambda p: FundingStreamFactory(funder=p),
    ),
    (
        "funding-streams",
        "recipient",
        PartyFactory,
        lambda p: FundingStreamFactory(recipient=p),
    ),
    (
        "funding-streams",
        "intermediary",
        PartyFactory,
        lambda p: FundingStreamFactory(hops=[PartyFactory(coalition=True), p]),
    ),
    (
        "funding-streams",
        "contract",
        ContractFactory,
        lambda c: FundingStreamFactory(contract=c),
    ),
    (
        "funding-streams",
        "workCategory",
        WorkCategoryFactory,
        lambda w: FundingStreamFactory(work_category=w),
    ),
    (
        "funding-streams",
        "component",
        ComponentFactory,
        lambda c: FundingStreamFactory(component=c),
    ),
    (
        "reliability-themes",
        "component",
        ComponentFactory,
        lambda c: ReliabilityThemeFactory(component=c),
    ),
    (
        "improvement-goals",
        "theme",
        ReliabilityThemeFactory,
        lambda t: ImprovementGoalFactory(theme=t),
    ),
    (
        "improvement-goals",
        "owner",
        PartyFactory,
        lambda p: ImprovementGoalFactory(owner=p),
    ),
    ("reviews", "component", ComponentFactory, lambda c: ReviewFactory(component=c)),
    ("events", "component", ComponentFactory, lambda c: EventFactory(component=c)),
    ("events", "party", PartyFactory, _event_involving),
]


@pytest.mark.parametrize(
    ("path", "parameter", "linked_factory", "build"),
    RELATION_FILTERS,
    ids=[f"{path}?{parameter}" for path, parameter, *_rest in RELATION_FILTERS],
)
def test_a_relation_filter_returns_only_records_linked_to_that_uuid(
    api_client, path, parameter, linked_factory, build
):
    linked = linked_factory()
    match = build(linked)
    build(linked_factory())

    response = api_client.get(f"/api/v1/{path}", {parameter: str(linked.uuid)})

    assert uuids(response) == uuids_of(match)


# --- Party in any capacity -------------------------------------------------------


def test_contracts_filter_on_any_party_capacity(api_client):
    party = PartyFactory()
    as_client = ContractFactory(client=party)
    as_contractor = ContractFactory(contractor=party)
    ContractFactory()

    response = api_client.get("/api/v1/contracts", {"party": str(party.uuid)})

    assert uuids(response) == uuids_of(as_client, as_contractor)


def test_funding_streams_filter_on_any_party_capacity(api_client):
    party = PartyFactory()
    as_funder = FundingStreamFactory(funder=party)
    as_recipient = FundingStreamFactory(recipient=party)
    as_intermediary = FundingStreamFactory(hops=[party])
    FundingStreamFactory(through_intermediary=True)

    response = api_client.get("/api/v1/funding-streams", {"party": str(party.uuid)})

    assert uuids(response) == uuids_of(as_funder, as_recipient, as_intermediary)


def test_parties_filter_on_members_of_an_organisation(api_client):
    coalition = PartyFactory(coalition=True)
    member = MembershipFactory(organisation=coalition).member
    MembershipFactory()
    PartyFactory(municipality=True)

    response = api_client.get("/api/v1/parties", {"memberOf": str(coalition.uuid)})

    assert uuids(response) == uuids_of(member)


def test_parties_filter_on_members_of_an_organisation_on_a_date(api_client):
    coalition = PartyFactory(coalition=True)
    current = MembershipFactory(
        organisation=coalition, start_date=date(2020, 1, 1), end_date=None
    )
    MembershipFactory(
        organisation=coalition, start_date=date(2015, 1, 1), end_date=date(2019, 12, 31)
    )

    response = api_client.get(
        "/api/v1/parties", {"memberOf": str(coalition.uuid), "activeOn": "2024-06-01"}
    )

    assert uuids(response) == uuids_of(current.member)


def test_role_assignments_filter_on_the_kind_of_holder(api_client):
    municipal = RoleAssignmentFactory(party=PartyFactory(municipality=True))
    RoleAssignmentFactory(party=PartyFactory(kind=PartyKind.VENDOR))

    response = api_client.get("/api/v1/role-assignments", {"partyKind": "municipality"})

    assert uuids(response) == uuids_of(municipal)


# --- Choices and exact values ----------------------------------------------------


def test_parties_filter_on_kind(api_client):
    municipality = PartyFactory(municipality=True)
    PartyFactory(kind=PartyKind.VENDOR)

    response = api_client.get("/api/v1/parties", {"kind": "municipality"})

    assert uuids(response) == uuids_of(municipality)


@pytest.mark.parametrize(
    ("parameter", "field", "value", "other"),
    [
        ("slug", "slug", "utrecht", "amsterdam"),
        ("cbsCode", "cbs_code", "GM0344", "GM0363"),
        ("oin", "oin", "00000001002220647000", "00000001003214345000"),
        ("kvk", "kvk", "30280353", "34360993"),
        (
            "tooiUri",
            "tooi_uri",
            "https://identifier.overheid.nl/tooi/id/gemeente/gm0344",
            "https://identifier.overheid.nl/tooi/id/gemeente/gm0363",
        ),
    ],
)
def test_parties_filter_on_an_identifier(api_client, parameter, field, value, other):
    party = PartyFactory(**{field: value})
    PartyFactory(**{field: other})

    response = api_client.get("/api/v1/parties", {parameter: value})

    assert uuids(response) == uuids_of(party)


def test_components_filter_on_development_status(api_client):
    beta = ComponentFactory(development_status="beta")
    ComponentFactory(development_status="stable")

    response = api_client.get("/api/v1/components", {"developmentStatus": "beta"})

    assert uuids(response) == uuids_of(beta)


def test_components_filter_on_licence(api_client):
    mit = ComponentFactory(licence="MIT")
    ComponentFactory(licence="EUPL-1.2")

    response = api_client.get("/api/v1/components", {"licence": "MIT"})

    assert uuids(response) == uuids_of(mit)


@pytest.mark.parametrize(
    ("path", "factory"),
    [
        ("components", ComponentFactory),
        ("role-types", RoleTypeFactory),
        ("work-categories", WorkCategoryFactory),
        ("reliability-themes", ReliabilityThemeFactory),
    ],
)
def test_a_collection_filters_on_slug(api_client, path, factory):
    match = factory(slug="wanted")
    factory(slug="unwanted")

    response = api_client.get(f"/api/v1/{path}", {"slug": "wanted"})

    assert uuids(response) == uuids_of(match)


@pytest.mark.parametrize(("value", "expected"), [("true", True), ("false", False)])
def test_role_types_filter_on_required_by_default(api_client, value, expected):
    required = RoleTypeFactory(required_by_default=True)
    optional = RoleTypeFactory(required_by_default=False)

    response = api_client.get("/api/v1/role-types", {"requiredByDefault": value})

    assert uuids(response) == uuids_of(required if expected else optional)


def test_contracts_filter_on_contract_type(api_client):
    continuous = ContractFactory(continuous=True)
    ContractFactory()

    response = api_client.get("/api/v1/contracts", {"contractType": "continuous"})

    assert uuids(response) == uuids_of(continuous)


def _from_today(start: int, end: int) -> dict:
    today = date.today()
    return {
        "start_date": today + timedelta(days=start),
        "end_date": today + timedelta(days=end),
    }


@pytest.mark.parametrize(
    ("status", "expected"),
    [("planned", "planned"), ("in_force", "in_force"), ("ended", "ended")],
)
def test_contracts_filter_on_the_status_their_dates_give(api_client, status, expected):
    contracts = {
        "planned": ContractFactory(**_from_today(1, 30)),
        "in_force": ContractFactory(**_from_today(-30, 0)),
        "ended": ContractFactory(**_from_today(-30, -1)),
    }

    response = api_client.get("/api/v1/contracts", {"status": status})

    assert uuids(response) == uuids_of(contracts[expected])


def test_contracts_filter_on_a_status_uncertain_dates_allow(api_client):
    today = date.today()
    # Started in the current year: maybe not yet on 1 January.
    uncertain = ContractFactory(
        start=str(today.year), end_date=today + timedelta(days=400)
    )
    certain = ContractFactory(**_from_today(-400, 400))

    certainly = api_client.get("/api/v1/contracts", {"status": "in_force"})
    possibly = api_client.get(
        "/api/v1/contracts", {"status": "in_force", "certainty": "possible"}
    )

    assert uuids(possibly) == uuids_of(uncertain, certain)
    assert uuids_of(certain) <= uuids(certainly)


def test_contracts_filter_on_cancelled(api_client):
    cancelled = ContractFactory(
        **_from_today(10, 40),
        explicit_status="cancelled",
        explicit_status_on=date.today() - timedelta(days=1),
    )
    ContractFactory(**_from_today(10, 40))

    response = api_client.get("/api/v1/contracts", {"status": "cancelled"})

    assert uuids(response) == uuids_of(cancelled)


def test_improvement_goals_filter_on_status(api_client):
    achieved = ImprovementGoalFactory(status=GoalStatus.ACHIEVED)
    ImprovementGoalFactory(status=GoalStatus.IN_PROGRESS)

    response = api_client.get("/api/v1/improvement-goals", {"status": "achieved"})

    assert uuids(response) == uuids_of(achieved)


def test_sources_filter_on_kind(api_client):
    repository = SourceFactory(kind="repository")
    SourceFactory(kind="document")

    response = api_client.get("/api/v1/sources", {"kind": "repository"})

    assert uuids(response) == uuids_of(repository)


# --- Dates and periods -----------------------------------------------------------


def test_contracts_filter_on_active_on(api_client):
    current = ContractFactory(start_date=date(2024, 1, 1), end_date=None)
    ContractFactory(start_date=date(2020, 1, 1), end_date=date(2023, 12, 31))
    ContractFactory(start_date=date(2025, 1, 1), end_date=None)

    response = api_client.get("/api/v1/contracts", {"activeOn": "2024-06-01"})

    assert uuids(response) == uuids_of(current)


def test_active_on_includes_the_first_and_last_day(api_client):
    membership = MembershipFactory(
        start_date=date(2024, 1, 1), end_date=date(2024, 12, 31)
    )

    first = api_client.get("/api/v1/memberships", {"activeOn": "2024-01-01"})
    last = api_client.get("/api/v1/memberships", {"activeOn": "2024-12-31"})
    after = api_client.get("/api/v1/memberships", {"activeOn": "2025-01-01"})

    assert uuids(first) == uuids(last) == uuids_of(membership)
    assert uuids(after) == set()


def test_parties_filter_on_existence_on_a_date(api_client):
    existing = PartyFactory(start_date=date(2000, 1, 1))
    PartyFactory(
        successor=existing, start_date=date(1990, 1, 1), end_date=date(2018, 12, 31)
    )

    response = api_client.get("/api/v1/parties", {"activeOn": "2020-01-01"})

    assert uuids(response) == uuids_of(existing)


def test_role_assignments_filter_on_active_on(api_client):
    holder = RoleAssignmentFactory(start_date=date(2024, 1, 1))
    RoleAssignmentFactory(start_date=date(2020, 1, 1), end_date=date(2022, 12, 31))

    response = api_client.get("/api/v1/role-assignments", {"activeOn": "2024-06-01"})

    assert uuids(response) == uuids_of(holder)


def test_contracts_filter_on_period_overlap(api_client):
    overlapping_start = ContractFactory(
        start_date=date(2023, 6, 1), end_date=date(2024, 1, 1)
    )
    overlapping_end = ContractFactory(start_date=date(2024, 12, 31), end_date=None)
    ContractFactory(start_date=date(2020, 1, 1), end_date=date(2023, 12, 31))
    ContractFactory(start_date=date(2025, 1, 1), end_date=None)

    response = api_client.get(
        "/api/v1/contracts", {"periodFrom": "2024-01-01", "periodTo": "2024-12-31"}
    )

    assert uuids(response) == uuids_of(overlapping_start, overlapping_end)


def test_funding_streams_filter_on_a_period_open_at_one_end(api_client):
    early = FundingStreamFactory(
        start_date=date(2020, 1, 1), end_date=date(2022, 12, 31)
    )
    late = FundingStreamFactory(start_date=date(2024, 1, 1), end_date=None)

    from_only = api_client.get("/api/v1/funding-streams", {"periodFrom": "2023-01-01"})
    to_only = api_client.get("/api/v1/funding-streams", {"periodTo": "2023-01-01"})

    assert uuids(from_only) == uuids_of(late)
    assert uuids(to_only) == uuids_of(early)


def test_improvement_goals_filter_on_overdue_on(api_client):
    overdue = ImprovementGoalFactory(
        status=GoalStatus.IN_PROGRESS, target_date=date(2025, 6, 30)
    )
    ImprovementGoalFactory(status=GoalStatus.IN_PROGRESS, target_date=date(2026, 6, 30))
    ImprovementGoalFactory(status=GoalStatus.ACHIEVED, target_date=date(2025, 6, 30))

    response = api_client.get("/api/v1/improvement-goals", {"overdueOn": "2025-07-01"})

    assert uuids(response) == uuids_of(overdue)


def test_improvement_goals_filter_on_target_dates(api_client):
    in_range = ImprovementGoalFactory(target_date=date(2025, 6, 30))
    ImprovementGoalFactory(target_date=date(2024, 12, 31))
    ImprovementGoalFactory(target_date=date(2026, 1, 1))

    response = api_client.get(
        "/api/v1/improvement-goals",
        {"targetDateFrom": "2025-01-01", "targetDateTo": "2025-12-31"},
    )

    assert uuids(response) == uuids_of(in_range)


def test_reviews_filter_on_the_review_current_on_a_date(api_client):
    current = ReviewFactory(held_on=date(2025, 4, 1), next_review_due=date(2025, 10, 1))
    ReviewFactory(held_on=date(2024, 10, 1), next_review_due=date(2025, 3, 31))
    ReviewFactory(held_on=date(2025, 10, 1), next_review_due=None)

    response = api_client.get("/api/v1/reviews", {"activeOn": "2025-06-01"})

    assert uuids(response) == uuids_of(current)


def test_reviews_filter_on_held_dates(api_client):
    in_range = ReviewFactory(held_on=date(2025, 4, 1), next_review_due=None)
    ReviewFactory(held_on=date(2024, 4, 1), next_review_due=None)

    response = api_client.get(
        "/api/v1/reviews", {"heldFrom": "2025-01-01", "heldTo": "2025-12-31"}
    )

    assert uuids(response) == uuids_of(in_range)


def test_events_filter_on_dates(api_client):
    in_range = EventFactory(date=date(2020, 5, 1))
    EventFactory(date=date(2018, 5, 1))
    EventFactory(date=date(2022, 5, 1))

    response = api_client.get(
        "/api/v1/events", {"dateFrom": "2020-01-01", "dateTo": "2020-12-31"}
    )

    assert uuids(response) == uuids_of(in_range)


# --- Amounts ---------------------------------------------------------------------


def test_contracts_filter_on_value_range_with_both_ends_included(api_client):
    low = ContractFactory(lot__value=Decimal("1000.00"))
    high = ContractFactory(lot__value=Decimal("4000.00"))
    LotFactory(contract=high, value=Decimal("1000.00"))
    ContractFactory(lot__value=Decimal("999.99"))
    ContractFactory(lot__value=Decimal("5000.01"))
    ContractFactory(lot__value=None)

    response = api_client.get(
        "/api/v1/contracts", {"valueMin": "1000", "valueMax": "5000"}
    )

    assert uuids(response) == uuids_of(low, high)


def test_funding_streams_filter_on_amount_range(api_client):
    large = FundingStreamFactory(amount=Decimal("25000.00"))
    small = FundingStreamFactory(amount=Decimal("500.00"))

    at_least = api_client.get("/api/v1/funding-streams", {"amountMin": "1000"})
    at_most = api_client.get("/api/v1/funding-streams", {"amountMax": "1000"})

    assert uuids(at_least) == uuids_of(large)
    assert uuids(at_most) == uuids_of(small)


# --- Text search -----------------------------------------------------------------


def test_parties_search_finds_a_party_by_alias(api_client):
    party = PartyFactory(name="Gemeente 's-Hertogenbosch")
    PartyNameFactory(party=party, name="Den Bosch")
    PartyFactory(name="Gemeente Tilburg")

    response = api_client.get("/api/v1/parties", {"search": "bosch"})

    assert uuids(response) == uuids_of(party)


def test_parties_search_lists_a_party_once_when_several_aliases_match(api_client):
    party = PartyFactory(name="Gemeente 's-Hertogenbosch")
    PartyNameFactory(party=party, name="Den Bosch")
    PartyNameFactory(party=party, name="'s-Hertogenbosch (Bosch)")

    response = api_client.get("/api/v1/parties", {"search": "bosch"})

    assert ordered_uuids(response) == [str(party.uuid)]
    assert response.json()["count"] == 1


def test_parties_search_finds_a_party_by_legal_name(api_client):
    party = PartyFactory(name="Maykin", legal_name="Maykin Media B.V.")
    PartyFactory(name="Atos")

    response = api_client.get("/api/v1/parties", {"search": "media b.v."})

    assert uuids(response) == uuids_of(party)


def test_contracts_search_finds_the_procurement_reference_and_lot(api_client):
    by_reference = ContractFactory(procurement_reference="TN-2024-0042")
    by_lot = ContractFactory(lot__name="Kavel Onderhoud TN-2024")
    LotFactory(contract=by_lot, name="Kavel Hosting TN-2024")
    ContractFactory(title="Hosting")

    response = api_client.get("/api/v1/contracts", {"search": "tn-2024"})

    assert uuids(response) == uuids_of(by_reference, by_lot)


def test_funding_streams_search_finds_title_and_description(api_client):
    by_title = FundingStreamFactory(title="Doorontwikkeling OpenZaak")
    by_description = FundingStreamFactory(description="Bijdrage aan openzaak")
    FundingStreamFactory(title="Hosting")

    response = api_client.get("/api/v1/funding-streams", {"search": "OpenZaak"})

    assert uuids(response) == uuids_of(by_title, by_description)


def test_components_search_finds_name_and_description(api_client):
    by_name = ComponentFactory(name="Open Notificaties")
    by_description = ComponentFactory(description="Sends notificaties to subscribers")
    ComponentFactory(name="Open Zaak")

    response = api_client.get("/api/v1/components", {"search": "notificaties"})

    assert uuids(response) == uuids_of(by_name, by_description)


def test_sources_search_finds_publisher_and_reference(api_client):
    by_publisher = SourceFactory(publisher="VNG Realisatie")
    by_reference = SourceFactory(reference="docs/vng/README.md")
    SourceFactory(publisher="Dimpact")

    response = api_client.get("/api/v1/sources", {"search": "vng"})

    assert uuids(response) == uuids_of(by_publisher, by_reference)


# --- Ordering --------------------------------------------------------------------


def test_contracts_order_on_start_date_descending(api_client):
    middle = ContractFactory(start_date=date(2023, 1, 1))
    latest = ContractFactory(start_date=date(2025, 1, 1))
    earliest = ContractFactory(start_date=date(2021, 1, 1))

    response = api_client.get("/api/v1/contracts", {"ordering": "-start"})

    assert ordered_uuids(response) == [
        str(latest.uuid),
        str(middle.uuid),
        str(earliest.uuid),
    ]


def test_contracts_order_on_start_date_ascending(api_client):
    middle = ContractFactory(start_date=date(2023, 1, 1))
    latest = ContractFactory(start_date=date(2025, 1, 1))
    earliest = ContractFactory(start_date=date(2021, 1, 1))

    response = api_client.get("/api/v1/contracts", {"ordering": "start"})

    assert ordered_uuids(response) == [
        str(earliest.uuid),
        str(middle.uuid),
        str(latest.uuid),
    ]


def test_funding_streams_order_on_amount(api_client):
    large = FundingStreamFactory(amount=Decimal("900.00"))
    small = FundingStreamFactory(amount=Decimal("100.00"))

    response = api_client.get("/api/v1/funding-streams", {"ordering": "-amount"})

    assert ordered_uuids(response) == [str(large.uuid), str(small.uuid)]


def test_parties_order_on_two_fields(api_client):
    vendor_b = PartyFactory(name="B", kind=PartyKind.VENDOR)
    municipality = PartyFactory(name="C", kind=PartyKind.MUNICIPALITY)
    vendor_a = PartyFactory(name="A", kind=PartyKind.VENDOR)

    response = api_client.get("/api/v1/parties", {"ordering": "-kind,name"})

    assert ordered_uuids(response) == [
        str(vendor_a.uuid),
        str(vendor_b.uuid),
        str(municipality.uuid),
    ]


# --- Pages -----------------------------------------------------------------------


def test_a_page_holds_page_size_records_and_the_total_count(api_client):
    SourceFactory.create_batch(5)

    first = api_client.get("/api/v1/sources", {"pageSize": 2})
    last = api_client.get("/api/v1/sources", {"pageSize": 2, "page": 3})

    assert first.json()["count"] == last.json()["count"] == 5
    assert len(uuids(first)) == 2
    assert len(uuids(last)) == 1
    assert first.json()["next"].startswith("http://testserver/api/v1/sources?")
    assert "page=2" in first.json()["next"]
    assert last.json()["next"] is None


def test_pages_together_list_every_record_once(api_client):
    sources = SourceFactory.create_batch(5)

    pages = [
        ordered_uuids(api_client.get("/api/v1/sources", {"pageSize": 2, "page": page}))
        for page in (1, 2, 3)
    ]

    listed = [uuid for page in pages for uuid in page]
    assert sorted(listed) == sorted(uuids_of(*sources))


def test_a_page_holds_twenty_records_by_default_and_at_most_a_hundred(api_client):
    WorkCategoryFactory.create_batch(101)

    default = api_client.get("/api/v1/work-categories")
    largest = api_client.get("/api/v1/work-categories", {"pageSize": 100})

    assert len(uuids(default)) == 20
    assert len(uuids(largest)) == 100
    assert largest.json()["count"] == 101

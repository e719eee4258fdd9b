"""Every collection endpoint runs the same number of queries for 1 row or 50.

Each row is built with everything its resource shows (links, display names,
nested scores and progress, sources), so a missing ``select_related`` or
``prefetch_related`` shows up as a count that grows with the rows. The counts
include the SAVEPOINT and RELEASE that ``ATOMIC_REQUESTS`` adds inside a test.
"""

import datetime
from collections.abc import Callable
from decimal import Decimal

from django.db import models

import pytest

from tests.components.factories import (
    ComponentFactory,
    EcosystemFactory,
    StandardFactory,
)
from tests.contracts.factories import (
    ContractFactory,
    LotFactory,
    WorkCategoryFactory,
)
from tests.core.factories import CitationFactory, SourceFactory
from tests.funding.factories import FundingStreamFactory
from tests.goals.factories import (
    GoalProgressFactory,
    ImprovementGoalFactory,
    ReliabilityDimensionFactory,
    ReliabilityScoreFactory,
    ReliabilityThemeFactory,
    ReviewFactory,
)
from tests.parties.factories import (
    ContactPointFactory,
    MembershipFactory,
    PartyFactory,
    PartyNameFactory,
)
from tests.roles.factories import (
    GoverningBodyFactory,
    RoleAssignmentFactory,
    RoleRequirementFactory,
    RoleTypeFactory,
    RoleTypeNameFactory,
)
from tests.timeline.factories import EventFactory

pytestmark = pytest.mark.django_db


def citing(record: models.Model) -> models.Model:
    """Two more citations, so the page shows several per row."""
    for source in SourceFactory.create_batch(2):
        CitationFactory(record=record, source=source)
    return record


def party() -> models.Model:
    record = citing(
        PartyFactory(
            municipality=True,
            successor=PartyFactory(),
            end_date=datetime.date(2021, 12, 31),
        )
    )
    PartyNameFactory.create_batch(2, party=record)
    return record


def on_behalf(record: models.Model) -> models.Model:
    """Done on behalf of two listed parties, and cited."""
    record.on_behalf_of.add(*PartyFactory.create_batch(2))
    return citing(record)


def component() -> models.Model:
    record = citing(ComponentFactory())
    record.standards.add(*StandardFactory.create_batch(2))
    return record


def role_type() -> models.Model:
    record = citing(RoleTypeFactory(work_category=WorkCategoryFactory()))
    record.incompatible_with.add(RoleTypeFactory())
    RoleTypeNameFactory.create_batch(2, role_type=record)
    return record


def role_assignment() -> models.Model:
    """A seat, done on behalf of others, carried out under a contract and a lot."""
    record = on_behalf(citing(RoleAssignmentFactory(seat=True)))
    record.carried_out_under_contracts.add(ContractFactory())
    record.carried_out_under_lots.add(*LotFactory.create_batch(2))
    return record


def ecosystem() -> models.Model:
    return citing(EcosystemFactory(components=ComponentFactory.create_batch(2)))


def contract() -> models.Model:
    earlier = ContractFactory(start_date=datetime.date(2024, 1, 1))
    record = citing(
        ContractFactory(
            client=earlier.client,
            predecessor=earlier,
            components=ComponentFactory.create_batch(2),
        )
    )
    LotFactory(contract=record, value=None)
    return record


def lot() -> models.Model:
    record = citing(LotFactory())
    LotFactory(contract__client=record.contract.client, predecessor=record)
    return record


def funding_stream() -> models.Model:
    record = citing(
        FundingStreamFactory(
            hops=PartyFactory.create_batch(2, coalition=True),
            contract=ContractFactory(),
            component=ComponentFactory(),
            start_date=datetime.date(2024, 1, 1),
            end_date=datetime.date(2025, 12, 31),
            amounts=[
                (2024, Decimal("2000.00")),
                (2025, Decimal("3000.00")),
            ],
        )
    )
    FundingStreamFactory(lot=LotFactory())
    return record


def improvement_goal() -> models.Model:
    record = citing(ImprovementGoalFactory(owner=PartyFactory()))
    record.contracts.add(*ContractFactory.create_batch(2))
    record.role_assignments.add(*RoleAssignmentFactory.create_batch(2))
    return record


def review() -> models.Model:
    record = citing(
        ReviewFactory(component=ComponentFactory(), coordinator=PartyFactory())
    )
    for scenario in ("current", "ambition"):
        ReliabilityScoreFactory(review=record, scenario=scenario)
    GoalProgressFactory.create_batch(2, review=record)
    return record


def event() -> models.Model:
    record = citing(EventFactory(component=ComponentFactory()))
    record.parties.add(*PartyFactory.create_batch(2))
    return record


COLLECTIONS: list[tuple[str, Callable[[], models.Model], int]] = [
    ("parties", party, 6),
    ("memberships", lambda: citing(MembershipFactory()), 5),
    ("contact-points", ContactPointFactory, 5),
    ("components", component, 6),
    ("standards", lambda: citing(StandardFactory(steward=PartyFactory())), 5),
    ("role-types", role_type, 7),
    # On behalf of, and the contracts and lots it is carried out under.
    ("role-assignments", role_assignment, 8),
    ("ecosystems", ecosystem, 6),
    ("role-requirements", lambda: citing(RoleRequirementFactory()), 5),
    (
        "governing-bodies",
        lambda: citing(GoverningBodyFactory(for_ecosystem=True)),
        5,
    ),
    ("work-categories", WorkCategoryFactory, 5),
    # Components and lots; the totals and coverage are subqueries of the page;
    # the parties it is done on behalf of.
    ("contracts", lambda: on_behalf(contract()), 8),
    ("lots", lambda: on_behalf(lot()), 7),
    # Hops (with their parties), amounts per year, on behalf of.
    ("funding-streams", lambda: on_behalf(funding_stream()), 8),
    (
        "reliability-themes",
        lambda: citing(ReliabilityThemeFactory(component=ComponentFactory())),
        5,
    ),
    ("improvement-goals", improvement_goal, 7),
    ("reliability-dimensions", ReliabilityDimensionFactory, 5),
    ("reviews", review, 7),
    ("events", event, 6),
    ("sources", SourceFactory, 4),
]


@pytest.mark.parametrize("rows", [1, 50])
@pytest.mark.parametrize(
    ("path", "build", "queries"),
    COLLECTIONS,
    ids=[path for path, _build, _queries in COLLECTIONS],
)
def test_collection_query_count_is_constant(
    api_client, django_assert_num_queries, path, build, queries, rows
):
    for _ in range(rows):
        build()

    with django_assert_num_queries(queries):
        response = api_client.get(f"/api/v1/{path}", {"pageSize": 100})

    assert response.status_code == 200
    assert len(response.json()["results"]) >= rows

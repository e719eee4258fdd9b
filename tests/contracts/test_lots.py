"""A contract's value derives from its lots, its status from its dates."""

import datetime
from decimal import Decimal

from django.db import IntegrityError, connection, transaction
from django.utils import translation

import pytest

from apps.contracts.constants import ContractStatus
from apps.contracts.models import Contract
from apps.core.constants import Certainty
from tests.components.factories import ComponentFactory
from tests.contracts.factories import ContractFactory, LotFactory, WorkCategoryFactory
from tests.helpers import change

pytestmark = pytest.mark.django_db

D = datetime.date


# -- totals ----------------------------------------------------------------------


def test_a_contracts_total_is_the_sum_of_its_lots():
    contract = ContractFactory(lot__value=Decimal("1000.00"))
    LotFactory(contract=contract, value=Decimal("250.50"))

    total = Contract.objects.get(pk=contract.pk).total

    assert (total.amount, total.complete) == (Decimal("1250.50"), True)


def test_a_contract_with_a_lot_of_unknown_value_is_worth_at_least_the_rest():
    contract = ContractFactory(lot__value=Decimal("1000.00"))
    LotFactory(contract=contract, value=None)

    total = Contract.objects.with_totals().get(pk=contract.pk).total

    assert (total.amount, total.complete) == (Decimal("1000.00"), False)
    with translation.override("en"):
        assert total.display() == "at least EUR 1,000.00"


def test_a_contract_whose_lots_have_no_value_has_an_unknown_total():
    contract = ContractFactory(lot__value=None)

    total = Contract.objects.get(pk=contract.pk).total

    assert (total.amount, total.complete) == (None, False)


def test_a_contract_without_lots_has_an_unknown_total():
    total = ContractFactory(lot=None).total

    assert (total.amount, total.complete) == (None, False)


def test_no_euro_of_a_total_is_counted_twice_by_a_filter_on_components_or_lots():
    category = WorkCategoryFactory()
    contract = ContractFactory(
        components=[ComponentFactory(), ComponentFactory()],
        lot__value=Decimal("100.00"),
        lot__work_category=category,
    )
    LotFactory(contract=contract, value=Decimal("50.00"), work_category=category)

    rows = list(
        Contract.objects.filter(components__isnull=False)
        .with_lots_where(work_category=category)
        .with_totals()
    )

    assert [row.total.amount for row in rows] == [Decimal("150.00")] * 2


def test_the_contracts_work_categories_come_from_its_lots():
    contract = ContractFactory(lot__work_category__name="Onderhoud")
    LotFactory(contract=contract, work_category__name="Hosting")
    LotFactory(contract=contract, work_category=contract.lots.first().work_category)

    names = [category.name for category in contract.work_categories]

    assert names == ["Hosting", "Onderhoud"]


# -- status from the dates ---------------------------------------------------------

STATUS_EDGES = [
    # (period as stated, day, status)
    (("2025-01-01", "2025-12-31"), D(2024, 12, 31), ContractStatus.PLANNED),
    (("2025-01-01", "2025-12-31"), D(2025, 1, 1), ContractStatus.IN_FORCE),
    (("2025-01-01", "2025-12-31"), D(2025, 1, 2), ContractStatus.IN_FORCE),
    (("2025-01-01", "2025-12-31"), D(2025, 12, 30), ContractStatus.IN_FORCE),
    (("2025-01-01", "2025-12-31"), D(2025, 12, 31), ContractStatus.IN_FORCE),
    (("2025-01-01", "2025-12-31"), D(2026, 1, 1), ContractStatus.ENDED),
    # Started some day of March 2025, ended some day of November 2025.
    (("2025-03", "2025-11"), D(2025, 2, 28), ContractStatus.PLANNED),
    (("2025-03", "2025-11"), D(2025, 3, 1), ContractStatus.UNKNOWN),
    (("2025-03", "2025-11"), D(2025, 3, 31), ContractStatus.IN_FORCE),
    (("2025-03", "2025-11"), D(2025, 11, 1), ContractStatus.IN_FORCE),
    (("2025-03", "2025-11"), D(2025, 11, 2), ContractStatus.UNKNOWN),
    (("2025-03", "2025-11"), D(2025, 12, 1), ContractStatus.ENDED),
]


def _contract(statement: tuple[str, str]) -> Contract:
    start, end = statement
    return ContractFactory(start=start, end=end)


@pytest.mark.parametrize(("statement", "day", "status"), STATUS_EDGES)
def test_the_status_follows_from_the_dates(statement, day, status):
    contract = _contract(statement)

    assert contract.status_on(day) == status


@pytest.mark.parametrize(("statement", "day", "status"), STATUS_EDGES)
def test_the_database_derives_the_same_status(statement, day, status):
    contract = _contract(statement)

    annotated = Contract.objects.with_status(day).get(pk=contract.pk)

    assert annotated.derived_status == status
    assert list(Contract.objects.in_status(status, day)) == [contract]


def test_a_contract_with_an_unknown_end_last_confirmed_is_unknown_after_it():
    contract = ContractFactory(
        start_date=D(2025, 1, 1), end_state="unknown", last_confirmed=D(2025, 6, 30)
    )

    assert contract.status_on(D(2025, 6, 30)) == ContractStatus.IN_FORCE
    assert contract.status_on(D(2025, 7, 1)) == ContractStatus.UNKNOWN


def test_a_possible_status_includes_what_uncertain_dates_allow():
    uncertain = ContractFactory(start="2025-03", end="2025-11")
    certain = ContractFactory(start_date=D(2025, 3, 1), end_date=D(2025, 11, 30))
    day = D(2025, 3, 1)

    assert list(Contract.objects.in_status(ContractStatus.IN_FORCE, day)) == [certain]
    assert set(
        Contract.objects.in_status(ContractStatus.IN_FORCE, day, Certainty.POSSIBLE)
    ) == {uncertain, certain}
    assert list(
        Contract.objects.in_status(ContractStatus.PLANNED, day, Certainty.POSSIBLE)
    ) == [uncertain]
    assert list(
        Contract.objects.in_status(
            ContractStatus.ENDED, D(2025, 11, 2), Certainty.POSSIBLE
        )
    ) == [uncertain]


@pytest.mark.parametrize(
    ("day", "status"),
    [
        (D(2025, 5, 31), ContractStatus.IN_FORCE),
        (D(2025, 6, 1), ContractStatus.TERMINATED),
        (D(2026, 1, 1), ContractStatus.TERMINATED),
    ],
)
def test_a_terminated_contract_is_terminated_from_its_day(day, status):
    contract = ContractFactory(
        explicit_status="terminated", explicit_status_on=D(2025, 6, 1)
    )

    assert contract.status_on(day) == status
    assert Contract.objects.with_status(day).get().derived_status == status


def test_a_cancelled_contract_is_cancelled_not_planned():
    contract = ContractFactory(
        explicit_status="cancelled", explicit_status_on=D(2024, 11, 1)
    )

    assert contract.status_on(D(2024, 12, 1)) == ContractStatus.CANCELLED
    assert contract.status_on(D(2024, 10, 31)) == ContractStatus.PLANNED
    assert not Contract.objects.in_status(
        ContractStatus.PLANNED, D(2024, 12, 1), Certainty.POSSIBLE
    ).exists()


# -- the database's half of the continuation rule (PostgreSQL) ---------------------

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a PostgreSQL trigger"
)


@postgresql_only
def test_the_database_refuses_a_continuation_of_another_client():
    earlier = ContractFactory(start_date=D(2024, 1, 1), end_date=D(2024, 12, 31))
    later = change(ContractFactory(), predecessor=earlier)

    with pytest.raises(IntegrityError), transaction.atomic():
        later.save()


@postgresql_only
def test_the_database_refuses_a_lot_continuing_one_that_starts_after_it():
    earlier = LotFactory(
        contract__start_date=D(2026, 1, 1), contract__end_date=D(2026, 12, 31)
    )
    later = change(
        LotFactory(contract__client=earlier.contract.client), predecessor=earlier
    )

    with pytest.raises(IntegrityError), transaction.atomic():
        later.save()

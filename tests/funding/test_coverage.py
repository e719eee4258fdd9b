"""What is funded against what a contract or lot is worth, each euro once."""

import datetime
from decimal import Decimal

import pytest

from apps.contracts.models import Contract, Lot
from apps.funding.constants import CoverageStatus
from apps.funding.selectors import contracts_with_coverage, coverage, lots_with_coverage
from tests.contracts.factories import ContractFactory, LotFactory
from tests.funding.factories import FundingStreamFactory
from tests.parties.factories import PartyFactory

pytestmark = pytest.mark.django_db

D = datetime.date


def _contract(*values: Decimal | None) -> Contract:
    contract = ContractFactory(lot=None)
    for value in values:
        LotFactory(contract=contract, value=value)
    return contract


def _pay(amount: str, **target) -> None:
    FundingStreamFactory(amount=Decimal(amount), **target)


@pytest.mark.parametrize(
    ("paid", "status"),
    [
        ("1000.00", CoverageStatus.COVERED),
        ("999.99", CoverageStatus.PARTLY_COVERED),
        ("1000.01", CoverageStatus.OVER_FUNDED),
    ],
)
def test_a_contract_is_covered_partly_covered_or_over_funded(paid, status):
    contract = _contract(Decimal("1000.00"))
    _pay(paid, contract=contract)

    result = coverage(contract)

    assert (result.status, result.funded, result.value) == (
        status,
        Decimal(paid),
        Decimal("1000.00"),
    )


def test_a_contract_nobody_pays_for_is_partly_covered():
    contract = _contract(Decimal("1000.00"))

    assert coverage(contract).status == CoverageStatus.PARTLY_COVERED


def test_a_contract_of_unknown_value_has_an_unknown_coverage():
    contract = _contract(None)
    _pay("1000.00", contract=contract)

    assert coverage(contract).status == CoverageStatus.UNKNOWN


def test_a_contract_worth_at_least_more_than_is_paid_is_partly_covered():
    contract = _contract(Decimal("1000.00"), None)
    _pay("500.00", contract=contract)

    result = coverage(contract)

    assert (result.status, result.value_complete) == (
        CoverageStatus.PARTLY_COVERED,
        False,
    )


def test_a_contract_worth_at_least_what_is_paid_has_an_unknown_coverage():
    contract = _contract(Decimal("1000.00"), None)
    _pay("1000.00", contract=contract)

    assert coverage(contract).status == CoverageStatus.UNKNOWN


def test_money_for_the_contract_and_for_its_lots_is_counted_once_each():
    contract = _contract(Decimal("600.00"), Decimal("400.00"))
    first, second = contract.lots.order_by("pk")
    _pay("300.00", contract=contract)
    _pay("600.00", lot=first)
    _pay("100.00", lot=second)

    contract_result = coverage(contract)
    lot_results = [coverage(lot) for lot in (first, second)]

    assert (contract_result.status, contract_result.funded) == (
        CoverageStatus.COVERED,
        Decimal("1000.00"),
    )
    # Lot money only: the contract's 300 is not split over its lots.
    assert [(r.status, r.funded) for r in lot_results] == [
        (CoverageStatus.COVERED, Decimal("600.00")),
        (CoverageStatus.UNKNOWN, Decimal("100.00")),
    ]


def test_a_lot_short_of_its_value_without_contract_money_is_partly_covered():
    lot = LotFactory(value=Decimal("400.00"))
    _pay("100.00", lot=lot)

    assert coverage(lot).status == CoverageStatus.PARTLY_COVERED


def test_a_lot_of_unknown_value_has_an_unknown_coverage():
    lot = LotFactory(value=None)
    _pay("100.00", lot=lot)

    assert coverage(lot).status == CoverageStatus.UNKNOWN


def test_money_through_an_intermediary_is_counted_once():
    contract = _contract(Decimal("1000.00"))
    dimpact = PartyFactory(coalition=True)
    _pay("1000.00", contract=contract, hops=[dimpact])

    result = coverage(contract)

    assert (result.status, result.funded) == (
        CoverageStatus.COVERED,
        Decimal("1000.00"),
    )


def test_no_euro_is_counted_twice_in_a_list_of_contracts():
    contracts = [_contract(Decimal("500.00"), Decimal("500.00")) for _ in range(3)]
    for contract in contracts:
        lots = list(contract.lots.all())
        _pay("250.00", contract=contract)
        _pay("250.00", lot=lots[0])
        _pay("250.00", lot=lots[1], hops=[PartyFactory(coalition=True)])

    rows = list(
        contracts_with_coverage(Contract.objects.all()).with_lots_where(value__gte=0)
    )

    assert [(coverage(row).funded, row.total.amount) for row in rows] == [
        (Decimal("750.00"), Decimal("1000.00"))
    ] * 3
    assert {coverage(lot).funded for lot in lots_with_coverage(Lot.objects.all())} == {
        Decimal("250.00")
    }


def test_money_for_a_work_category_counts_for_no_contract():
    contract = _contract(Decimal("1000.00"))
    _pay("1000.00", work_category=contract.lots.get().work_category)

    assert coverage(contract).funded == Decimal("0.00")


def test_a_reader_counts_only_the_money_they_may_see():
    contract = _contract(Decimal("1000.00"))
    _pay("1000.00", contract=contract)
    FundingStreamFactory(amount=Decimal("500.00"), contract=contract, draft=True)

    assert coverage(contract, user=None).funded == Decimal("1500.00")
    from django.contrib.auth.models import AnonymousUser

    assert coverage(contract, user=AnonymousUser()).funded == Decimal("1000.00")

"""The register's rules on contracts, their lots and work categories."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import ProtectedError
from django.utils import translation

import pytest

from apps.contracts.models import Contract, Lot
from tests.contracts.factories import ContractFactory, LotFactory, WorkCategoryFactory
from tests.funding.factories import FundingStreamFactory
from tests.helpers import (
    assert_refused_by_database,
    assert_refused_by_validation,
    change,
    period,
)
from tests.parties.factories import PartyFactory

pytestmark = pytest.mark.django_db

D = datetime.date


def test_a_contract_cannot_end_before_it_starts():
    contract = change(
        ContractFactory(lot=None),
        **period(D(2025, 1, 1), D(2024, 12, 31)),
    )

    assert_refused_by_validation(contract, "The end cannot be before the start.")
    assert_refused_by_database(contract)


def test_a_lot_value_cannot_be_negative():
    lot = change(LotFactory(), value=Decimal("-1.00"))

    assert_refused_by_validation(lot, "The value cannot be negative.")
    assert_refused_by_database(lot)


def test_a_lot_may_have_an_unknown_value():
    lot = change(LotFactory(), value=None)

    lot.full_clean()
    lot.save()

    assert Lot.objects.get(pk=lot.pk).value is None


def test_a_client_is_not_its_own_contractor():
    contract = ContractFactory()
    change(contract, contractor=contract.client)

    assert_refused_by_validation(contract, "The client cannot be its own contractor.")
    assert_refused_by_database(contract)


def test_a_contract_cannot_continue_itself():
    contract = ContractFactory()
    change(contract, predecessor=contract)

    assert_refused_by_validation(contract, "A contract cannot continue itself.")
    assert_refused_by_database(contract)


def test_a_lot_cannot_continue_itself():
    lot = LotFactory()
    change(lot, predecessor=lot)

    assert_refused_by_validation(lot, "A lot cannot continue itself.")
    assert_refused_by_database(lot)


def test_a_contract_has_each_lot_name_once():
    lot = LotFactory(name="Kavel Onderhoud")
    twin = LotFactory.build(
        contract=lot.contract, name="Kavel Onderhoud", work_category=lot.work_category
    )

    assert_refused_by_validation(twin, "This contract already has a lot of this name.")
    assert_refused_by_database(twin)


@pytest.mark.parametrize("status", ["cancelled", "terminated"])
def test_a_cancelled_or_terminated_contract_states_its_day(status):
    contract = change(ContractFactory(), explicit_status=status)

    assert_refused_by_validation(
        contract,
        "A cancelled or terminated contract states the day it was; that day "
        "needs the status.",
    )
    assert_refused_by_database(contract)


def test_a_day_of_cancellation_needs_the_status():
    contract = change(ContractFactory(), explicit_status_on=D(2025, 3, 1))

    assert_refused_by_validation(
        contract,
        "A cancelled or terminated contract states the day it was; that day "
        "needs the status.",
    )
    assert_refused_by_database(contract)


def test_a_contract_terminated_before_it_started_was_cancelled():
    contract = change(
        ContractFactory(),
        explicit_status="terminated",
        explicit_status_on=D(2024, 6, 1),
    )

    assert_refused_by_validation(
        contract, "A contract called off before it started was cancelled."
    )


def test_a_lot_currency_is_an_iso_code():
    lot = change(LotFactory(), currency="eur")

    assert_refused_by_validation(
        lot, "Use a three-letter ISO 4217 currency code, e.g. EUR."
    )


def test_the_lots_of_a_contract_share_a_currency():
    lot = LotFactory()
    other = LotFactory.build(contract=lot.contract, currency="USD")

    assert_refused_by_validation(
        other,
        "The lots of one contract share a currency, so that its total adds up.",
    )


def test_two_work_categories_cannot_share_a_slug():
    WorkCategoryFactory(slug="maintenance")
    duplicate = WorkCategoryFactory.build(slug="maintenance")

    assert_refused_by_validation(
        duplicate, "A work category with this slug already exists."
    )
    assert_refused_by_database(duplicate)


def test_a_contract_that_funding_pays_for_cannot_be_deleted():
    contract = ContractFactory()
    FundingStreamFactory(contract=contract)

    with pytest.raises(ProtectedError):
        contract.delete()


def test_a_lot_that_funding_pays_for_cannot_be_deleted():
    lot = LotFactory()
    FundingStreamFactory(lot=lot)

    with pytest.raises(ProtectedError):
        lot.delete()


def test_a_contract_deleted_takes_its_lots():
    contract = ContractFactory()

    contract.delete()

    assert not Lot.objects.exists()


def test_a_work_category_in_use_cannot_be_deleted():
    lot = LotFactory()

    with pytest.raises(ProtectedError):
        lot.work_category.delete()


def test_contracts_with_a_continuous_lot_are_told_from_one_off_ones():
    continuous = ContractFactory(continuous=True)
    one_off = ContractFactory()

    assert list(Contract.objects.continuous()) == [continuous]
    assert list(Contract.objects.one_off()) == [one_off]
    assert continuous.has_continuous_lot
    assert not one_off.has_continuous_lot


def test_a_contract_covers_several_components():
    first, second = (
        ContractFactory().components.get(),
        ContractFactory().components.get(),
    )
    contract = ContractFactory(components=[first, second])

    assert set(contract.components.all()) == {first, second}
    assert set(first.contracts.all()) >= {contract}


def test_a_contract_without_components_spans_them():
    contract = ContractFactory(components=[])

    contract.full_clean()

    assert not contract.components.exists()


# -- a lot lies within its contract ---------------------------------------------


def test_a_lot_cannot_certainly_begin_before_its_contract():
    lot = change(LotFactory(), **period(D(2024, 12, 31), D(2025, 6, 30)))

    assert_refused_by_validation(
        lot, "The lot cannot begin before its contract begins."
    )


def test_a_lot_cannot_certainly_end_after_its_contract():
    lot = change(LotFactory(), **period(D(2025, 1, 1), D(2026, 1, 1)))

    assert_refused_by_validation(lot, "The lot cannot end after its contract ends.")


def test_a_lot_whose_uncertain_dates_may_fit_its_contract_is_allowed():
    # Started some day of 2025 (maybe 1 January); ended in December 2025.
    lot = change(LotFactory(), **period("2025", "2025-12"))

    lot.full_clean()


def test_a_contract_cannot_shrink_away_from_its_lots():
    lot = LotFactory()
    contract = change(lot.contract, **period(D(2025, 3, 1), D(2025, 12, 31)))

    with translation.override("en"), pytest.raises(ValidationError) as excinfo:
        contract.full_clean()
    assert "The lot cannot begin before its contract begins." in str(excinfo.value)


# -- continuations -----------------------------------------------------------------


def test_a_contract_continues_one_of_the_same_client():
    earlier = ContractFactory(start_date=D(2024, 1, 1), end_date=D(2024, 12, 31))
    later = ContractFactory(client=earlier.client, predecessor=earlier)

    later.full_clean()

    assert list(earlier.successors.all()) == [later]


def test_a_contract_cannot_continue_one_of_another_client():
    earlier = ContractFactory(start_date=D(2024, 1, 1), end_date=D(2024, 12, 31))
    later = change(ContractFactory(), predecessor=earlier)

    assert_refused_by_validation(
        later, "A continuation has the same client as what it continues."
    )


def test_a_contract_cannot_continue_one_that_starts_after_it():
    later_start = ContractFactory(start_date=D(2025, 6, 1), end_date=D(2025, 12, 31))
    contract = change(
        ContractFactory(client=later_start.client), predecessor=later_start
    )

    assert_refused_by_validation(
        contract, "The predecessor cannot start after the record that continues it."
    )


def test_a_predecessor_whose_uncertain_start_may_come_first_is_allowed():
    # Started in 2025: maybe on 1 January, the day its successor starts.
    earlier = ContractFactory(start="2025", end_date=D(2025, 12, 31))
    contract = change(ContractFactory(client=earlier.client), predecessor=earlier)

    contract.full_clean()


def test_a_contract_cannot_move_its_client_away_from_its_successors():
    earlier = ContractFactory(start_date=D(2024, 1, 1), end_date=D(2024, 12, 31))
    ContractFactory(client=earlier.client, predecessor=earlier)
    change(earlier, client=PartyFactory(municipality=True))

    with translation.override("en"), pytest.raises(ValidationError) as excinfo:
        earlier.full_clean()
    assert "A continuation has the same client as what it continues." in str(
        excinfo.value
    )


def test_a_lot_cannot_continue_a_lot_of_another_client():
    earlier = LotFactory(
        contract__start_date=D(2024, 1, 1), contract__end_date=D(2024, 12, 31)
    )
    later = change(LotFactory(), predecessor=earlier)

    assert_refused_by_validation(
        later, "A continuation has the same client as what it continues."
    )


def test_a_lot_cannot_continue_one_that_starts_after_it():
    earlier = LotFactory(
        contract__start_date=D(2026, 1, 1), contract__end_date=D(2026, 12, 31)
    )
    later = change(
        LotFactory(contract__client=earlier.contract.client), predecessor=earlier
    )

    assert_refused_by_validation(
        later, "The predecessor cannot start after the record that continues it."
    )


def test_a_continuous_lots_successor_is_found_through_it():
    earlier = LotFactory(
        continuous=True,
        contract__start_date=D(2024, 1, 1),
        contract__end_date=D(2024, 12, 31),
    )
    later = LotFactory(
        continuous=True, contract__client=earlier.contract.client, predecessor=earlier
    )

    assert earlier.successor == later
    assert list(Lot.objects.continuous().without_successor()) == [later]

"""The register's rules on contracts and work categories."""

import datetime
from decimal import Decimal

from django.db.models import ProtectedError

import pytest

from apps.contracts.models import Contract
from tests.contracts.factories import ContractFactory, WorkCategoryFactory
from tests.funding.factories import FundingStreamFactory
from tests.helpers import (
    assert_refused_by_database,
    assert_refused_by_validation,
    change,
    period,
)

pytestmark = pytest.mark.django_db


def test_a_contract_cannot_end_before_it_starts():
    contract = change(
        ContractFactory(),
        **period(datetime.date(2025, 1, 1), datetime.date(2024, 12, 31)),
    )

    assert_refused_by_validation(contract, "The end cannot be before the start.")
    assert_refused_by_database(contract)


def test_a_contract_value_cannot_be_negative():
    contract = change(ContractFactory(), value=Decimal("-1.00"))

    assert_refused_by_validation(contract, "The value cannot be negative.")
    assert_refused_by_database(contract)


def test_a_contract_may_have_an_unknown_value():
    contract = change(ContractFactory(), value=None)

    contract.full_clean()
    contract.save()

    assert Contract.objects.get(pk=contract.pk).value is None


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


def test_a_currency_is_an_iso_code():
    contract = change(ContractFactory(), currency="eur")

    assert_refused_by_validation(
        contract, "Use a three-letter ISO 4217 currency code, e.g. EUR."
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


def test_a_work_category_in_use_cannot_be_deleted():
    contract = ContractFactory()

    with pytest.raises(ProtectedError):
        contract.work_category.delete()


def test_continuous_and_one_off_contracts_are_told_apart():
    continuous = ContractFactory(continuous=True)
    one_off = ContractFactory()

    assert list(Contract.objects.continuous()) == [continuous]
    assert list(Contract.objects.one_off()) == [one_off]

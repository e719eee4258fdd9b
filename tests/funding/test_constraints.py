"""The register's rules on funding streams."""

import datetime
from decimal import Decimal

import pytest

from tests.contracts.factories import ContractFactory
from tests.funding.factories import FundingStreamFactory
from tests.helpers import (
    assert_refused_by_database,
    assert_refused_by_validation,
    change,
    period,
)
from tests.parties.factories import PartyFactory

pytestmark = pytest.mark.django_db


def test_an_amount_cannot_be_negative():
    stream = change(FundingStreamFactory(), amount=Decimal("-0.01"))

    assert_refused_by_validation(stream, "The amount cannot be negative.")
    assert_refused_by_database(stream)


def test_a_funder_does_not_fund_itself():
    stream = FundingStreamFactory()
    change(stream, recipient=stream.funder)

    assert_refused_by_validation(stream, "A funder cannot fund itself.")
    assert_refused_by_database(stream)


@pytest.mark.parametrize("side", ["funder", "recipient"])
def test_an_intermediary_is_a_third_party(side):
    stream = FundingStreamFactory()
    change(stream, intermediary=getattr(stream, side))

    assert_refused_by_validation(
        stream, "The intermediary must differ from the funder and the recipient."
    )
    assert_refused_by_database(stream)


def test_a_funding_stream_says_what_it_pays_for():
    stream = change(FundingStreamFactory(), contract=None, work_category=None)

    assert_refused_by_validation(
        stream, "Say what the money pays for: a contract or a work category."
    )
    assert_refused_by_database(stream)


def test_a_funding_stream_may_pay_for_a_contract_through_an_intermediary():
    contract = ContractFactory()
    stream = FundingStreamFactory.build(
        funder=PartyFactory(municipality=True),
        intermediary=PartyFactory(coalition=True),
        recipient=contract.contractor,
        contract=contract,
        work_category=None,
    )

    stream.full_clean()
    stream.save()

    assert list(contract.funding_streams.all()) == [stream]


def test_a_funding_stream_cannot_end_before_it_starts():
    stream = change(
        FundingStreamFactory(),
        **period(datetime.date(2025, 1, 1), datetime.date(2024, 1, 1)),
    )

    assert_refused_by_validation(stream, "The end cannot be before the start.")
    assert_refused_by_database(stream)

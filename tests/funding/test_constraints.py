"""The register's rules on funding streams, their route and their years."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from apps.funding.models import FundingAmount, FundingHop
from apps.funding.selectors import streams_recording_a_hop_again
from apps.funding.services import (
    funding_stream_amounts_set,
    funding_stream_route_set,
)
from tests.contracts.factories import LotFactory
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
PAYS_FOR_ONE_THING = (
    "Say what the money pays for: one contract, one lot, or (where no contract "
    "exists) a work category."
)


def _messages(error: ValidationError) -> list[str]:
    with translation.override("en"):
        return [str(message) for message in error.messages]


def test_an_amount_cannot_be_negative():
    stream = change(FundingStreamFactory(), amount=Decimal("-0.01"))

    assert_refused_by_validation(stream, "The amount cannot be negative.")
    assert_refused_by_database(stream)


def test_a_funder_does_not_fund_itself():
    stream = FundingStreamFactory()
    change(stream, recipient=stream.funder)

    assert_refused_by_validation(stream, "A funder cannot fund itself.")
    assert_refused_by_database(stream)


def test_a_funding_stream_says_what_it_pays_for():
    stream = change(FundingStreamFactory(), contract=None, work_category=None)

    assert_refused_by_validation(stream, PAYS_FOR_ONE_THING)
    assert_refused_by_database(stream)


@pytest.mark.parametrize(
    "targets",
    [("contract", "lot"), ("contract", "work_category"), ("lot", "work_category")],
)
def test_a_funding_stream_pays_for_one_thing_only(targets):
    lot = LotFactory()
    values = {
        "contract": lot.contract,
        "lot": lot,
        "work_category": lot.work_category,
    }
    stream = change(FundingStreamFactory(), **{name: values[name] for name in targets})

    assert_refused_by_validation(stream, PAYS_FOR_ONE_THING)
    assert_refused_by_database(stream)


def test_a_funding_stream_may_pay_for_a_lot_through_an_intermediary():
    lot = LotFactory()
    dimpact = PartyFactory(coalition=True)

    stream = FundingStreamFactory(
        recipient=lot.contract.contractor, lot=lot, hops=[dimpact]
    )

    assert list(lot.funding_streams.all()) == [stream]
    assert stream.intermediary == dimpact


def test_a_funding_stream_cannot_end_before_it_starts():
    stream = change(
        FundingStreamFactory(),
        **period(D(2025, 1, 1), D(2024, 1, 1)),
    )

    assert_refused_by_validation(stream, "The end cannot be before the start.")
    assert_refused_by_database(stream)


# -- hops ------------------------------------------------------------------------


def test_the_same_hop_cannot_be_recorded_twice():
    dimpact = PartyFactory(coalition=True)
    stream = FundingStreamFactory(hops=[dimpact])
    again = FundingHop(stream=stream, position=2, party=dimpact)

    assert_refused_by_validation(
        again, "The money already passes this party: a hop is recorded once."
    )
    assert_refused_by_database(again)


def test_a_route_passing_a_party_twice_is_refused():
    dimpact = PartyFactory(coalition=True)
    stream = FundingStreamFactory()

    with pytest.raises(ValidationError) as excinfo, translation.override("en"):
        funding_stream_route_set(stream=stream, parties=[dimpact, dimpact])

    assert _messages(excinfo.value) == [
        "The money passes each party once: remove the repeated hop."
    ]
    assert not stream.hops.exists()


def test_two_hops_cannot_share_a_position():
    stream = FundingStreamFactory(hops=[PartyFactory(coalition=True)])
    other = FundingHop(stream=stream, position=1, party=PartyFactory(coalition=True))

    assert_refused_by_validation(other, "Another hop has this position.")
    assert_refused_by_database(other)


@pytest.mark.parametrize("side", ["funder", "recipient"])
def test_a_hop_is_a_third_party(side):
    stream = FundingStreamFactory()
    hop = FundingHop(stream=stream, position=1, party=getattr(stream, side))

    assert_refused_by_validation(
        hop, "A hop is a third party: neither the funder nor the recipient."
    )


def test_a_hop_is_checked_against_the_existence_of_its_party():
    stream = FundingStreamFactory(start_date=D(2020, 1, 1))
    hop = FundingHop(
        stream=stream,
        position=1,
        party=PartyFactory(coalition=True, start=D(2021, 1, 1)),
    )

    with pytest.raises(ValidationError) as excinfo:
        hop.full_clean()

    assert "party" in excinfo.value.message_dict


def test_a_route_is_kept_in_order():
    first, second = PartyFactory(coalition=True), PartyFactory(coalition=True)

    stream = FundingStreamFactory(hops=[first, second])

    assert stream.intermediaries == [first, second]


def test_a_second_stream_recording_a_hop_as_separate_money_is_flagged():
    lot = LotFactory()
    enschede, dimpact = PartyFactory(municipality=True), PartyFactory(coalition=True)
    maykin = lot.contract.contractor
    through = FundingStreamFactory(
        funder=enschede, recipient=maykin, lot=lot, hops=[dimpact]
    )
    leg = FundingStreamFactory(funder=dimpact, recipient=maykin, lot=lot)
    FundingStreamFactory(funder=dimpact, recipient=maykin, lot=LotFactory())

    assert streams_recording_a_hop_again(through) == [leg]
    assert streams_recording_a_hop_again(leg) == [through]


def test_a_second_payment_on_the_same_route_is_not_a_hop_recorded_again():
    lot = LotFactory()
    first = FundingStreamFactory(lot=lot, hops=[PartyFactory(coalition=True)])
    FundingStreamFactory(funder=first.funder, recipient=first.recipient, lot=lot)

    assert streams_recording_a_hop_again(first) == []


# -- amounts per year ---------------------------------------------------------------


def test_amounts_per_year_add_up_to_the_stream():
    stream = FundingStreamFactory(
        amount=Decimal("300.00"),
        start_date=D(2024, 1, 1),
        end_date=D(2025, 12, 31),
        amounts=[(2024, Decimal("100.00")), (2025, Decimal("200.00"))],
    )

    assert [(row.year, row.amount) for row in stream.amounts.all()] == [
        (2024, Decimal("100.00")),
        (2025, Decimal("200.00")),
    ]


def test_amounts_per_year_that_do_not_add_up_are_refused():
    stream = FundingStreamFactory(
        amount=Decimal("300.00"), start_date=D(2024, 1, 1), end_date=D(2025, 12, 31)
    )

    with pytest.raises(ValidationError) as excinfo, translation.override("en"):
        funding_stream_amounts_set(
            stream=stream,
            amounts=[(2024, Decimal("100.00")), (2025, Decimal("100.00"))],
        )

    assert _messages(excinfo.value) == [
        "The amounts per year add up to 200.00, not to the stream's amount of 300.00."
    ]


def test_a_year_is_given_once():
    stream = FundingStreamFactory(
        amount=Decimal("300.00"),
        start_date=D(2024, 1, 1),
        end_date=D(2025, 12, 31),
        amounts=[(2024, Decimal("300.00"))],
    )
    again = FundingAmount(stream=stream, year=2024, amount=Decimal("0.00"))

    assert_refused_by_validation(
        again, "This stream already has an amount for this year."
    )
    assert_refused_by_database(again)


def test_a_yearly_amount_cannot_be_negative():
    stream = FundingStreamFactory()
    row = FundingAmount(stream=stream, year=2025, amount=Decimal("-1.00"))

    assert_refused_by_validation(row, "The amount cannot be negative.")
    assert_refused_by_database(row)


def test_a_year_outside_the_streams_period_is_refused():
    stream = FundingStreamFactory(start_date=D(2025, 1, 1), end_date=D(2025, 12, 31))
    row = FundingAmount(stream=stream, year=2026, amount=Decimal("1.00"))

    assert_refused_by_validation(row, "The year lies outside the stream's period.")

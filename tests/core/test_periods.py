"""Every record with a period answers "does it hold on day D?" the same way:
yes, no or unknown, at the edges of each boundary's window."""

import datetime

import pytest

from apps.core.constants import Holds, Precision
from apps.core.periods import PartialDate, period_values
from apps.parties.models import Membership
from apps.roles.models import RoleAssignment
from tests.parties.factories import MembershipFactory, PartyFactory
from tests.roles.factories import RoleAssignmentFactory

pytestmark = pytest.mark.django_db

D = datetime.date


def _answer(membership: Membership, day: datetime.date) -> Holds:
    """The answer in memory, checked against the database's for the same day."""
    certain = Membership.objects.active_on(day).filter(pk=membership.pk).exists()
    possible = (
        Membership.objects.active_on(day, "possible").filter(pk=membership.pk).exists()
    )
    annotated = Membership.objects.with_holds_on(day).get(pk=membership.pk).holds
    in_memory = membership.holds_on(day)
    expected = Holds.YES if certain else Holds.UNKNOWN if possible else Holds.NO
    assert in_memory == expected == annotated
    return in_memory


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("2019", D(2019, 1, 1), D(2019, 12, 31), Precision.YEAR),
        ("2019-06", D(2019, 6, 1), D(2019, 6, 30), Precision.MONTH),
        ("2020-02", D(2020, 2, 1), D(2020, 2, 29), Precision.MONTH),
        ("2019-06-15", D(2019, 6, 15), D(2019, 6, 15), Precision.DAY),
    ],
)
def test_a_partial_date_is_the_window_it_names(text, earliest, latest, precision):
    parsed = PartialDate.parse(text)

    assert (parsed.earliest, parsed.latest, parsed.precision) == (
        earliest,
        latest,
        precision,
    )
    assert str(parsed) == text


@pytest.mark.parametrize(
    "text", ["19", "2019-13", "2019-02-30", "2019/06", "juni 2019"]
)
def test_anything_else_is_not_a_partial_date(text):
    with pytest.raises(ValueError):  # noqa: PT011
        PartialDate.parse(text)


@pytest.mark.parametrize(
    ("day", "answer"),
    [
        (D(2019, 5, 31), Holds.NO),
        (D(2019, 6, 1), Holds.UNKNOWN),
        (D(2019, 6, 29), Holds.UNKNOWN),
        (D(2019, 6, 30), Holds.YES),
    ],
)
def test_a_start_known_to_the_month_is_uncertain_within_that_month(day, answer):
    membership = MembershipFactory(start="2019-06")

    assert _answer(membership, day) == answer


@pytest.mark.parametrize(
    ("day", "answer"),
    [
        (D(2018, 12, 31), Holds.NO),
        (D(2019, 1, 1), Holds.UNKNOWN),
        (D(2019, 12, 30), Holds.UNKNOWN),
        (D(2019, 12, 31), Holds.YES),
    ],
)
def test_a_start_known_to_the_year_is_uncertain_within_that_year(day, answer):
    membership = MembershipFactory(start="2019")

    assert _answer(membership, day) == answer


@pytest.mark.parametrize(
    ("day", "answer"),
    [(D(2019, 6, 14), Holds.NO), (D(2019, 6, 15), Holds.YES)],
)
def test_a_start_known_to_the_day_holds_from_that_day(day, answer):
    membership = MembershipFactory(start=D(2019, 6, 15))

    assert _answer(membership, day) == answer


@pytest.mark.parametrize(
    ("day", "answer"),
    [
        (D(1900, 1, 1), Holds.UNKNOWN),
        (D(2018, 5, 29), Holds.UNKNOWN),
        (D(2018, 5, 30), Holds.YES),
    ],
)
def test_an_unknown_start_is_certain_only_from_the_day_it_is_known_since(day, answer):
    membership = MembershipFactory(start=None, known_since=D(2018, 5, 30))

    assert _answer(membership, day) == answer


@pytest.mark.parametrize(
    ("day", "answer"),
    [(D(2024, 12, 31), Holds.YES), (D(2025, 1, 1), Holds.NO)],
)
def test_an_end_known_to_the_day_holds_through_that_day(day, answer):
    membership = MembershipFactory(start="2020", end=D(2024, 12, 31))

    assert _answer(membership, day) == answer


@pytest.mark.parametrize(
    ("day", "answer"),
    [
        (D(2024, 6, 1), Holds.YES),
        (D(2024, 6, 2), Holds.UNKNOWN),
        (D(2024, 6, 30), Holds.UNKNOWN),
        (D(2024, 7, 1), Holds.NO),
    ],
)
def test_an_end_known_to_the_month_is_uncertain_within_that_month(day, answer):
    membership = MembershipFactory(start="2020", end="2024-06")

    assert _answer(membership, day) == answer


@pytest.mark.parametrize(
    ("day", "answer"),
    [
        (D(2024, 1, 1), Holds.YES),
        (D(2024, 1, 2), Holds.UNKNOWN),
        (D(2024, 12, 31), Holds.UNKNOWN),
        (D(2025, 1, 1), Holds.NO),
    ],
)
def test_an_end_known_to_the_year_is_uncertain_within_that_year(day, answer):
    membership = MembershipFactory(start="2020", end="2024")

    assert _answer(membership, day) == answer


@pytest.mark.parametrize(
    ("day", "answer"),
    [
        (D(2024, 3, 1), Holds.YES),
        (D(2024, 3, 2), Holds.UNKNOWN),
        (D(2100, 1, 1), Holds.UNKNOWN),
    ],
)
def test_an_unknown_end_is_certain_only_until_it_was_last_confirmed(day, answer):
    membership = MembershipFactory(
        start="2020", end_state=Precision.UNKNOWN, last_confirmed=D(2024, 3, 1)
    )

    assert _answer(membership, day) == answer


@pytest.mark.parametrize("day", [D(2020, 1, 1), D(2100, 1, 1)])
def test_a_period_still_going_holds_from_its_start_on(day):
    membership = MembershipFactory(start=D(2020, 1, 1), end_state=Precision.ONGOING)

    assert _answer(membership, day) == Holds.YES


def test_still_going_is_explicit_not_an_empty_end():
    with pytest.raises(Exception) as excinfo:  # noqa: PT011
        period_values(start="2020", end=None, end_state=None)

    assert "end_state" in excinfo.value.message_dict


def test_an_unknown_start_needs_the_day_it_is_known_since():
    with pytest.raises(Exception) as excinfo:  # noqa: PT011
        period_values(start=None, end_state=Precision.ONGOING)

    assert "known_since" in excinfo.value.message_dict


def test_an_unknown_end_needs_the_day_it_was_last_confirmed():
    with pytest.raises(Exception) as excinfo:  # noqa: PT011
        period_values(start="2020", end_state=Precision.UNKNOWN)

    assert "last_confirmed" in excinfo.value.message_dict


def test_overlapping_finds_periods_that_certainly_share_a_day():
    early = MembershipFactory(start=D(2020, 1, 1), end=D(2020, 12, 31))
    late = MembershipFactory(start=D(2021, 1, 1))
    vague = MembershipFactory(start="2019", end="2019")

    certain = set(Membership.objects.overlapping(D(2020, 12, 31), D(2021, 1, 1)))
    possible = set(Membership.objects.overlapping(D(2019, 6, 1), None, "possible"))

    assert certain == {early, late}
    assert possible == {early, late, vague}


def _foundation_role(**party_period: object) -> RoleAssignment:
    """A role whose start is unknown (known since 2021-01-01), held by a party
    with the given existence."""
    party = PartyFactory(**party_period)
    return RoleAssignmentFactory(party=party, start=None, known_since=D(2021, 1, 1))


def _role_answer(role: RoleAssignment, day: datetime.date) -> Holds:
    """The answer in memory, checked against the database's for the same day."""
    certain = RoleAssignment.objects.active_on(day).filter(pk=role.pk).exists()
    possible = (
        RoleAssignment.objects.active_on(day, "possible").filter(pk=role.pk).exists()
    )
    annotated = RoleAssignment.objects.with_holds_on(day).get(pk=role.pk).holds
    in_memory = role.holds_on(day)
    expected = Holds.YES if certain else Holds.UNKNOWN if possible else Holds.NO
    assert in_memory == expected == annotated
    return in_memory


@pytest.mark.parametrize(
    ("day", "answer"),
    [
        (D(2010, 6, 1), Holds.NO),
        (D(2019, 2, 28), Holds.NO),
        (D(2019, 3, 1), Holds.UNKNOWN),
        (D(2020, 12, 31), Holds.UNKNOWN),
        (D(2021, 1, 1), Holds.YES),
    ],
)
def test_a_fact_with_an_unknown_start_cannot_hold_before_its_party_exists(day, answer):
    role = _foundation_role(start=D(2019, 3, 1), end_state="ongoing")

    assert _role_answer(role, day) == answer


@pytest.mark.parametrize(
    ("day", "answer"),
    [
        (D(2018, 12, 31), Holds.NO),
        (D(2019, 1, 1), Holds.UNKNOWN),
        (D(2019, 12, 31), Holds.UNKNOWN),
    ],
)
def test_a_party_founded_in_a_year_bounds_the_fact_by_that_year(day, answer):
    role = _foundation_role(start="2019", end_state="ongoing")

    assert _role_answer(role, day) == answer


@pytest.mark.parametrize(
    ("day", "answer"),
    [
        (D(2024, 6, 30), Holds.UNKNOWN),
        (D(2024, 7, 1), Holds.NO),
    ],
)
def test_a_fact_with_an_unknown_end_cannot_hold_after_its_party_ceased(day, answer):
    party = PartyFactory(start=D(2000, 1, 1), end=D(2024, 6, 30))
    role = RoleAssignmentFactory(
        party=party,
        start=D(2010, 1, 1),
        end_state="unknown",
        last_confirmed=D(2023, 1, 1),
    )

    assert _role_answer(role, day) == answer


def test_possibly_overlapping_facts_are_bounded_by_their_partys_existence():
    role = _foundation_role(start=D(2019, 3, 1), end_state="ongoing")
    possibly = RoleAssignment.objects.overlapping(
        D(2015, 1, 1), D(2018, 12, 31), "possible"
    )

    assert role not in possibly
    assert role in RoleAssignment.objects.overlapping(
        D(2015, 1, 1), D(2019, 3, 1), "possible"
    )


def test_possibly_overlapping_all_of_time_finds_every_record():
    role = _foundation_role(start=D(2019, 3, 1), end_state="ongoing")

    assert role in RoleAssignment.objects.overlapping(None, None, "possible")

"""Every record with a period answers "in force on a date?" the same way."""

import datetime

import pytest

from apps.parties.models import Membership
from tests.parties.factories import MembershipFactory

pytestmark = pytest.mark.django_db

DAY = datetime.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("start", "end", "active"),
    [
        (None, None, True),
        (datetime.date(2024, 6, 1), None, True),
        (None, datetime.date(2024, 6, 1), True),
        (datetime.date(2024, 6, 2), None, False),
        (None, datetime.date(2024, 5, 31), False),
        (datetime.date(2020, 1, 1), datetime.date(2030, 1, 1), True),
    ],
)
def test_active_on_includes_both_ends_and_treats_empty_dates_as_open(
    start, end, active
):
    membership = MembershipFactory(start_date=start, end_date=end)

    in_queryset = Membership.objects.active_on(DAY).filter(pk=membership.pk).exists()

    assert in_queryset is active
    assert membership.is_active_on(DAY) is active


def test_overlapping_finds_periods_sharing_a_day():
    early = MembershipFactory(
        start_date=datetime.date(2020, 1, 1), end_date=datetime.date(2020, 12, 31)
    )
    late = MembershipFactory(start_date=datetime.date(2021, 1, 1))

    found = set(
        Membership.objects.overlapping(
            datetime.date(2020, 12, 31), datetime.date(2021, 1, 1)
        )
    )

    assert found == {early, late}
    assert (
        not Membership.objects.overlapping(
            datetime.date(2019, 1, 1), datetime.date(2019, 12, 31)
        )
        .filter(pk=early.pk)
        .exists()
    )

"""Reads on reliability reviews."""

import datetime

import pytest

from apps.goals.models import Review
from tests.goals.factories import ReviewFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("day", "current"),
    [
        (datetime.date(2025, 10, 15), False),
        (datetime.date(2025, 10, 16), True),
        (datetime.date(2026, 4, 16), True),
        (datetime.date(2026, 4, 17), False),
    ],
)
def test_a_review_is_current_from_the_day_held_until_the_next_is_due(day, current):
    review = ReviewFactory(
        held_on=datetime.date(2025, 10, 16), next_review_due=datetime.date(2026, 4, 16)
    )

    assert Review.objects.current_on(day).filter(pk=review.pk).exists() is current


def test_a_review_without_a_next_due_date_stays_current():
    review = ReviewFactory(next_review_due=None)

    assert Review.objects.current_on(datetime.date(2040, 1, 1)).get() == review

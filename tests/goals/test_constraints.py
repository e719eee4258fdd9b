"""The register's rules on reliability goals, reviews and scores."""

import datetime
from decimal import Decimal

import pytest

from tests.goals.factories import (
    GoalProgressFactory,
    ImprovementGoalFactory,
    ReliabilityScoreFactory,
    ReliabilityThemeFactory,
    ReviewFactory,
)
from tests.helpers import (
    assert_refused_by_database,
    assert_refused_by_validation,
    change,
)

pytestmark = pytest.mark.django_db


def test_progress_is_a_percentage():
    goal = change(ImprovementGoalFactory(), progress=101)

    assert_refused_by_validation(
        goal, "Ensure this value is less than or equal to 100."
    )
    assert_refused_by_database(goal)


@pytest.mark.parametrize("axis", ["x", "y"])
def test_a_score_lies_between_zero_and_one(axis):
    score = change(ReliabilityScoreFactory(), **{axis: Decimal("1.50")})

    assert_refused_by_validation(score, "Ensure this value is less than or equal to 1.")
    assert_refused_by_database(score)


def test_a_review_scores_a_dimension_once_per_scenario():
    score = ReliabilityScoreFactory()
    duplicate = ReliabilityScoreFactory.build(
        review=score.review, dimension=score.dimension, scenario=score.scenario
    )

    assert_refused_by_validation(
        duplicate, "This review already scores this dimension for this scenario."
    )
    assert_refused_by_database(duplicate)


def test_the_next_review_is_due_after_the_review():
    review = change(ReviewFactory(), next_review_due=datetime.date(2025, 1, 1))

    assert_refused_by_validation(
        review, "The next review is due after this review was held."
    )
    assert_refused_by_database(review)


def test_a_review_records_a_goal_once():
    progress = GoalProgressFactory()
    duplicate = GoalProgressFactory.build(review=progress.review, goal=progress.goal)

    assert_refused_by_validation(
        duplicate, "This review already records this goal's progress."
    )
    assert_refused_by_database(duplicate)


def test_two_themes_cannot_share_a_slug():
    ReliabilityThemeFactory(slug="documentation")
    duplicate = ReliabilityThemeFactory.build(slug="documentation")

    assert_refused_by_validation(duplicate, "A theme with this slug already exists.")
    assert_refused_by_database(duplicate)


def test_overdue_goals_are_open_goals_past_their_target_date():
    overdue = ImprovementGoalFactory(target_date=datetime.date(2025, 1, 1))
    ImprovementGoalFactory(target_date=datetime.date(2025, 1, 1), status="achieved")
    ImprovementGoalFactory(target_date=datetime.date(2027, 1, 1))

    found = list(type(overdue).objects.overdue_on(datetime.date(2026, 1, 1)))

    assert found == [overdue]

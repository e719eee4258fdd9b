import datetime
from decimal import Decimal

import factory

from apps.goals.constants import GoalStatus, ScoreScenario
from apps.goals.models import (
    GoalProgress,
    ImprovementGoal,
    ReliabilityDimension,
    ReliabilityScore,
    ReliabilityTheme,
    Review,
)
from tests.core.factories import PublishedFactory
from tests.period_factory import PeriodFactory


class ReliabilityThemeFactory(PublishedFactory):
    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    rationale = "It makes the ecosystem more reliable."

    class Meta:
        model = ReliabilityTheme


class ImprovementGoalFactory(PeriodFactory):
    theme = factory.SubFactory(ReliabilityThemeFactory)
    title = factory.Sequence(lambda n: f"Goal {n}")
    status = GoalStatus.IN_PROGRESS
    target_date = datetime.date(2026, 6, 30)

    class Meta:
        model = ImprovementGoal


class ReliabilityDimensionFactory(PublishedFactory):
    name = factory.Sequence(lambda n: f"Dimension {n}")
    slug = factory.Sequence(lambda n: f"dimension-{n}")
    x_axis_low = "low"
    x_axis_high = "high"
    y_axis_low = "low"
    y_axis_high = "high"

    class Meta:
        model = ReliabilityDimension


class ReviewFactory(PublishedFactory):
    title = factory.Sequence(lambda n: f"Review {n}")
    held_on = datetime.date(2025, 10, 16)
    next_review_due = datetime.date(2026, 4, 16)

    class Meta:
        model = Review


class ReliabilityScoreFactory(factory.django.DjangoModelFactory):
    review = factory.SubFactory(ReviewFactory)
    dimension = factory.SubFactory(ReliabilityDimensionFactory)
    scenario = ScoreScenario.CURRENT
    x = Decimal("0.30")
    y = Decimal("0.30")

    class Meta:
        model = ReliabilityScore


class GoalProgressFactory(factory.django.DjangoModelFactory):
    review = factory.SubFactory(ReviewFactory)
    goal = factory.SubFactory(ImprovementGoalFactory)
    status = GoalStatus.IN_PROGRESS
    progress = 50

    class Meta:
        model = GoalProgress

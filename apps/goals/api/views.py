from django.db.models import Prefetch

from apps.core.api.provenance import citations_prefetch
from apps.core.api.views import RegisterViewSet
from apps.goals.models import (
    GoalProgress,
    ImprovementGoal,
    ReliabilityDimension,
    ReliabilityScore,
    ReliabilityTheme,
    Review,
)

from .filters import (
    ImprovementGoalFilterSet,
    ReliabilityDimensionFilterSet,
    ReliabilityThemeFilterSet,
    ReviewFilterSet,
)
from .serializers import (
    ImprovementGoalSerializer,
    ReliabilityDimensionSerializer,
    ReliabilityThemeSerializer,
    ReviewSerializer,
)


class ReliabilityThemeViewSet(RegisterViewSet):
    """Reliability themes ("bedrijfszekerheidsdoelen"): what helps the ecosystem's
    reliability, and why."""

    queryset = ReliabilityTheme.objects.select_related("component").prefetch_related(
        citations_prefetch()
    )
    serializer_class = ReliabilityThemeSerializer
    filterset_class = ReliabilityThemeFilterSet


class ImprovementGoalViewSet(RegisterViewSet):
    """Improvement goals under a theme: owner, status, target date, progress, and
    the contracts and roles that carry them out. ``overdueOn`` lists open goals
    past their target date."""

    queryset = ImprovementGoal.objects.select_related(
        "theme", "owner"
    ).prefetch_related("contracts", "role_assignments", citations_prefetch())
    serializer_class = ImprovementGoalSerializer
    filterset_class = ImprovementGoalFilterSet


class ReliabilityDimensionViewSet(RegisterViewSet):
    """Reliability dimensions: how the reliability factor is scored, as a point on
    two axes (0 to 1) per dimension."""

    queryset = ReliabilityDimension.objects.prefetch_related(citations_prefetch())
    serializer_class = ReliabilityDimensionSerializer
    filterset_class = ReliabilityDimensionFilterSet


class ReviewViewSet(RegisterViewSet):
    """Reviews: the coordinator's periodic (6-monthly) reviews of the ecosystem,
    with the reliability scores and each goal's progress at that moment."""

    queryset = Review.objects.select_related(
        "component", "coordinator"
    ).prefetch_related(
        Prefetch(
            "scores",
            queryset=ReliabilityScore.objects.select_related("dimension"),
        ),
        Prefetch("goal_progress", queryset=GoalProgress.objects.select_related("goal")),
        citations_prefetch(),
    )
    serializer_class = ReviewSerializer
    filterset_class = ReviewFilterSet

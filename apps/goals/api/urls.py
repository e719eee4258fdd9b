from .views import (
    ImprovementGoalViewSet,
    ReliabilityDimensionViewSet,
    ReliabilityThemeViewSet,
    ReviewViewSet,
)

routes = [
    ("reliability-themes", ReliabilityThemeViewSet, "reliabilitytheme"),
    ("improvement-goals", ImprovementGoalViewSet, "improvementgoal"),
    ("reliability-dimensions", ReliabilityDimensionViewSet, "reliabilitydimension"),
    ("reviews", ReviewViewSet, "review"),
]

from django.db.models import QuerySet

from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from apps.components.models import Component
from apps.core.api.filters import PeriodFilterSet, ordering_filter, uuid_filter
from apps.goals.constants import GoalStatus
from apps.goals.models import ImprovementGoal, ReliabilityTheme, Review
from apps.parties.models import Party


class ReliabilityThemeFilterSet(filters.FilterSet):
    component = uuid_filter(Component, "Only themes of this component (UUID).")
    slug = filters.CharFilter()
    ordering = ordering_filter("position", "name")

    class Meta:
        model = ReliabilityTheme
        fields: list[str] = []


class ImprovementGoalFilterSet(PeriodFilterSet):
    theme = uuid_filter(ReliabilityTheme, "Only goals under this theme (UUID).")
    owner = uuid_filter(Party, "Only goals owned by this party (UUID).")
    status = filters.ChoiceFilter(choices=GoalStatus.choices)
    overdue_on = filters.DateFilter(
        method="filter_overdue_on",
        help_text="Only open goals whose target date lies before this date.",
    )
    target_date_from = filters.DateFilter(field_name="target_date", lookup_expr="gte")
    target_date_to = filters.DateFilter(field_name="target_date", lookup_expr="lte")
    ordering = ordering_filter("target_date", "progress", "position")

    class Meta:
        model = ImprovementGoal
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.DATE)
    def filter_overdue_on(
        self, queryset: QuerySet, name: str, value: object
    ) -> QuerySet:
        return queryset.overdue_on(value)


class ReviewFilterSet(filters.FilterSet):
    component = uuid_filter(Component, "Only reviews of this component (UUID).")
    held_from = filters.DateFilter(field_name="held_on", lookup_expr="gte")
    held_to = filters.DateFilter(field_name="held_on", lookup_expr="lte")
    active_on = filters.DateFilter(
        method="filter_active_on",
        help_text="Only the reviews current on this date (held, next not yet due).",
    )
    ordering = ordering_filter("held_on")

    class Meta:
        model = Review
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.DATE)
    def filter_active_on(
        self, queryset: QuerySet, name: str, value: object
    ) -> QuerySet:
        return queryset.active_on(value)

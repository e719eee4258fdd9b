from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from apps.components.models import Component
from apps.contracts.models import Contract
from apps.core.api.filters import (
    CitedFilterSet,
    IsoDateFilter,
    PeriodFilterSet,
    ordering_filter,
    uuid_filter,
)
from apps.goals.constants import GoalStatus
from apps.goals.models import ImprovementGoal, ReliabilityTheme, Review
from apps.parties.models import Party
from apps.roles.models import RoleAssignment


class ReliabilityThemeFilterSet(CitedFilterSet):
    component = uuid_filter(Component, _("Only themes of this component (UUID)."))
    slug = filters.CharFilter()
    ordering = ordering_filter("position", "name")

    class Meta:
        model = ReliabilityTheme
        fields: list[str] = []


class ImprovementGoalFilterSet(PeriodFilterSet, CitedFilterSet):
    theme = uuid_filter(ReliabilityTheme, _("Only goals under this theme (UUID)."))
    owner = uuid_filter(Party, _("Only goals owned by this party (UUID)."))
    contract = uuid_filter(
        Contract,
        _("Only goals this contract carries out (UUID)."),
        field_name="contracts",
    )
    role_assignment = uuid_filter(
        RoleAssignment,
        _("Only goals this role assignment carries out (UUID)."),
        field_name="role_assignments",
    )
    status = filters.ChoiceFilter(choices=GoalStatus.choices)
    overdue_on = IsoDateFilter(
        method="filter_overdue_on",
        help_text=_("Only open goals whose target date lies before this date."),
    )
    target_date_from = IsoDateFilter(field_name="target_date", lookup_expr="gte")
    target_date_to = IsoDateFilter(field_name="target_date", lookup_expr="lte")
    ordering = ordering_filter("target_date", "progress", "position")

    class Meta:
        model = ImprovementGoal
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.DATE)
    def filter_overdue_on(
        self, queryset: QuerySet, name: str, value: object
    ) -> QuerySet:
        return queryset.overdue_on(value)


class ReviewFilterSet(CitedFilterSet):
    component = uuid_filter(Component, _("Only reviews of this component (UUID)."))
    coordinator = uuid_filter(Party, _("Only reviews held by this coordinator (UUID)."))
    held_from = IsoDateFilter(field_name="held_on", lookup_expr="gte")
    held_to = IsoDateFilter(field_name="held_on", lookup_expr="lte")
    active_on = IsoDateFilter(
        method="filter_active_on",
        help_text=_("Only the reviews current on this date (held, next not yet due)."),
    )
    ordering = ordering_filter("held_on")

    class Meta:
        model = Review
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.DATE)
    def filter_active_on(
        self, queryset: QuerySet, name: str, value: object
    ) -> QuerySet:
        return queryset.current_on(value)

from django.utils.translation import gettext_lazy as _

from django_filters import rest_framework as filters

from apps.components.models import Component
from apps.core.api.filters import (
    PERIOD_ORDERING,
    PeriodFilterSet,
    StrictBooleanFilter,
    ordering_filter,
    uuid_filter,
)
from apps.core.api.provenance import CitedFilterSet
from apps.parties.api.filters import OnBehalfOfFilterSet
from apps.parties.constants import PartyKind
from apps.parties.models import Party
from apps.roles.models import RoleAssignment, RoleType


class RoleTypeFilterSet(CitedFilterSet):
    slug = filters.CharFilter()
    incompatible_with = uuid_filter(
        RoleType,
        _("Only role types that must not be combined with this one (UUID)."),
        field_name="incompatible_with",
    )
    required_per_component = StrictBooleanFilter()
    ordering = ordering_filter("position", "name")

    class Meta:
        model = RoleType
        fields: list[str] = []


class RoleAssignmentFilterSet(OnBehalfOfFilterSet, PeriodFilterSet, CitedFilterSet):
    party = uuid_filter(Party, _("Only roles held by this party (UUID)."))
    party_kind = filters.ChoiceFilter(
        field_name="party__kind",
        choices=PartyKind.choices,
        help_text=_("Kind of holder."),
    )
    role_type = uuid_filter(RoleType, _("Only roles of this role type (UUID)."))
    component = uuid_filter(Component, _("Only roles for this component (UUID)."))
    ordering = ordering_filter(*PERIOD_ORDERING)

    class Meta:
        model = RoleAssignment
        fields: list[str] = []

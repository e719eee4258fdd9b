from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from django_filters import rest_framework as filters

from apps.components.models import Component, Ecosystem
from apps.contracts.models import Contract, Lot, WorkCategory
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
from apps.roles.constants import AssignmentStatus, ContractBasis, RoleScope
from apps.roles.models import GoverningBody, RoleAssignment, RoleRequirement, RoleType


class RoleTypeFilterSet(CitedFilterSet):
    slug = filters.CharFilter()
    incompatible_with = uuid_filter(
        RoleType,
        _("Only role types that must not be combined with this one (UUID)."),
        field_name="incompatible_with",
    )
    scope = filters.ChoiceFilter(choices=RoleScope.choices)
    required_by_default = StrictBooleanFilter()
    work_category = uuid_filter(
        WorkCategory, _("Only role types whose work is of this category (UUID).")
    )
    search = filters.CharFilter(
        method="filter_search",
        help_text=_("Text in the name, an alias or a former name."),
    )
    ordering = ordering_filter("position", "name")

    class Meta:
        model = RoleType
        fields: list[str] = []

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            Q(name__icontains=value) | Q(other_names__name__icontains=value)
        ).distinct()


class RoleRequirementFilterSet(CitedFilterSet):
    role_type = uuid_filter(RoleType, _("Only requirements of this role type (UUID)."))
    component = uuid_filter(Component, _("Only requirements of this component (UUID)."))
    ecosystem = uuid_filter(Ecosystem, _("Only requirements of this ecosystem (UUID)."))
    required = StrictBooleanFilter()
    ordering = ordering_filter(("role_type__position", "position"))

    class Meta:
        model = RoleRequirement
        fields: list[str] = []


class GoverningBodyFilterSet(CitedFilterSet):
    slug = filters.CharFilter()
    component = uuid_filter(
        Component, _("Only bodies governing this component (UUID).")
    )
    ecosystem = uuid_filter(
        Ecosystem, _("Only bodies governing this ecosystem (UUID).")
    )
    majority_cap = StrictBooleanFilter()
    ordering = ordering_filter("name")

    class Meta:
        model = GoverningBody
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
    ecosystem = uuid_filter(Ecosystem, _("Only roles for this ecosystem (UUID)."))
    body = uuid_filter(GoverningBody, _("Only seats on this governing body (UUID)."))
    status = filters.ChoiceFilter(
        choices=AssignmentStatus.choices,
        help_text=_("current (held) or intended (agreed to be held)."),
    )
    carried_out_under_contract = uuid_filter(
        Contract,
        _("Only roles carried out under this contract, or one of its lots (UUID)."),
        method="filter_carried_out_under_contract",
    )
    carried_out_under_lot = uuid_filter(
        Lot,
        _("Only roles carried out under this lot, or its whole contract (UUID)."),
        method="filter_carried_out_under_lot",
    )
    contract_basis = filters.ChoiceFilter(
        choices=ContractBasis.choices,
        method="filter_contract_basis",
        help_text=_(
            "What the role is carried out under: under_contract, "
            "other_work_category or without_contract."
        ),
    )
    ordering = ordering_filter(*PERIOD_ORDERING)

    class Meta:
        model = RoleAssignment
        fields: list[str] = []

    def filter_carried_out_under_contract(
        self, queryset: QuerySet, name: str, value: Contract
    ) -> QuerySet:
        return queryset.filter(
            Q(pk__in=value.role_assignments.values("pk"))
            | Q(carried_out_under_lots__contract=value)
        ).distinct()

    def filter_carried_out_under_lot(
        self, queryset: QuerySet, name: str, value: Lot
    ) -> QuerySet:
        return queryset.filter(
            Q(pk__in=value.role_assignments.values("pk"))
            | Q(carried_out_under_contracts=value.contract_id)
        ).distinct()

    def filter_contract_basis(
        self, queryset: QuerySet, name: str, value: str
    ) -> QuerySet:
        return queryset.with_contract_basis_of(value)

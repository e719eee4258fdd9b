from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from apps.components.models import Component
from apps.contracts.constants import ContractStatus, ContractType
from apps.contracts.models import Contract, WorkCategory
from apps.core.api.filters import (
    PERIOD_ORDERING,
    PeriodFilterSet,
    ordering_filter,
    uuid_filter,
)
from apps.core.api.provenance import CitedFilterSet
from apps.parties.api.filters import OnBehalfOfFilterSet
from apps.parties.models import Party


class WorkCategoryFilterSet(CitedFilterSet):
    slug = filters.CharFilter()
    ordering = ordering_filter("name")

    class Meta:
        model = WorkCategory
        fields: list[str] = []


class ContractFilterSet(OnBehalfOfFilterSet, PeriodFilterSet, CitedFilterSet):
    client = uuid_filter(Party, _("Only contracts with this client (UUID)."))
    contractor = uuid_filter(Party, _("Only contracts with this contractor (UUID)."))
    party = uuid_filter(
        Party,
        _("Only contracts with this party as client or contractor (UUID)."),
        method="filter_party",
    )
    component = uuid_filter(Component, _("Only contracts for this component (UUID)."))
    work_category = uuid_filter(
        WorkCategory, _("Only contracts for this kind of work (UUID).")
    )
    predecessor = uuid_filter(Contract, _("Only contracts continuing this one (UUID)."))
    contract_type = filters.ChoiceFilter(choices=ContractType.choices)
    status = filters.ChoiceFilter(choices=ContractStatus.choices)
    value_min = filters.NumberFilter(
        field_name="value",
        lookup_expr="gte",
        help_text=_("Only values of at least this."),
    )
    value_max = filters.NumberFilter(
        field_name="value",
        lookup_expr="lte",
        help_text=_("Only values of at most this."),
    )
    search = filters.CharFilter(
        method="filter_search",
        help_text=_("Text in the title, description, procurement reference or lot."),
    )
    ordering = ordering_filter(*PERIOD_ORDERING, "value", "title")

    class Meta:
        model = Contract
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.UUID)
    def filter_party(self, queryset: QuerySet, name: str, value: Party) -> QuerySet:
        return queryset.filter(Q(client=value) | Q(contractor=value))

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            Q(title__icontains=value)
            | Q(description__icontains=value)
            | Q(procurement_reference__icontains=value)
            | Q(lot__icontains=value)
        )

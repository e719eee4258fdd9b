from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from apps.components.models import Component
from apps.contracts.constants import ContractStatus, ContractType
from apps.contracts.models import Contract, Lot, WorkCategory
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
    component = uuid_filter(
        Component,
        _("Only contracts covering this component (UUID)."),
        method="filter_component",
    )
    work_category = uuid_filter(
        WorkCategory,
        _("Only contracts with a lot of this kind of work (UUID)."),
        method="filter_lots",
    )
    predecessor = uuid_filter(Contract, _("Only contracts continuing this one (UUID)."))
    contract_type = filters.ChoiceFilter(
        choices=ContractType.choices,
        method="filter_lots",
        help_text=_("Only contracts with a lot of this type."),
    )
    status = filters.ChoiceFilter(
        choices=ContractStatus.choices,
        method="filter_status",
        help_text=_(
            "Only contracts with this status today, derived from their dates; "
            "with certainty=possible also those whose uncertain dates allow it."
        ),
    )
    value_min = filters.NumberFilter(
        field_name="value_total_amount",
        lookup_expr="gte",
        help_text=_("Only contracts whose lots' known values add up to at least this."),
    )
    value_max = filters.NumberFilter(
        field_name="value_total_amount",
        lookup_expr="lte",
        help_text=_("Only contracts whose lots' known values add up to at most this."),
    )
    search = filters.CharFilter(
        method="filter_search",
        help_text=_(
            "Text in the title, description, procurement reference or a lot's name."
        ),
    )
    ordering = ordering_filter(
        *PERIOD_ORDERING, ("value_total_amount", "valueTotal"), "title"
    )

    class Meta:
        model = Contract
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.UUID)
    def filter_party(self, queryset: QuerySet, name: str, value: Party) -> QuerySet:
        return queryset.filter(Q(client=value) | Q(contractor=value))

    @extend_schema_field(OpenApiTypes.UUID)
    def filter_component(
        self, queryset: QuerySet, name: str, value: Component
    ) -> QuerySet:
        return queryset.filter(
            Exists(
                Contract.components.through.objects.filter(
                    contract=OuterRef("pk"), component=value
                )
            )
        )

    def filter_lots(self, queryset: QuerySet, name: str, value: object) -> QuerySet:
        return queryset.with_lots_where(**{name: value})

    def filter_status(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.in_status(value, certainty=self.certainty_value)

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            Q(title__icontains=value)
            | Q(description__icontains=value)
            | Q(procurement_reference__icontains=value)
            | Exists(Lot.objects.filter(contract=OuterRef("pk"), name__icontains=value))
        )


class LotFilterSet(OnBehalfOfFilterSet, PeriodFilterSet, CitedFilterSet):
    contract = uuid_filter(Contract, _("Only lots of this contract (UUID)."))
    work_category = uuid_filter(
        WorkCategory, _("Only lots of this kind of work (UUID).")
    )
    contract_type = filters.ChoiceFilter(choices=ContractType.choices)
    predecessor = uuid_filter(Lot, _("Only lots continuing this one (UUID)."))
    search = filters.CharFilter(
        method="filter_search",
        help_text=_("Text in the name, service levels or codebase state."),
    )
    ordering = ordering_filter(*PERIOD_ORDERING, "value", "name")

    class Meta:
        model = Lot
        fields: list[str] = []

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            Q(name__icontains=value)
            | Q(sla__icontains=value)
            | Q(codebase_state__icontains=value)
        )

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from apps.components.models import Component
from apps.contracts.models import Contract, Lot, WorkCategory
from apps.core.api.filters import (
    PERIOD_ORDERING,
    PeriodFilterSet,
    ordering_filter,
    uuid_filter,
)
from apps.core.api.provenance import CitedFilterSet
from apps.funding.models import FundingHop, FundingStream
from apps.parties.api.filters import OnBehalfOfFilterSet
from apps.parties.models import Party


class FundingStreamFilterSet(OnBehalfOfFilterSet, PeriodFilterSet, CitedFilterSet):
    funder = uuid_filter(Party, _("Only money from this party (UUID)."))
    recipient = uuid_filter(Party, _("Only money to this party (UUID)."))
    intermediary = uuid_filter(
        Party,
        _("Only money passing this party, at any hop (UUID)."),
        method="filter_intermediary",
    )
    party = uuid_filter(
        Party,
        _("Only streams with this party as funder, recipient or at a hop (UUID)."),
        method="filter_party",
    )
    contract = uuid_filter(
        Contract,
        _("Only money for this contract, as a whole or for one of its lots (UUID)."),
        method="filter_contract",
    )
    lot = uuid_filter(Lot, _("Only money for this lot (UUID)."))
    work_category = uuid_filter(
        WorkCategory, _("Only money for this kind of work (UUID).")
    )
    component = uuid_filter(Component, _("Only money for this component (UUID)."))
    amount_min = filters.NumberFilter(
        field_name="amount",
        lookup_expr="gte",
        help_text=_("Only amounts of at least this."),
    )
    amount_max = filters.NumberFilter(
        field_name="amount",
        lookup_expr="lte",
        help_text=_("Only amounts of at most this."),
    )
    search = filters.CharFilter(
        method="filter_search", help_text=_("Text in the title or description.")
    )
    ordering = ordering_filter(*PERIOD_ORDERING, "amount", "title")

    class Meta:
        model = FundingStream
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.UUID)
    def filter_party(self, queryset: QuerySet, name: str, value: Party) -> QuerySet:
        return queryset.filter(
            Q(funder=value)
            | Q(recipient=value)
            | Exists(FundingHop.objects.filter(stream=OuterRef("pk"), party=value))
        )

    @extend_schema_field(OpenApiTypes.UUID)
    def filter_intermediary(
        self, queryset: QuerySet, name: str, value: Party
    ) -> QuerySet:
        return queryset.through(value)

    @extend_schema_field(OpenApiTypes.UUID)
    def filter_contract(
        self, queryset: QuerySet, name: str, value: Contract
    ) -> QuerySet:
        return queryset.filter(Q(contract=value) | Q(lot__contract=value))

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            Q(title__icontains=value) | Q(description__icontains=value)
        )

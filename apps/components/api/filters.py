from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from django_filters import rest_framework as filters

from apps.components.constants import DevelopmentStatus
from apps.components.models import Component, Ecosystem, Standard
from apps.core.api.filters import ordering_filter, uuid_filter
from apps.core.api.provenance import CitedFilterSet
from apps.parties.models import Party


class ComponentFilterSet(CitedFilterSet):
    development_status = filters.ChoiceFilter(choices=DevelopmentStatus.choices)
    licence = filters.CharFilter()
    slug = filters.CharFilter()
    standard = uuid_filter(
        Standard,
        _("Only components implementing this standard (UUID)."),
        field_name="standards",
    )
    search = filters.CharFilter(
        method="filter_search", help_text=_("Text in the name or description.")
    )
    ordering = ordering_filter("name")

    class Meta:
        model = Component
        fields: list[str] = []

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            Q(name__icontains=value) | Q(description__icontains=value)
        )


class StandardFilterSet(CitedFilterSet):
    steward = uuid_filter(Party, _("Only standards maintained by this party (UUID)."))
    ordering = ordering_filter("name")

    class Meta:
        model = Standard
        fields: list[str] = []


class EcosystemFilterSet(CitedFilterSet):
    slug = filters.CharFilter()
    component = uuid_filter(
        Component,
        _("Only ecosystems this component belongs to (UUID)."),
        field_name="components",
    )
    search = filters.CharFilter(
        method="filter_search", help_text=_("Text in the name or description.")
    )
    ordering = ordering_filter("name")

    class Meta:
        model = Ecosystem
        fields: list[str] = []

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            Q(name__icontains=value) | Q(description__icontains=value)
        )

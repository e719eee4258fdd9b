from django.utils.translation import gettext_lazy as _

from apps.components.models import Component
from apps.core.api.filters import (
    CitedFilterSet,
    IsoDateFilter,
    ordering_filter,
    uuid_filter,
)
from apps.core.api.views import RegisterViewSet
from apps.parties.models import Party
from apps.timeline.models import Event

from .serializers import EventSerializer


class EventFilterSet(CitedFilterSet):
    component = uuid_filter(Component, _("Only events of this component (UUID)."))
    party = uuid_filter(
        Party, _("Only events involving this party (UUID)."), field_name="parties"
    )
    date_from = IsoDateFilter(field_name="date", lookup_expr="gte")
    date_to = IsoDateFilter(field_name="date", lookup_expr="lte")
    ordering = ordering_filter("date")

    class Meta:
        model = Event
        fields: list[str] = []


class EventViewSet(RegisterViewSet):
    """Events: dated moments in the ecosystem's history, each citing its source."""

    queryset = Event.objects.select_related("component").prefetch_related(
        "parties", "sources"
    )
    serializer_class = EventSerializer
    filterset_class = EventFilterSet

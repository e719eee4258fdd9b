from apps.components.models import Component, Standard
from apps.core.api.provenance import citations_prefetch
from apps.core.api.views import RegisterViewSet

from .filters import ComponentFilterSet, StandardFilterSet
from .serializers import ComponentSerializer, StandardSerializer


class ComponentViewSet(RegisterViewSet):
    """Components: the public codebases the ecosystem governs, such as OpenZaak,
    with their repository, licence, documentation and the standards they implement."""

    queryset = Component.objects.prefetch_related("standards", citations_prefetch())
    serializer_class = ComponentSerializer
    filterset_class = ComponentFilterSet


class StandardViewSet(RegisterViewSet):
    """Standards that components implement, such as the VNG APIs for zaakgericht
    werken, with the party that maintains them."""

    queryset = Standard.objects.select_related("steward").prefetch_related(
        citations_prefetch()
    )
    serializer_class = StandardSerializer
    filterset_class = StandardFilterSet

from apps.components.models import Component, Ecosystem, Standard
from apps.core.api.provenance import citations_prefetch
from apps.core.api.views import RegisterViewSet

from .filters import ComponentFilterSet, EcosystemFilterSet, StandardFilterSet
from .serializers import ComponentSerializer, EcosystemSerializer, StandardSerializer


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


class EcosystemViewSet(RegisterViewSet):
    """Ecosystems: named groups of components governed together, such as a
    portfolio. Roles held per ecosystem (the coordinating party) are held for
    one; `GET /ecosystems/{uuid}/role-check` reports the rules they break."""

    queryset = Ecosystem.objects.prefetch_related("components", citations_prefetch())
    serializer_class = EcosystemSerializer
    filterset_class = EcosystemFilterSet

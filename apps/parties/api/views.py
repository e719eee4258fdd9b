from django.db.models import Prefetch

from apps.core.api.provenance import citations_prefetch
from apps.core.api.views import RegisterViewSet
from apps.parties.models import ContactPoint, Membership, Party, PartyAlias

from .filters import ContactPointFilterSet, MembershipFilterSet, PartyFilterSet
from .serializers import ContactPointSerializer, MembershipSerializer, PartySerializer


class PartyViewSet(RegisterViewSet):
    """Parties: municipalities, coalitions, vendors, hosting providers, standards
    bodies and foundations, with their official identifiers (TOOI URI, CBS code,
    OIN, KvK) and the names they are also known by."""

    # Successor, aliases and citations are shown on every row: fetch them in bulk.
    queryset = Party.objects.select_related("successor").prefetch_related(
        Prefetch("aliases", queryset=PartyAlias.objects.order_by("name")),
        citations_prefetch(),
    )
    serializer_class = PartySerializer
    filterset_class = PartyFilterSet


class MembershipViewSet(RegisterViewSet):
    """Memberships: a party belongs to an organisation (such as a coalition) for a
    period. Filter on ``organisation`` and ``activeOn`` to see whom it represents."""

    queryset = Membership.objects.select_related(
        "member", "organisation"
    ).prefetch_related(citations_prefetch())
    serializer_class = MembershipSerializer
    filterset_class = MembershipFilterSet


class ContactPointViewSet(RegisterViewSet):
    """Contact points: functional ways to reach a party (no personal data)."""

    queryset = ContactPoint.objects.select_related("party").prefetch_related(
        citations_prefetch()
    )
    serializer_class = ContactPointSerializer
    filterset_class = ContactPointFilterSet

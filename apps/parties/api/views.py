from django.db.models import Prefetch

from apps.core.api.provenance import citations_prefetch
from apps.core.api.views import RegisterViewSet
from apps.parties.models import ContactPoint, Membership, Party, PartyName

from .filters import ContactPointFilterSet, MembershipFilterSet, PartyFilterSet
from .serializers import ContactPointSerializer, MembershipSerializer, PartySerializer


class PartyViewSet(RegisterViewSet):
    """Parties: municipalities, coalitions, vendors, hosting providers, standards
    bodies and foundations, with their official identifiers (TOOI URI, CBS code,
    OIN, KvK) and their other names over time (former names with their period,
    alternative names, abbreviations); ``search`` finds a party by any of them.

    ``doneOnItsBehalf`` links to what others do and pay on the party's behalf:
    the contracts, funding streams and role assignments filtered with
    ``onBehalfOf`` on it (a coalition acting for all its members on the record's
    dates, or listing the party or a coalition it belongs to)."""

    # Successor, names and citations are shown on every row: fetch them in bulk.
    queryset = Party.objects.select_related("successor").prefetch_related(
        Prefetch("names", queryset=PartyName.objects.order_by("start_latest", "name")),
        citations_prefetch(),
    )
    serializer_class = PartySerializer
    filterset_class = PartyFilterSet


class MembershipViewSet(RegisterViewSet):
    """Memberships: a party belongs to an organisation (such as a coalition) for a
    period, as a ``membershipType``: ``member``, ``founding_member``,
    ``organisational_unit`` (the member is a unit of the organisation: VNG
    Realisatie of VNG), ``shared_organisation`` (the organisation is the shared
    organisation of the member: SED of Stede Broec) or ``participant``. Members,
    founding members and the municipalities of a shared organisation count as the
    organisation's members (``/parties?memberOf=``). Filter on ``organisation``
    and ``activeOn`` to see whom it represents."""

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

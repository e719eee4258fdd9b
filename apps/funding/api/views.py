from apps.core.api.provenance import citations_prefetch
from apps.core.api.views import RegisterViewSet
from apps.funding.models import FundingStream

from .filters import FundingStreamFilterSet
from .serializers import FundingStreamSerializer


class FundingStreamViewSet(RegisterViewSet):
    """Funding streams: money from a funder to a recipient, through the parties
    listed in ``hops`` (such as Dimpact for its members: one stream, never two
    that count the same euro twice), for one contract, one lot, or (where no
    contract exists) a kind of work. ``amounts`` splits the amount per year.
    ``intermediary`` (the first hop) is kept read-only for older clients.
    Records marked ``isIllustrative`` carry example figures, not published
    ones."""

    # Every link needs the related record's UUID: fetch them in one query; hops,
    # amounts per year and the parties it is done on behalf of in one query each.
    queryset = FundingStream.objects.with_related().prefetch_related(
        "on_behalf_of", citations_prefetch()
    )
    serializer_class = FundingStreamSerializer
    filterset_class = FundingStreamFilterSet

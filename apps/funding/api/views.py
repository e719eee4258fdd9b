from apps.core.api.provenance import citations_prefetch
from apps.core.api.views import RegisterViewSet
from apps.funding.models import FundingStream

from .filters import FundingStreamFilterSet
from .serializers import FundingStreamSerializer


class FundingStreamViewSet(RegisterViewSet):
    """Funding streams: money from a funder to a recipient, possibly through an
    intermediary (such as Dimpact), for a contract or a kind of work. Records
    marked ``isIllustrative`` carry example figures, not published ones."""

    # Every link needs the related record's UUID: fetch them in one query; the
    # parties it is done on behalf of in one more.
    queryset = (
        FundingStream.objects.with_related()
        .select_related("component")
        .prefetch_related("on_behalf_of", citations_prefetch())
    )
    serializer_class = FundingStreamSerializer
    filterset_class = FundingStreamFilterSet

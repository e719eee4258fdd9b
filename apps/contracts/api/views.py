from apps.contracts.models import Contract, WorkCategory
from apps.core.api.provenance import citations_prefetch
from apps.core.api.views import RegisterViewSet

from .filters import ContractFilterSet, WorkCategoryFilterSet
from .serializers import ContractSerializer, WorkCategorySerializer


class WorkCategoryViewSet(RegisterViewSet):
    """Work categories: the labels on pieces of work (maintenance, hosting,
    documentation, …) that contracts and funding streams refer to."""

    queryset = WorkCategory.objects.prefetch_related(citations_prefetch())
    serializer_class = WorkCategorySerializer
    filterset_class = WorkCategoryFilterSet


class ContractViewSet(RegisterViewSet):
    """Contracts: a client has a contractor do labelled work on a component,
    one-off or continuous, over a period, for a value. Records marked
    ``isIllustrative`` carry example figures, not published ones."""

    # Every link needs the related record's UUID: fetch them in one query; the
    # parties it is done on behalf of in one more.
    queryset = (
        Contract.objects.with_related()
        .select_related("predecessor")
        .prefetch_related("on_behalf_of", citations_prefetch())
    )
    serializer_class = ContractSerializer
    filterset_class = ContractFilterSet

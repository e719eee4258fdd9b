from django.db.models import Prefetch, QuerySet

from apps.contracts.models import Contract, Lot, WorkCategory
from apps.core.api.provenance import citations_prefetch
from apps.core.api.views import RegisterViewSet
from apps.funding.selectors import contracts_with_coverage, lots_with_coverage

from .filters import ContractFilterSet, LotFilterSet, WorkCategoryFilterSet
from .serializers import ContractSerializer, LotSerializer, WorkCategorySerializer


class WorkCategoryViewSet(RegisterViewSet):
    """Work categories: the labels on pieces of work (maintenance, hosting,
    documentation, …) that lots and funding streams refer to."""

    queryset = WorkCategory.objects.prefetch_related(citations_prefetch())
    serializer_class = WorkCategorySerializer
    filterset_class = WorkCategoryFilterSet


class ContractViewSet(RegisterViewSet):
    """Contracts: a client has a contractor do labelled work on one or more
    components (none listed: it spans them, or they are not known), in one or
    more lots (``lots``, written at ``/lots``). Its value, work categories and
    type derive from the lots (``valueTotal`` with ``valueComplete``: false
    means "at least"); its ``status`` from its dates, unless ``explicitStatus``
    says it was cancelled or terminated early; ``coverage`` compares what is
    funded with what it is worth. Records marked ``isIllustrative`` carry example
    figures, not published ones."""

    # Every link needs the related record's UUID: fetch them in one query; the
    # totals and coverage are subqueries of the same query.
    # parties it is done on behalf of in one more.
    queryset = Contract.objects.with_related().prefetch_related(
        "on_behalf_of", citations_prefetch()
    )
    serializer_class = ContractSerializer
    filterset_class = ContractFilterSet

    def get_queryset(self) -> QuerySet:
        return contracts_with_coverage(
            super().get_queryset(), user=getattr(self.request, "user", None)
        )


class LotViewSet(RegisterViewSet):
    """Lots (*kavels*) of contracts: one kind of work each, one-off or
    continuous, with its period, value, service levels (``sla``, ``slaUrl``) and
    the agreed state of the codebase it refers to (``codebaseState``). A lot
    continuing another names it as ``predecessor``; its ``successors`` are the
    lots that continue it. ``coverage`` compares what is funded for the lot with
    its value."""

    queryset = Lot.objects.with_related().prefetch_related(
        # Only the UUIDs of the successors are shown.
        Prefetch("successors", queryset=Lot.objects.only("id", "uuid", "predecessor")),
        "on_behalf_of",
        citations_prefetch(),
    )
    serializer_class = LotSerializer
    filterset_class = LotFilterSet

    def get_queryset(self) -> QuerySet:
        return lots_with_coverage(
            super().get_queryset(), user=getattr(self.request, "user", None)
        )

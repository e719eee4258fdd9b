from apps.core.api.provenance import citations_prefetch
from apps.core.api.views import RegisterViewSet
from apps.roles.models import RoleAssignment, RoleType

from .filters import RoleAssignmentFilterSet, RoleTypeFilterSet
from .serializers import RoleAssignmentSerializer, RoleTypeSerializer


class RoleTypeViewSet(RegisterViewSet):
    """Role types: the roles a party can hold for a component, their
    responsibilities, whether every component needs a holder, and which role
    types one party must not combine for the same component (four-eyes rule)."""

    queryset = RoleType.objects.prefetch_related(
        "incompatible_with", citations_prefetch()
    )
    serializer_class = RoleTypeSerializer
    filterset_class = RoleTypeFilterSet


class RoleAssignmentViewSet(RegisterViewSet):
    """Role assignments: which party holds which role for which component over
    which period. Combine ``component``, ``roleType`` and ``activeOn`` to see who
    holds a role on a date."""

    queryset = RoleAssignment.objects.with_related().prefetch_related(
        "on_behalf_of", citations_prefetch()
    )
    serializer_class = RoleAssignmentSerializer
    filterset_class = RoleAssignmentFilterSet

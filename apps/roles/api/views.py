from __future__ import annotations

from typing import Any

from django.db.models import Model, Prefetch
from django.http import Http404, QueryDict
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, permissions
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.components.models import Component, Ecosystem
from apps.core.api.parameters import UnknownParameters
from apps.core.api.provenance import citations_prefetch
from apps.core.api.views import RegisterViewSet
from apps.roles.models import (
    GoverningBody,
    RoleAssignment,
    RoleRequirement,
    RoleType,
    RoleTypeName,
)
from apps.roles.rules import role_check

from .filters import (
    GoverningBodyFilterSet,
    RoleAssignmentFilterSet,
    RoleRequirementFilterSet,
    RoleTypeFilterSet,
)
from .serializers import (
    ComponentRoleCheckSerializer,
    EcosystemRoleCheckSerializer,
    GoverningBodySerializer,
    RoleAssignmentSerializer,
    RoleCheckQuerySerializer,
    RoleRequirementSerializer,
    RoleTypeSerializer,
)


class RoleTypeViewSet(RegisterViewSet):
    """Role types: the roles a party can hold for a component or an ecosystem,
    their responsibilities and their rules as data: the scope (per component or
    per ecosystem), whether a holder is required by default, the minimum and
    maximum number of holders, which role types one party must not combine
    (four-eyes rule), and the aliases and former names the role is known by."""

    queryset = RoleType.objects.select_related("work_category").prefetch_related(
        "incompatible_with",
        Prefetch("other_names", queryset=RoleTypeName.objects.order_by("name")),
        citations_prefetch(),
    )
    serializer_class = RoleTypeSerializer
    filterset_class = RoleTypeFilterSet


class RoleRequirementViewSet(RegisterViewSet):
    """Role requirements: whether a component or an ecosystem requires a role
    type, overriding the role type's default, optionally with its own minimum
    and maximum number of holders. A requirement on an ecosystem for a role held
    per component applies to each of its components without one of their own."""

    queryset = RoleRequirement.objects.select_related(
        "role_type", "component", "ecosystem"
    ).prefetch_related(citations_prefetch())
    serializer_class = RoleRequirementSerializer
    filterset_class = RoleRequirementFilterSet


class GoverningBodyViewSet(RegisterViewSet):
    """Governing bodies of a component or an ecosystem, such as a steering team,
    with their rules: whether one party may hold a simple majority of the seats,
    and how many seats (votes) one party may hold. The seats are role
    assignments naming the body (`/role-assignments?body={uuid}`), held by
    organisations, never by persons."""

    queryset = GoverningBody.objects.select_related(
        "component", "ecosystem"
    ).prefetch_related(citations_prefetch())
    serializer_class = GoverningBodySerializer
    filterset_class = GoverningBodyFilterSet


class RoleAssignmentViewSet(RegisterViewSet):
    """Role assignments: which party holds which role for which component (or
    ecosystem) over which period, and which it is intended to hold (`status`
    intended, with a target date). A seat on a governing body names the body and
    its number of seats. Combine ``component``, ``roleType`` and ``activeOn`` to
    see who holds a role on a date."""

    queryset = (
        RoleAssignment.objects.with_related()
        .with_contract_basis()
        .prefetch_related(
            "on_behalf_of",
            "carried_out_under_contracts",
            "carried_out_under_lots",
            citations_prefetch(),
        )
    )
    serializer_class = RoleAssignmentSerializer
    filterset_class = RoleAssignmentFilterSet


class RoleCheckView(APIView):
    """The role check of one component or ecosystem on a day."""

    target_model: type[Model] = Component
    target_name = "component"
    permission_classes = [permissions.AllowAny]
    http_method_names = ["get", "head", "options"]

    def get(self, request: Request, uuid: str) -> Response:
        # As sent: the camel-case middleware has already renamed ``activeOn``.
        raw = QueryDict(request.META.get("QUERY_STRING", ""))
        known = ["date"]
        unknown = [name for name in raw if name not in known]
        if unknown:
            raise UnknownParameters(unknown, known)
        if len(request.query_params.getlist("date")) > 1:
            raise exceptions.ValidationError(
                {"date": [gettext("Give this parameter once.")]}
            )
        if request.query_params.get("date", None) == "":
            raise exceptions.ValidationError(
                {"date": [gettext("Enter a date (YYYY-MM-DD), or leave it out.")]}
            )
        query = RoleCheckQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        target = (
            self.target_model._default_manager.visible_to(request.user)
            .filter(uuid=uuid)
            .first()
        )
        if target is None:
            raise Http404
        day = query.validated_data.get("date")
        violations = role_check(
            **{self.target_name: target}, day=day, user=request.user
        )
        result = {
            self.target_name: target,
            "date": day or timezone.localdate(),
            "violations": violations,
        }
        serializer = self.get_serializer_class()(result, context={"request": request})
        return Response(serializer.data)

    def get_serializer_class(self) -> Any:
        return ComponentRoleCheckSerializer


ROLE_CHECK_DESCRIPTION = _(
    "Every role rule the component or ecosystem breaks on the day (default today), with its "
    "explanation: a required role vacant, fewer holders than the minimum or more "
    "than the maximum, role types one party must not combine (four-eyes rule), a "
    "role held outside its scope, a body's seat rules (no simple majority for "
    "one party, at most so many seats per party), and intended holders (which "
    "never count as holders). A broken rule is recorded, not refused: "
    "`certainty` says whether it is certainly broken, or only possibly because "
    "the dates leave it open."
)


class ComponentRoleCheckView(RoleCheckView):
    @extend_schema(
        operation_id="component_role_check",
        summary=_("Check the role rules of a component"),
        description=ROLE_CHECK_DESCRIPTION,
        parameters=[RoleCheckQuerySerializer],
        responses=ComponentRoleCheckSerializer,
        tags=["components"],
    )
    def get(self, request: Request, uuid: str) -> Response:
        return super().get(request, uuid)


class EcosystemRoleCheckView(RoleCheckView):
    target_model = Ecosystem
    target_name = "ecosystem"

    @extend_schema(
        operation_id="ecosystem_role_check",
        summary=_("Check the role rules of an ecosystem"),
        description=ROLE_CHECK_DESCRIPTION,
        parameters=[RoleCheckQuerySerializer],
        responses=EcosystemRoleCheckSerializer,
        tags=["ecosystems"],
    )
    def get(self, request: Request, uuid: str) -> Response:
        return super().get(request, uuid)

    def get_serializer_class(self) -> Any:
        return EcosystemRoleCheckSerializer

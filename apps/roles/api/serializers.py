from rest_framework import serializers

from apps.core.api.provenance import CitableSerializer
from apps.core.api.serializers import (
    PERIOD_API_FIELDS,
    PeriodSerializerMixin,
)
from apps.parties.api.serializers import (
    ON_BEHALF_OF_API_FIELDS,
    OnBehalfOfSerializerMixin,
)
from apps.roles.models import RoleAssignment, RoleType


class RoleTypeSerializer(CitableSerializer):
    incompatible_with_names = serializers.SlugRelatedField(
        source="incompatible_with", many=True, read_only=True, slug_field="name"
    )

    class Meta:
        model = RoleType
        fields = [
            "url",
            "uuid",
            "name",
            "slug",
            "description",
            "responsibilities",
            "required_per_component",
            "incompatible_with",
            "incompatible_with_names",
            "position",
            "created_at",
            "updated_at",
        ]


class RoleAssignmentSerializer(
    OnBehalfOfSerializerMixin, PeriodSerializerMixin, CitableSerializer
):
    party_name = serializers.CharField(source="party.name", read_only=True)
    role_type_name = serializers.CharField(source="role_type.name", read_only=True)
    component_name = serializers.CharField(source="component.name", read_only=True)

    class Meta:
        model = RoleAssignment
        fields = [
            "url",
            "uuid",
            "party",
            "party_name",
            "role_type",
            "role_type_name",
            "component",
            "component_name",
            *PERIOD_API_FIELDS,
            *ON_BEHALF_OF_API_FIELDS,
            "description",
            "created_at",
            "updated_at",
        ]

from typing import Any

from django.utils.translation import gettext_lazy as _

from rest_framework import serializers

from apps.core.api.dates import IsoDateField
from apps.core.api.provenance import CitableSerializer
from apps.core.api.serializers import (
    PERIOD_API_FIELDS,
    PeriodSerializerMixin,
    UUIDHyperlinkedRelatedField,
)
from apps.core.constants import Certainty
from apps.parties.api.serializers import (
    ON_BEHALF_OF_API_FIELDS,
    OnBehalfOfSerializerMixin,
)
from apps.roles.constants import ContractBasis, OtherNameKind, ViolationKind
from apps.roles.models import (
    GoverningBody,
    RoleAssignment,
    RoleRequirement,
    RoleType,
    RoleTypeName,
)


class RoleTypeNameSerializer(serializers.ModelSerializer):
    kind = serializers.ChoiceField(
        choices=OtherNameKind.choices, help_text=_("alias or former name")
    )

    class Meta:
        model = RoleTypeName
        fields = ["name", "kind"]


class RoleTypeSerializer(CitableSerializer):
    incompatible_with_names = serializers.SlugRelatedField(
        source="incompatible_with", many=True, read_only=True, slug_field="name"
    )
    other_names = RoleTypeNameSerializer(
        many=True,
        read_only=True,
        help_text=_(
            "Aliases and former names; unique across role types, whatever their case."
        ),
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
            "scope",
            "required_by_default",
            "min_holders",
            "max_holders",
            "incompatible_with",
            "incompatible_with_names",
            "work_category",
            "other_names",
            "position",
            "created_at",
            "updated_at",
        ]


class RoleRequirementSerializer(CitableSerializer):
    role_type_name = serializers.CharField(source="role_type.name", read_only=True)
    component_name = serializers.CharField(
        source="component.name", read_only=True, allow_null=True, default=None
    )
    ecosystem_name = serializers.CharField(
        source="ecosystem.name", read_only=True, allow_null=True, default=None
    )

    class Meta:
        model = RoleRequirement
        fields = [
            "url",
            "uuid",
            "role_type",
            "role_type_name",
            "component",
            "component_name",
            "ecosystem",
            "ecosystem_name",
            "required",
            "min_holders",
            "max_holders",
            "description",
            "created_at",
            "updated_at",
        ]


class GoverningBodySerializer(CitableSerializer):
    component_name = serializers.CharField(
        source="component.name", read_only=True, allow_null=True, default=None
    )
    ecosystem_name = serializers.CharField(
        source="ecosystem.name", read_only=True, allow_null=True, default=None
    )

    class Meta:
        model = GoverningBody
        fields = [
            "url",
            "uuid",
            "name",
            "slug",
            "description",
            "component",
            "component_name",
            "ecosystem",
            "ecosystem_name",
            "majority_cap",
            "max_seats_per_party",
            "created_at",
            "updated_at",
        ]


class RoleAssignmentSerializer(
    OnBehalfOfSerializerMixin, PeriodSerializerMixin, CitableSerializer
):
    party_name = serializers.CharField(source="party.name", read_only=True)
    role_type_name = serializers.CharField(source="role_type.name", read_only=True)
    component_name = serializers.CharField(
        source="component.name", read_only=True, allow_null=True, default=None
    )
    ecosystem_name = serializers.CharField(
        source="ecosystem.name", read_only=True, allow_null=True, default=None
    )
    body_name = serializers.CharField(
        source="body.name", read_only=True, allow_null=True, default=None
    )
    contract_basis = serializers.ChoiceField(
        choices=ContractBasis.choices,
        read_only=True,
        help_text=_(
            "What the role is carried out under: under_contract (a contract or lot "
            "for the role type's work category), other_work_category (only under "
            "contracts for other work, such as maintenance under a feature lot), "
            "or without_contract (none named)."
        ),
    )

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
            "ecosystem",
            "ecosystem_name",
            "status",
            "target_date",
            "body",
            "body_name",
            "seats",
            *PERIOD_API_FIELDS,
            *ON_BEHALF_OF_API_FIELDS,
            "carried_out_under_contracts",
            "carried_out_under_lots",
            "contract_basis",
            "description",
            "created_at",
            "updated_at",
        ]

    def save(self, **kwargs: Any) -> RoleAssignment:
        instance = super().save(**kwargs)
        # What it is carried out under may have changed: read it again.
        instance.__dict__.pop("contract_basis_value", None)
        return instance


class ViolationSerializer(serializers.Serializer):
    """One rule broken on the day: what, how certain, and who is involved."""

    kind = serializers.ChoiceField(choices=ViolationKind.choices)
    certainty = serializers.ChoiceField(
        choices=Certainty.choices,
        help_text=_(
            "certain: the rule is broken on the day; possible: the dates of the "
            "records involved leave it open."
        ),
    )
    message = serializers.CharField(
        help_text=_("The explanation, in the language of Accept-Language.")
    )
    role_type = UUIDHyperlinkedRelatedField(
        view_name="roletype-detail", read_only=True, allow_null=True
    )
    role_type_name = serializers.CharField(
        source="role_type.name", read_only=True, allow_null=True, default=None
    )
    other_role_type = UUIDHyperlinkedRelatedField(
        view_name="roletype-detail",
        read_only=True,
        allow_null=True,
        help_text=_("For incompatible roles: the other role type of the pair."),
    )
    other_role_type_name = serializers.CharField(
        source="other_role_type.name", read_only=True, allow_null=True, default=None
    )
    parties = UUIDHyperlinkedRelatedField(
        view_name="party-detail", many=True, read_only=True
    )
    party_names = serializers.SerializerMethodField()
    assignments = UUIDHyperlinkedRelatedField(
        view_name="roleassignment-detail",
        many=True,
        read_only=True,
        help_text=_("The role assignments involved (seats on a body included)."),
    )
    body = UUIDHyperlinkedRelatedField(
        view_name="governingbody-detail", read_only=True, allow_null=True
    )
    body_name = serializers.CharField(
        source="body.name", read_only=True, allow_null=True, default=None
    )

    def get_party_names(self, violation: object) -> list[str]:
        return [party.name for party in violation.parties]  # type: ignore[attr-defined]


class RoleCheckSerializer(serializers.Serializer):
    date = serializers.DateField(help_text=_("The day checked."))
    violations = ViolationSerializer(many=True)


class ComponentRoleCheckSerializer(RoleCheckSerializer):
    component = UUIDHyperlinkedRelatedField(
        view_name="component-detail", read_only=True
    )
    component_name = serializers.CharField(source="component.name", read_only=True)


class EcosystemRoleCheckSerializer(RoleCheckSerializer):
    ecosystem = UUIDHyperlinkedRelatedField(
        view_name="ecosystem-detail", read_only=True
    )
    ecosystem_name = serializers.CharField(source="ecosystem.name", read_only=True)


class RoleCheckQuerySerializer(serializers.Serializer):
    """The role check's query parameters."""

    date = IsoDateField(
        required=False,
        help_text=_("The day to check (YYYY-MM-DD); default today."),
    )

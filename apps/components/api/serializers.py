from django.utils.translation import gettext_lazy as _

from rest_framework import serializers

from apps.components.models import Component, Ecosystem, Standard
from apps.core.api.provenance import CitableSerializer
from apps.core.api.serializers import (
    PERIOD_API_FIELDS,
    PeriodSerializerMixin,
)


class StandardSerializer(CitableSerializer):
    steward_name = serializers.CharField(
        source="steward.name", read_only=True, allow_null=True, default=None
    )
    website = serializers.URLField(
        source="url", required=False, allow_blank=True, help_text=_("Web address.")
    )

    class Meta:
        model = Standard
        fields = [
            "url",
            "uuid",
            "name",
            "slug",
            "description",
            "website",
            "steward",
            "steward_name",
            "created_at",
            "updated_at",
        ]


class ComponentSerializer(PeriodSerializerMixin, CitableSerializer):
    standard_names = serializers.SlugRelatedField(
        source="standards", many=True, read_only=True, slug_field="name"
    )

    class Meta:
        model = Component
        fields = [
            "url",
            "uuid",
            "name",
            "slug",
            "description",
            "repository_url",
            "licence",
            "development_status",
            "documentation_url",
            "website",
            "standards",
            "standard_names",
            "origin",
            *PERIOD_API_FIELDS,
            "created_at",
            "updated_at",
        ]


class EcosystemSerializer(CitableSerializer):
    component_names = serializers.SlugRelatedField(
        source="components", many=True, read_only=True, slug_field="name"
    )

    class Meta:
        model = Ecosystem
        fields = [
            "url",
            "uuid",
            "name",
            "slug",
            "description",
            "components",
            "component_names",
            "created_at",
            "updated_at",
        ]

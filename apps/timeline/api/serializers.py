from rest_framework import serializers

from apps.core.api.provenance import CitableSerializer
from apps.timeline.models import Event


class EventSerializer(CitableSerializer):
    component_name = serializers.CharField(
        source="component.name", read_only=True, allow_null=True, default=None
    )
    party_names = serializers.SlugRelatedField(
        source="parties", many=True, read_only=True, slug_field="name"
    )

    class Meta:
        model = Event
        fields = [
            "url",
            "uuid",
            "date",
            "date_precision",
            "title",
            "description",
            "component",
            "component_name",
            "parties",
            "party_names",
            "created_at",
            "updated_at",
        ]

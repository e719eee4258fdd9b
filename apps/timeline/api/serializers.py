from apps.core.api.serializers import RegisterSerializer
from apps.timeline.models import Event


class EventSerializer(RegisterSerializer):
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
            "parties",
            "sources",
            "created_at",
            "updated_at",
        ]

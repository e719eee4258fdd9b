"""The sources resource."""

from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from django_filters import rest_framework as filters
from rest_framework import serializers

from apps.core.constants import SourceKind
from apps.core.models import Source

from .filters import ordering_filter
from .serializers import RegisterSerializer
from .views import RegisterViewSet


class SourceSerializer(RegisterSerializer):
    document_url = serializers.URLField(
        source="url", required=False, allow_blank=True, help_text=_("Where to read it.")
    )

    class Meta:
        model = Source
        fields = [
            "url",
            "uuid",
            "title",
            "kind",
            "document_url",
            "publisher",
            "published_on",
            "reference",
            "summary",
            "created_at",
            "updated_at",
        ]


class SourceFilterSet(filters.FilterSet):
    kind = filters.ChoiceFilter(choices=SourceKind.choices)
    search = filters.CharFilter(
        method="filter_search",
        help_text=_("Text in the title, publisher or reference."),
    )
    ordering = ordering_filter("title", "published_on")

    class Meta:
        model = Source
        fields: list[str] = []

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            Q(title__icontains=value)
            | Q(publisher__icontains=value)
            | Q(reference__icontains=value)
        )


class SourceViewSet(RegisterViewSet):
    """Sources: the public documents that records cite for their facts."""

    queryset = Source.objects.all()
    serializer_class = SourceSerializer
    filterset_class = SourceFilterSet

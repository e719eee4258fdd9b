"""Provenance in the API: every citable resource's ``basis``, ``basisNote`` and
``citations``, writable, and the ``basis`` and ``source`` filters."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Model, Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _

from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from apps.core import publication
from apps.core.api.filters import visible_choices
from apps.core.constants import Basis, PublicationState
from apps.core.models import Citation, Source
from apps.core.provenance import citations_replace, citing, provenance_errors

from .serializers import RegisterSerializer, UUIDHyperlinkedRelatedField

PROVENANCE_FIELDS = ("basis", "basis_note", "citations")


#: Where ``citations_prefetch()`` puts a record's citations.
PREFETCHED_CITATIONS = "prefetched_citations"


def citations_prefetch() -> Prefetch:
    """Prefetch a list's citations with their sources: one query for the page.

    They go to a plain list attribute (``to_attr``): a prefetch into the generic
    relation's manager builds a filtered queryset per record, which cost a list
    of 100 records more time than serialising them.
    """
    return Prefetch(
        "citations",
        queryset=Citation.objects.select_related("source"),
        to_attr=PREFETCHED_CITATIONS,
    )


class CitationListSerializer(serializers.ListSerializer):
    """A record's citations, from ``citations_prefetch()`` when it ran."""

    def get_attribute(self, instance: Any) -> Any:
        prefetched = getattr(instance, PREFETCHED_CITATIONS, None)
        if prefetched is not None:
            return prefetched
        return super().get_attribute(instance)


class CitationSerializer(serializers.ModelSerializer):
    """One citation: the source (as its link), its title, and where in it."""

    source = UUIDHyperlinkedRelatedField(
        view_name="source-detail",
        queryset=Source.objects.all(),
        help_text=_("The cited source."),
    )
    source_title = serializers.CharField(
        source="source.title", read_only=True, help_text=_("Title of the source.")
    )
    locator = serializers.CharField(
        max_length=500,
        help_text=_(
            "Where in the source: a page (p. 12), a section (§ 3.2), a repository "
            "path, or a quotation."
        ),
    )

    class Meta:
        model = Citation
        fields = ["source", "source_title", "locator"]
        list_serializer_class = CitationListSerializer


class CitableSerializer(RegisterSerializer):
    """A register record with its provenance.

    ``basis``, ``basisNote`` and ``citations`` are added to the resource's
    fields. Writing ``citations`` replaces the record's citations; leaving it out
    keeps them. A sourced record without a citation and an inferred one without
    ``basisNote`` are refused (see ``apps.core.provenance``).
    """

    citations = CitationSerializer(
        many=True,
        required=False,
        help_text=_(
            "The sources this record's facts come from, each with a locator; "
            "required (at least one) when basis is sourced."
        ),
    )

    def get_field_names(self, declared_fields: Any, info: Any) -> list[str]:
        names = list(super().get_field_names(declared_fields, info))
        missing = [name for name in PROVENANCE_FIELDS if name not in names]
        if not missing:
            return names
        # Before the timestamps, which end every resource.
        position = names.index("created_at") if "created_at" in names else len(names)
        return [*names[:position], *missing, *names[position:]]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        citations = attrs.pop("citations", None)
        errors: dict[str, Any] = {}
        try:
            attrs = super().validate(attrs)
        except serializers.ValidationError as error:
            if not isinstance(error.detail, dict):
                raise
            errors = dict(error.detail)
        instance = self.instance
        basis = attrs.get("basis", instance.basis if instance else Basis.SOURCED)
        note = attrs.get("basis_note", instance.basis_note if instance else "")
        if citations is not None:
            count: int | None = len(citations)
        else:
            count = instance.citations.count() if instance else 0
        for field, messages in provenance_errors(
            basis=basis, basis_note=note, citation_count=count
        ).items():
            name = self._api_name(field)
            if name not in errors:
                errors[name] = [message.messages[0] for message in messages]
        if citations is not None and "citations" not in errors:
            # A partial update makes nested fields optional; a citation is whole.
            incomplete = [
                item
                for item in citations
                if item.get("source") is None or not item.get("locator")
            ]
            if incomplete:
                errors["citations"] = [
                    str(_("Each citation names its source and its locator."))
                ]
        state = attrs.get(
            "publication_state", getattr(instance, "publication_state", None)
        )
        if (
            citations is not None
            and state == PublicationState.PUBLISHED
            and "citations" not in errors
        ):
            drafts = publication.unpublished_cited_sources(
                [item["source"] for item in citations]
            )
            if drafts and "citations" not in errors:
                errors["citations"] = [publication.unpublished_link_message(drafts)]
        if errors:
            raise serializers.ValidationError(errors)
        if citations is not None:
            attrs["citations"] = citations
        return attrs

    @transaction.atomic
    def create(self, validated_data: dict[str, Any]) -> Model:
        citations = validated_data.pop("citations", None)
        record = super().create(validated_data)
        if citations is not None:
            self._cite(record, citations)
        return record

    @transaction.atomic
    def update(self, instance: Model, validated_data: dict[str, Any]) -> Model:
        citations = validated_data.pop("citations", None)
        record = super().update(instance, validated_data)
        if citations is not None:
            self._cite(record, citations)
        return record

    def _cite(self, record: Model, citations: list[dict[str, Any]]) -> None:
        citations_replace(
            record=record,
            citations=[(item["source"], item["locator"]) for item in citations],
        )
        # The answer shows the citations just written, not the prefetched ones.
        record.__dict__.pop(PREFETCHED_CITATIONS, None)


class CitedFilterSet(filters.FilterSet):
    """Filter records on their basis and on a source they cite."""

    basis = filters.ChoiceFilter(
        choices=Basis.choices,
        help_text=_("Only records with this basis: sourced, inferred or illustrative."),
    )
    source = filters.ModelChoiceFilter(
        queryset=visible_choices(Source),
        to_field_name="uuid",
        method="filter_source",
        help_text=_("Only records citing this source (UUID)."),
    )

    @extend_schema_field(OpenApiTypes.UUID)
    def filter_source(self, queryset: QuerySet, name: str, value: Source) -> QuerySet:
        return citing(queryset, value)

"""Provenance: what a record's facts rest on, and the one check every writer runs.

A record is *sourced* (it cites one or more sources, each with a locator),
*inferred* (its reasoning is stated in ``basis_note``) or *illustrative* (a demo
placeholder, allowed anywhere). The model's ``clean()``, the admin's citation
formset and the API's serializers all call :func:`validate_provenance`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from .constants import Basis

if TYPE_CHECKING:
    from .models import CitableModel, Source

#: The fields the errors are keyed by (model names; the API spells them camelCase).
CITATIONS = "citations"
BASIS_NOTE = "basis_note"

#: Stored, in the site language, for a citation whose place in the source is not
#: known yet (links carried over from before locators were recorded).
PLACEHOLDER_LOCATOR = gettext_noop("locator not yet recorded")

MISSING_CITATION = _("A sourced record cites at least one source, with a locator.")
MISSING_REASONING = _("An inferred record states its reasoning.")


def placeholder_locator() -> str:
    """The placeholder locator, in the site language whatever the request's."""
    with translation.override(settings.LANGUAGE_CODE):
        return gettext(PLACEHOLDER_LOCATOR)


def provenance_errors(
    *, basis: str, basis_note: str, citation_count: int | None
) -> dict[str, list[ValidationError]]:
    """The provenance rules ``basis`` breaks, keyed by field.

    ``citation_count`` is how many citations the record will have once saved;
    ``None`` when the caller cannot know (a model's ``clean()`` runs before its
    citations are saved), which skips that rule.
    """
    errors: dict[str, list[ValidationError]] = {}
    if basis == Basis.SOURCED and citation_count is not None and citation_count < 1:
        errors[CITATIONS] = [ValidationError(MISSING_CITATION, code="citation_missing")]
    if basis == Basis.INFERRED and not (basis_note or "").strip():
        errors[BASIS_NOTE] = [
            ValidationError(MISSING_REASONING, code="inference_explained")
        ]
    return errors


def validate_provenance(
    *, basis: str, basis_note: str, citation_count: int | None
) -> None:
    """Raise a ``ValidationError`` keyed by field when the provenance is
    incomplete: a sourced record without a citation, an inferred one without
    reasoning. An illustrative record needs neither."""
    errors = provenance_errors(
        basis=basis, basis_note=basis_note, citation_count=citation_count
    )
    if errors:
        raise ValidationError(errors)


def citing(queryset: QuerySet, source: Source) -> QuerySet:
    """The records of ``queryset`` that cite ``source`` (once, whatever the number
    of locators)."""
    from django.contrib.contenttypes.models import ContentType

    from .models import Citation

    content_type = ContentType.objects.get_for_model(queryset.model)
    return queryset.filter(
        pk__in=Citation.objects.filter(content_type=content_type, source=source).values(
            "object_id"
        )
    )


def citations_replace(
    *, record: CitableModel, citations: Iterable[tuple[Source, str]]
) -> None:
    """Make ``record`` cite exactly ``citations`` (source, locator pairs): keep
    the ones it has, delete the rest, add the new ones (each change in the
    citation's history). An empty locator is the source's ``reference``."""
    from .models import Citation

    wanted: list[tuple[Source, str]] = []
    for source, locator in citations:
        pair = (source, (locator or source.reference).strip())
        if pair not in wanted:
            wanted.append(pair)
    existing = {
        (citation.source_id, citation.locator): citation
        for citation in record.citations.all()
    }
    keep = {(source.pk, locator) for source, locator in wanted}
    for key, citation in existing.items():
        if key not in keep:
            citation.delete()
    for source, locator in wanted:
        if (source.pk, locator) not in existing:
            citation = Citation(record=record, source=source, locator=locator)
            citation.full_clean()
            citation.save()
    if hasattr(record, "_prefetched_objects_cache"):
        record._prefetched_objects_cache.pop("citations", None)


def citing_kinds(source: Source) -> list[str]:
    """The kinds of records (plural names) that cite ``source``."""
    from django.contrib.contenttypes.models import ContentType

    content_types = ContentType.objects.filter(
        pk__in=source.citations.values("content_type")
    )
    return sorted(
        str(content_type.model_class()._meta.verbose_name_plural)
        for content_type in content_types
        if content_type.model_class() is not None
    )

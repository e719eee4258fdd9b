"""Carry a model's many-to-many ``sources`` links over into citations.

Each app's ``*_sources_to_citations`` migration runs :func:`sources_to_citations`
before it removes the ``sources`` field. Every link becomes one citation whose
locator is the source's ``reference`` when set, else a placeholder in the site
language that says the locator is still to be added. Each carried citation gets
one "created" history row; the history of the links before the change (the
``Historical<Model>_sources`` tables) is not carried over.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps
from django.utils import timezone

from .provenance import placeholder_locator

CHANGE_REASON = "Carried over from the sources link"


def _carry_forwards(
    apps: StateApps, app_label: str, model_names: Iterable[str]
) -> None:
    citation_model = apps.get_model("core", "Citation")
    historical_citation = apps.get_model("core", "HistoricalCitation")
    content_type_model = apps.get_model("contenttypes", "ContentType")
    placeholder = placeholder_locator()
    now = timezone.now()
    for name in model_names:
        model = apps.get_model(app_label, name)
        content_type, _created = content_type_model.objects.get_or_create(
            app_label=app_label, model=model._meta.model_name
        )
        through = model._meta.get_field("sources").remote_field.through
        owner = f"{model._meta.model_name}_id"
        links = through.objects.order_by("pk").values_list(
            owner, "source_id", "source__reference"
        )
        citations = [
            citation_model(
                content_type=content_type,
                object_id=record_id,
                source_id=source_id,
                locator=(reference or "").strip() or placeholder,
            )
            for record_id, source_id, reference in links
        ]
        created = citation_model.objects.bulk_create(citations, batch_size=500)
        if created and created[0].pk is None:  # backends without RETURNING
            created = list(
                citation_model.objects.filter(content_type=content_type).order_by("pk")
            )
        fields = [field.attname for field in citation_model._meta.concrete_fields]
        historical_citation.objects.bulk_create(
            [
                historical_citation(
                    **{field: getattr(citation, field) for field in fields},
                    history_date=now,
                    history_type="+",
                    history_change_reason=CHANGE_REASON,
                )
                for citation in created
            ],
            batch_size=500,
        )


def _carry_backwards(
    apps: StateApps, app_label: str, model_names: Iterable[str]
) -> None:
    citation_model = apps.get_model("core", "Citation")
    content_type_model = apps.get_model("contenttypes", "ContentType")
    for name in model_names:
        model = apps.get_model(app_label, name)
        content_type = content_type_model.objects.filter(
            app_label=app_label, model=model._meta.model_name
        ).first()
        if content_type is None:
            continue
        through = model._meta.get_field("sources").remote_field.through
        owner = f"{model._meta.model_name}_id"
        pairs = set(
            citation_model.objects.filter(content_type=content_type).values_list(
                "object_id", "source_id"
            )
        )
        through.objects.bulk_create(
            [
                through(**{owner: record_id, "source_id": source_id})
                for record_id, source_id in sorted(pairs)
            ],
            batch_size=500,
        )
        citation_model.objects.filter(content_type=content_type).delete()


def sources_to_citations(app_label: str, *model_names: str) -> migrations.RunPython:
    """A migration step that turns the ``sources`` links of ``model_names`` (in
    ``app_label``) into citations; backwards, citations become links again (the
    locators are lost)."""

    def forwards(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
        _carry_forwards(apps, app_label, model_names)

    def backwards(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
        _carry_backwards(apps, app_label, model_names)

    return migrations.RunPython(forwards, backwards, elidable=False)

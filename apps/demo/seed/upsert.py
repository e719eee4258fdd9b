"""Idempotent writes: every demo record has a stable identity and is only saved
when it changes, so running the loader again adds no rows and no history."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, TypeVar

from django.db import models
from django.utils import timezone

from apps.core.constants import Precision, PublicationState
from apps.core.models import PublishableModel
from apps.core.periods import period_values
from apps.core.provenance import citations_replace, placeholder_locator

M = TypeVar("M", bound=models.Model)

#: Fixed namespace: the same key gives the same UUID on every run and database.
DEMO_NAMESPACE = uuid.UUID("2f6d3c4e-5b1a-4e8f-9c0d-7a1b2c3d4e5f")


def demo_uuid(model: type[models.Model], key: str) -> uuid.UUID:
    """The UUID of the demo record of ``model`` known by ``key``."""
    return uuid.uuid5(DEMO_NAMESPACE, f"{model._meta.label_lower}:{key}")


def upsert_by_slug(
    model: type[M],
    slug: str,
    values: Mapping[str, Any],
    m2m: Mapping[str, Iterable[models.Model]] | None = None,
) -> M:
    """Create or update the record of ``model`` with ``slug``."""
    return _upsert(model, {"slug": slug}, demo_uuid(model, slug), values, m2m)


def upsert_by_key(
    model: type[M],
    key: str,
    values: Mapping[str, Any],
    m2m: Mapping[str, Iterable[models.Model]] | None = None,
    *,
    key_label: str | None = None,
) -> M:
    """Create or update the record of ``model`` whose UUID derives from ``key``
    (and ``key_label``, the model's label by default: a renamed model keeps the
    UUIDs of its old name)."""
    record_uuid = (
        uuid.uuid5(DEMO_NAMESPACE, f"{key_label}:{key}")
        if key_label
        else demo_uuid(model, key)
    )
    return _upsert(model, {"uuid": record_uuid}, record_uuid, values, m2m)


def _upsert(
    model: type[M],
    lookup: Mapping[str, Any],
    new_uuid: uuid.UUID,
    values: Mapping[str, Any],
    m2m: Mapping[str, Iterable[models.Model]] | None,
) -> M:
    instance = model._default_manager.filter(**lookup).first()
    if instance is None:
        instance = model(**{"uuid": new_uuid, **lookup})
    values = {**values, **_publication_values(instance, values)}
    # Saving an unchanged record would still add a history row; skip it.
    if instance._state.adding or any(
        _differs(instance, name, value) for name, value in values.items()
    ):
        for name, value in values.items():
            setattr(instance, name, value)
        instance.full_clean()
        instance.save()
    for name, related in (m2m or {}).items():
        if name == "sources":
            _cite(instance, related)
        else:
            getattr(instance, name).set(list(related))
    return instance


def _cite(instance: models.Model, sources: Iterable[Any]) -> None:
    """Cite each source: a ``Source`` (at its ``reference``, else at a placeholder
    locator still to be filled in) or a ``(source, locator)`` pair."""
    pairs = []
    for item in sources:
        source, locator = item if isinstance(item, tuple) else (item, "")
        pairs.append((source, locator or source.reference or placeholder_locator()))
    citations_replace(record=instance, citations=pairs)


def _publication_values(
    instance: models.Model, values: Mapping[str, Any]
) -> dict[str, Any]:
    """The demo is published (``values`` may say ``draft`` instead). The moment of
    publication is the first load that publishes the record; a later run keeps
    it, so that it changes nothing."""
    if not isinstance(instance, PublishableModel):
        return {}
    state = values.get("publication_state", PublicationState.PUBLISHED)
    if state != PublicationState.PUBLISHED:
        return {"publication_state": state, "published_at": None}
    if instance.publication_state == state and instance.published_at is not None:
        return {"publication_state": state, "published_at": instance.published_at}
    return {"publication_state": state, "published_at": timezone.now()}


def _differs(instance: models.Model, name: str, value: Any) -> bool:
    field = instance._meta.get_field(name)
    if field.many_to_one:
        # Compare keys: reading the related object would cost a query per field.
        new_id = value.pk if isinstance(value, models.Model) else value
        return getattr(instance, field.attname) != new_id
    return getattr(instance, name) != value


def stated(
    *,
    start: str | date | None = None,
    known_since: date | None = None,
    end: str | date | None = None,
    last_confirmed: date | None = None,
    ongoing: bool = False,
) -> dict[str, Any]:
    """The stored period of a demo fact, stated as its source gives it.

    ``start`` is a day, a month (``"2020-02"``) or a year (``"2015"``); when no
    source gives it, ``known_since`` is the earliest day a source shows the fact
    holding. The end is a day, month or year; ``ongoing`` where a source says the
    fact continues; otherwise unknown, ``last_confirmed`` on the last day a source
    shows it holding.
    """
    return period_values(
        start=start,
        known_since=None if start else known_since,
        end=end,
        end_state=None
        if end
        else (Precision.ONGOING if ongoing else Precision.UNKNOWN),
        last_confirmed=None if end or ongoing else last_confirmed,
    )


def delete_by_key(model: type[models.Model], keys: Iterable[str]) -> int:
    """Delete the demo records of ``model`` known by ``keys`` that an earlier
    version of the demo loaded; a later run finds none, so loading stays
    idempotent. Deleted one by one, so that each leaves its history row."""
    records = model._default_manager.filter(
        uuid__in=[demo_uuid(model, key) for key in keys]
    )
    deleted = 0
    for record in records:
        record.delete()
        deleted += 1
    return deleted

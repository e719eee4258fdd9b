"""Idempotent writes: every demo record has a stable identity and is only saved
when it changes, so running the loader again adds no rows and no history."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, TypeVar

from django.db import models

from apps.core.constants import Precision
from apps.core.periods import period_values

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
) -> M:
    """Create or update the record of ``model`` whose UUID derives from ``key``."""
    record_uuid = demo_uuid(model, key)
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
    # Saving an unchanged record would still add a history row; skip it.
    if instance._state.adding or any(
        _differs(instance, name, value) for name, value in values.items()
    ):
        for name, value in values.items():
            setattr(instance, name, value)
        instance.full_clean()
        instance.save()
    for name, related in (m2m or {}).items():
        getattr(instance, name).set(list(related))
    return instance


def _differs(instance: models.Model, name: str, value: Any) -> bool:
    field = instance._meta.get_field(name)
    if field.many_to_one:
        # Compare keys: reading the related object would cost a query per field.
        new_id = value.pk if isinstance(value, models.Model) else value
        return getattr(instance, field.attname) != new_id
    return getattr(instance, name) != value


def demo_period(
    start: date | None,
    end: date | None,
    *,
    known_since: date,
) -> dict[str, Any]:
    """The stored period of a demo record: a day-precise start and end where the
    seeds give one; an unknown start known since ``known_since`` (or since its
    end, if earlier); no end means still going."""
    if start is None:
        known_since = min(known_since, end) if end else known_since
    return period_values(
        start=start,
        known_since=None if start else known_since,
        end=end,
        end_state=None if end else Precision.ONGOING,
    )

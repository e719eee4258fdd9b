"""Checks that no portable database constraint expresses."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import PeriodModel


def validate_no_overlap(record: PeriodModel, *, fields: tuple[str, ...]) -> None:
    """Refuse ``record`` when an identical record overlaps its period.

    Identical means equal on ``fields``. On PostgreSQL an exclusion constraint
    enforces the same rule in the database (see ``exclusion_constraint``).
    """
    values = {}
    for name in fields:
        value = getattr(record, f"{name}_id", None)
        if value is None:
            value = getattr(record, name, None)
        if value is None:
            return  # a required field is missing: the form reports that first
        values[name] = value
    if record.overlapping_siblings(**values).exists():
        raise ValidationError(
            _("An identical %(record)s already exists for an overlapping period."),
            code="overlap",
            params={"record": record._meta.verbose_name},
        )

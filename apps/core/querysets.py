"""Chainable reads shared by every record that holds for a period."""

from __future__ import annotations

from datetime import date
from typing import Self

from django.db import models
from django.db.models import Q


def period_overlap_q(start: date | None, end: date | None, prefix: str = "") -> Q:
    """Rows whose period [start_date, end_date] overlaps [start, end].

    An empty start or end date on either side means "open" in that direction.
    """
    condition = Q()
    if end is not None:
        condition &= Q(**{f"{prefix}start_date__isnull": True}) | Q(
            **{f"{prefix}start_date__lte": end}
        )
    if start is not None:
        condition &= Q(**{f"{prefix}end_date__isnull": True}) | Q(
            **{f"{prefix}end_date__gte": start}
        )
    return condition


class PeriodQuerySet(models.QuerySet):
    """Reads on records with a ``start_date``/``end_date`` period."""

    def active_on(self, day: date) -> Self:
        """Records in force on ``day`` (both ends of the period included)."""
        return self.filter(period_overlap_q(day, day))

    def overlapping(self, start: date | None, end: date | None) -> Self:
        """Records whose period shares at least one day with [start, end]."""
        return self.filter(period_overlap_q(start, end))

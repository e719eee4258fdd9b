"""Chainable reads shared by every register record."""

from __future__ import annotations

from datetime import date
from typing import Any, Self

from django.db import models
from django.db.models import Case, CharField, Value, When

from . import periods
from .constants import Certainty, Holds, PublicationState


class PublishableQuerySet(models.QuerySet):
    """Records with a publication state; the public sees published ones only."""

    def published(self) -> Self:
        return self.filter(publication_state=PublicationState.PUBLISHED)

    def visible_to(self, user: Any) -> Self:
        """What ``user`` may read: everything for a coordinator (a staff user),
        published records for anyone else."""
        if user is not None and user.is_authenticated and user.is_staff:
            return self
        return self.published()


class PeriodQuerySet(PublishableQuerySet):
    """Reads on records that hold for a period (see ``apps.core.periods``)."""

    def active_on(self, day: date, certainty: str = Certainty.CERTAIN) -> Self:
        """Records that certainly hold on ``day``, or with ``certainty="possible"``
        also those that may hold on it."""
        return self.filter(periods.record_holds_q(self.model, day, certainty))

    def overlapping(
        self,
        start: date | None,
        end: date | None,
        certainty: str = Certainty.CERTAIN,
    ) -> Self:
        """Records that (certainly, or possibly) hold on a day of [start, end];
        what possibly holds is bounded by the existence of the records' parties
        and components (``periods.may_exist_q``)."""
        condition = periods.overlap_q(start, end, certainty)
        if certainty == Certainty.POSSIBLE:
            condition &= periods.may_exist_during_q(self.model, start, end)
        return self.filter(condition)

    def with_holds_on(self, day: date) -> Self:
        """Annotate each record with ``holds``: yes, no or unknown on ``day``."""
        return self.annotate(
            holds=Case(
                When(periods.certainly_holds_q(day), then=Value(Holds.YES)),
                When(
                    periods.record_holds_q(self.model, day, Certainty.POSSIBLE),
                    then=Value(Holds.UNKNOWN),
                ),
                default=Value(Holds.NO),
                output_field=CharField(),
            )
        )

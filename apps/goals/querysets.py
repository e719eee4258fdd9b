from __future__ import annotations

from datetime import date
from typing import Self

from django.db.models import Q

from apps.core.querysets import PeriodQuerySet, PublishableQuerySet

from .constants import GoalStatus

OPEN_STATUSES = (GoalStatus.PROPOSED, GoalStatus.IN_PROGRESS, GoalStatus.ON_HOLD)


class ImprovementGoalQuerySet(PeriodQuerySet):
    """Improvement goals; ``active_on(day)`` gives those set and not closed by then."""

    def open(self) -> Self:
        return self.filter(status__in=OPEN_STATUSES)

    def overdue_on(self, day: date) -> Self:
        """Open goals whose target date lies before ``day``."""
        return self.open().filter(target_date__lt=day)


class ReviewQuerySet(PublishableQuerySet):
    def current_on(self, day: date) -> Self:
        """The reviews whose findings were current on ``day``: held by then and not
        yet past their next due date."""
        return self.filter(
            Q(held_on__lte=day),
            Q(next_review_due__isnull=True) | Q(next_review_due__gte=day),
        )

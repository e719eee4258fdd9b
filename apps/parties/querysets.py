from __future__ import annotations

from datetime import date
from typing import Self

from django.db.models import Q

from apps.core import periods
from apps.core.constants import Certainty
from apps.core.querysets import PeriodQuerySet


class PartyQuerySet(PeriodQuerySet):
    """Parties; ``active_on(day)`` gives those that existed on that day."""

    def members_of(
        self, organisation_id: int, day: date, certainty: str = Certainty.CERTAIN
    ) -> Self:
        """Parties that were (certainly, or possibly) a member of
        ``organisation_id`` on ``day``."""
        return self.filter(
            periods.holds_q(day, certainty, prefix="memberships_as_member__"),
            memberships_as_member__organisation_id=organisation_id,
        ).distinct()

    def search(self, text: str) -> Self:
        """Parties whose name, legal name or one of their aliases contains ``text``."""
        return self.filter(
            Q(name__icontains=text)
            | Q(legal_name__icontains=text)
            | Q(aliases__name__icontains=text)
        ).distinct()


class MembershipQuerySet(PeriodQuerySet):
    pass

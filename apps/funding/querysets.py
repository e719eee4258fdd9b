from __future__ import annotations

from typing import Self

from django.db import models
from django.db.models import Exists, OuterRef

from apps.core.querysets import PeriodQuerySet
from apps.parties.querysets import OnBehalfOfQuerySetMixin


class FundingStreamQuerySet(OnBehalfOfQuerySetMixin, PeriodQuerySet):
    """Funding streams; ``active_on(day)`` gives those in force on that day."""

    def with_related(self) -> Self:
        # Lists show funder, recipient, what the money is for, the route (hops
        # with their parties) and the amounts per year: one query each.
        from .models import FundingHop

        return self.select_related(
            "funder", "recipient", "contract", "lot", "work_category", "component"
        ).prefetch_related(
            models.Prefetch(
                "hops", queryset=FundingHop.objects.select_related("party")
            ),
            "amounts",
        )

    def through(self, party: models.Model) -> Self:
        """Streams whose money passes ``party`` (as a hop), each once."""
        from .models import FundingHop

        return self.filter(
            Exists(FundingHop.objects.filter(stream=OuterRef("pk"), party=party))
        )

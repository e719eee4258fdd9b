from __future__ import annotations

from typing import Self

from apps.core.querysets import PeriodQuerySet
from apps.parties.querysets import OnBehalfOfQuerySetMixin


class FundingStreamQuerySet(OnBehalfOfQuerySetMixin, PeriodQuerySet):
    """Funding streams; ``active_on(day)`` gives those in force on that day."""

    def with_related(self) -> Self:
        # Lists show funder, recipient, intermediary and what the money is for.
        return self.select_related(
            "funder", "recipient", "intermediary", "contract", "work_category"
        )

from __future__ import annotations

from typing import Self

from apps.core.querysets import PeriodQuerySet


class FundingStreamQuerySet(PeriodQuerySet):
    """Funding streams; ``active_on(day)`` gives those in force on that day."""

    def with_related(self) -> Self:
        # Lists show funder, recipient, intermediary and what the money is for.
        return self.select_related(
            "funder", "recipient", "intermediary", "contract", "work_category"
        )

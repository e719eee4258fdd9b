from __future__ import annotations

from typing import Self

from apps.core.querysets import PeriodQuerySet
from apps.parties.querysets import OnBehalfOfQuerySetMixin

from .constants import ContractType


class ContractQuerySet(OnBehalfOfQuerySetMixin, PeriodQuerySet):
    """Contracts; ``active_on(day)`` gives those in force on that day."""

    def continuous(self) -> Self:
        return self.filter(contract_type=ContractType.CONTINUOUS)

    def one_off(self) -> Self:
        return self.filter(contract_type=ContractType.ONE_OFF)

    def with_related(self) -> Self:
        # Every list of contracts shows both parties, the component and the label.
        return self.select_related("client", "contractor", "component", "work_category")

from __future__ import annotations

from typing import Self

from apps.core.querysets import PeriodQuerySet
from apps.parties.querysets import OnBehalfOfQuerySetMixin


class RoleAssignmentQuerySet(OnBehalfOfQuerySetMixin, PeriodQuerySet):
    """Role assignments; ``active_on(day)`` gives those in force on that day."""

    def with_related(self) -> Self:
        # The admin, API and pages all show party, role type and component.
        return self.select_related("party", "role_type", "component")

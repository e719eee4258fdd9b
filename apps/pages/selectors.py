"""Reads for the public pages; they span the register's apps."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet


@dataclass(frozen=True)
class RegisterSummary:
    components: QuerySet
    party_count: int
    role_assignment_count: int
    contract_count: int
    funding_stream_count: int
    theme_count: int


def register_summary() -> RegisterSummary:
    """Counts of what the public register holds, and its components: a public
    page, so published records only."""
    from apps.components.models import Component
    from apps.contracts.models import Contract
    from apps.funding.models import FundingStream
    from apps.goals.models import ReliabilityTheme
    from apps.parties.models import Party
    from apps.roles.models import RoleAssignment

    return RegisterSummary(
        components=Component.objects.published().order_by("name"),
        party_count=Party.objects.published().count(),
        role_assignment_count=RoleAssignment.objects.published().count(),
        contract_count=Contract.objects.published().count(),
        funding_stream_count=FundingStream.objects.published().count(),
        theme_count=ReliabilityTheme.objects.published().count(),
    )

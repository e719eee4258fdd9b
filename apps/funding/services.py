"""Writes on funding streams that concern more than one row: the route and the
amounts per year, each replaced as a whole so that its rules can be checked."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from django.db import transaction

from apps.parties.models import Party

from .models import FundingAmount, FundingHop, FundingStream


@transaction.atomic
def funding_stream_route_set(
    *, stream: FundingStream, parties: Sequence[Party]
) -> list[FundingHop]:
    """Replace the stream's hops by ``parties``, in order (empty: paid directly)."""
    stream.validate_route(parties)
    current = list(stream.hops.order_by("position"))
    if [hop.party_id for hop in current] == [party.pk for party in parties]:
        return current  # unchanged: no new rows, no history
    stream.hops.all().delete()
    hops = []
    for position, party in enumerate(parties, start=1):
        hop = FundingHop(stream=stream, position=position, party=party)
        hop.full_clean()
        hop.save()
        hops.append(hop)
    return hops


@transaction.atomic
def funding_stream_amounts_set(
    *, stream: FundingStream, amounts: Sequence[tuple[int, Decimal]]
) -> list[FundingAmount]:
    """Replace the stream's amounts per year (empty: the amount is not split)."""
    stream.validate_yearly_amounts(amounts)
    current = list(stream.amounts.order_by("year"))
    if [(row.year, row.amount) for row in current] == sorted(amounts):
        return current  # unchanged: no new rows, no history
    stream.amounts.all().delete()
    rows = []
    for year, amount in sorted(amounts):
        row = FundingAmount(stream=stream, year=year, amount=amount)
        row.full_clean()
        row.save()
        rows.append(row)
    return rows

"""What is funded against what it is worth: the coverage of contracts and lots.

The one rule, counting each euro once:

- A funding stream pays for exactly one thing (a database constraint): a
  contract, a lot of a contract, or (where no contract exists) a work category.
  Money through intermediaries is one stream with its hops, so a euro is in one
  stream only.
- A **lot** is funded by the streams that pay for that lot.
- A **contract** is funded by the streams that pay for the contract and those
  that pay for any of its lots, each stream once. Money paid for the contract as
  a whole is not split over its lots: it is not counted again in a lot.
- A contract is worth the sum of its lots' values (``ContractTotal``); when a
  lot's value is unknown the contract is worth *at least* that sum.

The outcome compares the two:

- **covered** when funded equals the value, **over-funded** when it exceeds it,
  **partly covered** when it falls short (also when nothing is funded);
- **unknown** when the value is unknown (no lot value known), or known only as
  "at least" and the funding reaches that lower bound (it may cover it, or not);
  a lot whose own streams fall short is also unknown while its contract has
  money for the whole contract, which may cover the rest.

Every amount counts whole, whatever its period; streams and lots a reader may
not see are left out (``user``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import OuterRef, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from apps.contracts.models import Contract, Lot
from apps.contracts.querysets import MONEY
from apps.core.constants import Certainty
from apps.core.publication import visible

from .constants import CoverageStatus
from .models import FundingStream

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Coverage:
    """The coverage of one contract or lot."""

    status: str
    funded: Decimal
    value: Decimal | None
    value_complete: bool
    currency: str


def _funded(streams: QuerySet, **lookups: Any) -> Coalesce:
    """The sum of the streams matching ``lookups`` (with ``OuterRef``), as a
    subquery: joins elsewhere in the query never multiply it."""
    key = next(iter(lookups))
    return Coalesce(
        Subquery(
            streams.filter(**lookups)
            .order_by()
            .values(key)
            .annotate(total=Sum("amount"))
            .values("total"),
            output_field=MONEY,
        ),
        Value(ZERO),
        output_field=MONEY,
    )


def contracts_with_coverage(
    contracts: QuerySet[Contract], *, user: Any = None
) -> QuerySet[Contract]:
    """``contracts`` annotated for ``coverage``: their totals and what is paid for
    them (``funded_contract``: for the whole contract; ``funded_lots``: for its
    lots). ``user``: count only what that reader may see (``None``: everything)."""
    streams = _visible(FundingStream.objects.all(), user)
    return contracts.with_totals(lots=_visible(Lot.objects.all(), user)).annotate(
        funded_contract=_funded(streams, contract=OuterRef("pk")),
        funded_lots=_funded(streams, lot__contract=OuterRef("pk")),
    )


def lots_with_coverage(lots: QuerySet[Lot], *, user: Any = None) -> QuerySet[Lot]:
    """``lots`` annotated for ``coverage``: what is paid for each lot
    (``funded_lot``) and for its contract as a whole (``funded_contract``)."""
    streams = _visible(FundingStream.objects.all(), user)
    return lots.annotate(
        funded_lot=_funded(streams, lot=OuterRef("pk")),
        funded_contract=_funded(streams, contract=OuterRef("contract")),
    )


def coverage(record: Contract | Lot, *, user: Any = None) -> Coverage:
    """The coverage of a contract or lot, from the annotations above (one query
    when the record was not read with them)."""
    if isinstance(record, Contract):
        if not hasattr(record, "funded_contract"):
            record = contracts_with_coverage(
                Contract.objects.filter(pk=record.pk), user=user
            ).get()
        total = record.total
        return _outcome(
            funded=record.funded_contract + record.funded_lots,
            value=total.amount,
            complete=total.complete,
            currency=total.currency,
            shared=ZERO,
        )
    if not hasattr(record, "funded_lot"):
        record = lots_with_coverage(Lot.objects.filter(pk=record.pk), user=user).get()
    return _outcome(
        funded=record.funded_lot,
        value=record.value,
        complete=record.value is not None,
        currency=record.currency,
        shared=record.funded_contract,
    )


def _outcome(
    *,
    funded: Decimal,
    value: Decimal | None,
    complete: bool,
    currency: str,
    shared: Decimal,
) -> Coverage:
    """The rule of the module docstring. ``shared``: money for the whole contract
    that may also cover this (a lot)."""
    if value is None:
        status = CoverageStatus.UNKNOWN
    elif funded > value and complete:
        status = CoverageStatus.OVER_FUNDED
    elif funded == value and complete:
        status = CoverageStatus.COVERED
    elif funded < value and not shared:
        status = CoverageStatus.PARTLY_COVERED
    else:
        status = CoverageStatus.UNKNOWN
    return Coverage(
        status=status,
        funded=funded,
        value=value,
        value_complete=complete,
        currency=currency,
    )


def _visible(queryset: QuerySet, user: Any) -> QuerySet:
    return queryset if user is None else visible(queryset, user)


def _route(stream: FundingStream) -> list[int]:
    return [
        stream.funder_id,
        *(hop.party_id for hop in stream.hops.all()),
        stream.recipient_id,
    ]


def _part_of(inner: FundingStream, route: list[int]) -> bool:
    """Whether ``inner`` runs between two parties of ``route``, in its
    direction, without being the whole route."""
    if (inner.funder_id, inner.recipient_id) == (route[0], route[-1]):
        return False
    if inner.funder_id not in route or inner.recipient_id not in route:
        return False
    return route.index(inner.funder_id) < route.index(inner.recipient_id)


def streams_recording_a_hop_again(stream: FundingStream) -> list[FundingStream]:
    """Other streams that may record as separate money a part of ``stream``'s
    route, or whose route ``stream`` records a part of.

    Such a stream pays for the same thing (the same contract, lot, or work
    category and component), in a period that may overlap, from a party on the
    other's route to a later party on it: Enschede → Dimpact → Maykin recorded
    as one stream with a hop, and again Dimpact → Maykin. It may be other money
    (Dimpact's own contribution): the register cannot tell, so this flags it
    for the coordinator instead of refusing it.
    """
    if stream.pk is None:
        return []
    others = (
        FundingStream.objects.filter(
            contract_id=stream.contract_id,
            lot_id=stream.lot_id,
            work_category_id=stream.work_category_id,
            component_id=stream.component_id,
        )
        .exclude(pk=stream.pk)
        .overlapping(stream.start_earliest, stream.end_latest, Certainty.POSSIBLE)
        .prefetch_related("hops")
    )
    route = _route(stream)
    return [
        other
        for other in others
        if _part_of(other, route) or _part_of(stream, _route(other))
    ]

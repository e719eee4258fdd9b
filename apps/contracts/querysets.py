from __future__ import annotations

from datetime import date
from typing import Self

from django.db import models
from django.db.models import (
    Case,
    CharField,
    Count,
    DecimalField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from apps.core import periods
from apps.core.constants import Certainty, Precision
from apps.core.querysets import PeriodQuerySet
from apps.parties.querysets import OnBehalfOfQuerySetMixin

from .constants import ContractStatus, ContractType

MONEY = DecimalField(max_digits=16, decimal_places=2)


def _per_contract(
    lots: QuerySet, expression: models.Aggregate, field: models.Field
) -> Subquery:
    """An aggregate over a contract's lots, as a subquery: it never multiplies
    with other joins (a filter on components or lots), so no euro is counted
    twice."""
    return Subquery(
        lots.filter(contract=OuterRef("pk"))
        .order_by()
        .values("contract")
        .annotate(result=expression)
        .values("result"),
        output_field=field,
    )


def explicit_status_q(day: date) -> Q:
    """Contracts cancelled or terminated on or before ``day``."""
    return ~Q(explicit_status="") & Q(explicit_status_on__lte=day)


class ContractQuerySet(OnBehalfOfQuerySetMixin, PeriodQuerySet):
    """Contracts; ``active_on(day)`` gives those in force on that day."""

    def on_behalf_of(
        self,
        party: models.Model | int,
        certainty: str = Certainty.CERTAIN,
        *,
        published_only: bool = False,
    ) -> Self:
        """Contracts done on behalf of ``party``: entered into on its behalf, or
        with a lot that is."""
        from .models import Lot

        own = OnBehalfOfQuerySetMixin.on_behalf_of(
            self.model._default_manager.all(),
            party,
            certainty,
            published_only=published_only,
        )
        lots = OnBehalfOfQuerySetMixin.on_behalf_of(
            Lot._default_manager.all(),
            party,
            certainty,
            published_only=published_only,
        )
        return self.filter(
            Q(pk__in=own.values("pk")) | Q(pk__in=lots.values("contract"))
        )

    def with_related(self) -> Self:
        # Every list of contracts shows both parties, the predecessor, the
        # components and the lots with their labels: one query each.
        from .models import Lot

        return self.select_related(
            "client", "contractor", "predecessor"
        ).prefetch_related(
            "components",
            models.Prefetch(
                "lots", queryset=Lot.objects.select_related("work_category")
            ),
        )

    def with_totals(self, lots: QuerySet | None = None) -> Self:
        """Annotate the value from the lots (see ``ContractTotal``):
        ``value_total_amount`` (sum of the known lot values, null when none is
        known), ``value_lots`` (number of lots), ``value_unknown_lots`` (lots
        without a value) and ``value_currency``. ``lots`` limits the lots counted
        (those a reader may see)."""
        from .models import Lot

        lots = Lot.objects.all() if lots is None else lots
        return self.annotate(
            value_total_amount=_per_contract(lots, Sum("value"), MONEY),
            value_lots=Coalesce(
                _per_contract(lots, Count("pk"), IntegerField()), Value(0)
            ),
            value_unknown_lots=Coalesce(
                _per_contract(
                    lots, Count("pk", filter=Q(value__isnull=True)), IntegerField()
                ),
                Value(0),
            ),
            value_currency=Subquery(
                lots.filter(contract=OuterRef("pk"))
                .order_by("pk")
                .values("currency")[:1]
            ),
        )

    def with_status(self, day: date | None = None) -> Self:
        """Annotate ``derived_status``: the status on ``day`` (today by default),
        the rule of ``Contract.status_on`` in the database."""
        day = day or timezone.localdate()
        return self.annotate(
            derived_status=Case(
                When(explicit_status_q(day), then=F("explicit_status")),
                When(
                    periods.certainly_holds_q(day), then=Value(ContractStatus.IN_FORCE)
                ),
                When(start_earliest__gt=day, then=Value(ContractStatus.PLANNED)),
                When(end_latest__lt=day, then=Value(ContractStatus.ENDED)),
                default=Value(ContractStatus.UNKNOWN),
                output_field=CharField(),
            )
        )

    def in_status(
        self,
        status: str,
        day: date | None = None,
        certainty: str = Certainty.CERTAIN,
    ) -> Self:
        """Contracts whose status on ``day`` (today by default) is ``status``;
        with ``certainty="possible"`` also those whose dates allow it (planned:
        may not have started; in force: may hold; ended: may have ended)."""
        day = day or timezone.localdate()
        if certainty != Certainty.POSSIBLE or status not in (
            ContractStatus.PLANNED,
            ContractStatus.IN_FORCE,
            ContractStatus.ENDED,
        ):
            return self.with_status(day).filter(derived_status=status)
        possible = {
            ContractStatus.PLANNED: Q(start_latest__gt=day),
            ContractStatus.IN_FORCE: periods.possibly_holds_q(day),
            ContractStatus.ENDED: ~Q(end_precision=Precision.ONGOING)
            & Q(end_earliest__lt=day),
        }[status]
        return self.filter(possible).exclude(explicit_status_q(day))

    def with_lots_where(self, **lookups: object) -> Self:
        """Contracts with at least one lot matching ``lookups`` (each once)."""
        from .models import Lot

        return self.filter(
            Exists(Lot.objects.filter(contract=OuterRef("pk"), **lookups))
        )

    def continuous(self) -> Self:
        """Contracts with a continuous lot."""
        return self.with_lots_where(contract_type=ContractType.CONTINUOUS)

    def one_off(self) -> Self:
        """Contracts with a one-off lot."""
        return self.with_lots_where(contract_type=ContractType.ONE_OFF)


class LotQuerySet(OnBehalfOfQuerySetMixin, PeriodQuerySet):
    """Lots of contracts; ``active_on(day)`` gives those in force on that day."""

    def on_behalf_of(
        self,
        party: models.Model | int,
        certainty: str = Certainty.CERTAIN,
        *,
        published_only: bool = False,
    ) -> Self:
        """Lots done on behalf of ``party``: their own on-behalf-of, or their
        contract's (a lot of a contract for all members is for them too)."""
        from .models import Contract

        own = OnBehalfOfQuerySetMixin.on_behalf_of(
            self.model._default_manager.all(),
            party,
            certainty,
            published_only=published_only,
        )
        contracts = OnBehalfOfQuerySetMixin.on_behalf_of(
            Contract._default_manager.all(),
            party,
            certainty,
            published_only=published_only,
        )
        return self.filter(
            Q(pk__in=own.values("pk")) | Q(contract__in=contracts.values("pk"))
        )

    def with_related(self) -> Self:
        # A lot is shown with its contract (and client), label and predecessor.
        return self.select_related(
            "contract", "contract__client", "work_category", "predecessor"
        )

    def continuous(self) -> Self:
        return self.filter(contract_type=ContractType.CONTINUOUS)

    def without_successor(self) -> Self:
        """Lots that no lot continues: for a continuous lot that ends, a
        continuity risk."""
        return self.filter(successors__isnull=True)

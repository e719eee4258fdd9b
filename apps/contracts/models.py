"""Contracts for labelled work on components, their lots, and the labels (work
categories)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from apps.core.constants import Holds
from apps.core.fields import currency_field
from apps.core.models import (
    CitableModel,
    PeriodModel,
    PublishableModel,
    RegisterModel,
)
from apps.parties.models import OnBehalfOfModel

from .constants import ContractStatus, ContractType, ExplicitStatus
from .querysets import ContractQuerySet, LotQuerySet


class WorkCategory(RegisterModel, PublishableModel, CitableModel):
    """The label on a piece of work: maintenance, hosting, documentation, …"""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("work category")
        verbose_name_plural = _("work categories")
        ordering = ["name"]
        constraints = [
            *CitableModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["slug"],
                name="contracts_workcategory_slug_unique",
                violation_error_code="contracts_workcategory_slug_unique",
                violation_error_message=_(
                    "A work category with this slug already exists."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class ContractTotal:
    """A contract's value, the sum of its lots' values.

    ``amount`` is the sum of the lots whose value is known (``None`` when no lot
    has one); ``complete`` says whether every lot's value is known. When it is
    not, the contract is worth *at least* ``amount``: values are never negative.
    """

    amount: Decimal | None
    currency: str
    complete: bool

    def display(self) -> str:
        if self.amount is None:
            return "-"
        text = (
            f"{self.currency} "
            f"{formats.number_format(self.amount, 2, force_grouping=True)}"
        )
        if not self.complete:
            return gettext("at least %(amount)s") % {"amount": text}
        return text


def continuation_errors(
    *, predecessor: Any, successor: Any, client_of: Any
) -> dict[str, list[str]]:
    """Why ``successor`` cannot continue ``predecessor`` (contracts or lots):
    a continuation has the same client and does not certainly start before what
    it continues. Keyed by the field to change (``predecessor``).

    ``client_of`` reads a record's client id (a lot's is its contract's).
    """
    if predecessor is None or successor.start_latest is None:
        return {}
    errors: list[str] = []
    if client_of(predecessor) != client_of(successor):
        errors.append(
            gettext("A continuation has the same client as what it continues.")
        )
    if (
        predecessor.start_earliest is not None
        and predecessor.start_earliest > successor.start_latest
    ):
        errors.append(
            gettext("The predecessor cannot start after the record that continues it.")
        )
    return {"predecessor": errors} if errors else {}


class Contract(
    RegisterModel, PublishableModel, PeriodModel, CitableModel, OnBehalfOfModel
):
    """An agreement in which a client has a contractor do labelled work, in one or
    more lots, on one or more components.

    Its value, work categories and type derive from its lots; its status from its
    dates, unless it was cancelled or terminated early (``explicit_status``).
    """

    acting_party_field = "client"
    existence_of = ("client", "contractor")
    _history_m2m_fields = ("components", "on_behalf_of")

    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    client = models.ForeignKey(
        "parties.Party",
        on_delete=models.PROTECT,
        related_name="contracts_as_client",
        verbose_name=_("client"),
    )
    contractor = models.ForeignKey(
        "parties.Party",
        on_delete=models.PROTECT,
        related_name="contracts_as_contractor",
        verbose_name=_("contractor"),
    )
    components = models.ManyToManyField(
        "components.Component",
        blank=True,
        related_name="contracts",
        verbose_name=_("components"),
        help_text=_(
            "Leave empty for work that spans components, or whose components are "
            "not known."
        ),
    )
    procurement_reference = models.CharField(
        _("procurement reference"),
        max_length=200,
        blank=True,
        help_text=_("Reference of the public procurement (e.g. TenderNed), if any."),
    )
    procurement_url = models.URLField(
        _("procurement URL"),
        blank=True,
        help_text=_("Where the procurement is published, e.g. on TenderNed."),
    )
    predecessor = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="successors",
        verbose_name=_("predecessor"),
        help_text=_(
            "The contract this one continues: same client, not starting after it."
        ),
    )
    # -- status: derived from the dates unless stated here ---------------------
    explicit_status = models.CharField(
        _("cancelled or terminated"),
        max_length=20,
        choices=ExplicitStatus.choices,
        blank=True,
        help_text=_(
            "Only when the dates do not say it: the contract was cancelled, or "
            "terminated before its agreed end. Otherwise its status follows from "
            "its dates."
        ),
    )
    explicit_status_on = models.DateField(
        _("cancelled or terminated on"),
        null=True,
        blank=True,
        help_text=_("The day it was cancelled or terminated; from then on it is."),
    )

    objects = ContractQuerySet.as_manager()

    class Meta:
        verbose_name = _("contract")
        verbose_name_plural = _("contracts")
        ordering = ["-start_latest", "title"]
        constraints = [
            *PeriodModel.Meta.constraints,
            *CitableModel.Meta.constraints,
            models.CheckConstraint(
                condition=~Q(client=F("contractor")),
                name="contracts_contract_client_not_contractor",
                violation_error_code="contracts_contract_client_not_contractor",
                violation_error_message=_("The client cannot be its own contractor."),
            ),
            models.CheckConstraint(
                condition=Q(predecessor__isnull=True) | ~Q(predecessor=F("pk")),
                name="contracts_contract_not_own_predecessor",
                violation_error_code="contracts_contract_not_own_predecessor",
                violation_error_message=_("A contract cannot continue itself."),
            ),
            models.CheckConstraint(
                condition=Q(explicit_status="", explicit_status_on__isnull=True)
                | (~Q(explicit_status="") & Q(explicit_status_on__isnull=False)),
                name="contracts_contract_explicit_status_dated",
                violation_error_code="contracts_contract_explicit_status_dated",
                violation_error_message=_(
                    "A cancelled or terminated contract states the day it was; "
                    "that day needs the status."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    # -- status ----------------------------------------------------------------

    def status_on(self, day: date) -> str:
        """The contract's status on ``day`` (a ``ContractStatus``).

        Cancelled or terminated from its ``explicit_status_on``; otherwise in
        force where its period certainly holds, planned where it certainly has
        not started, ended where it certainly has ended, and unknown where the
        dates leave it open. ``ContractQuerySet.with_status`` is the same rule
        for the database; tests keep the two in step.
        """
        if (
            self.explicit_status
            and self.explicit_status_on is not None
            and self.explicit_status_on <= day
        ):
            return self.explicit_status
        if self.holds_on(day) == Holds.YES:
            return ContractStatus.IN_FORCE
        if self.start_earliest is not None and self.start_earliest > day:
            return ContractStatus.PLANNED
        if self.end_latest is not None and self.end_latest < day:
            return ContractStatus.ENDED
        return ContractStatus.UNKNOWN

    @property
    def status(self) -> str:
        """The status today."""
        return self.status_on(timezone.localdate())

    def get_status_display(self) -> str:
        return str(ContractStatus(self.status).label)

    # -- what derives from the lots --------------------------------------------

    @property
    def total(self) -> ContractTotal:
        """The value of the contract: the sum of its lots (see ``ContractTotal``),
        read from ``ContractQuerySet.with_totals`` (one query when not annotated)."""
        if not hasattr(self, "value_total_amount"):
            annotated = type(self)._default_manager.with_totals().get(pk=self.pk)
            for name in ("value_total_amount", "value_lots", "value_unknown_lots"):
                setattr(self, name, getattr(annotated, name))
            self.value_currency = annotated.value_currency
        return ContractTotal(
            amount=self.value_total_amount,
            currency=self.value_currency or "EUR",
            complete=bool(self.value_lots) and not self.value_unknown_lots,
        )

    @property
    def work_categories(self) -> list[WorkCategory]:
        """The work categories of its lots, each once (from prefetched lots)."""
        seen: dict[int, WorkCategory] = {}
        for lot in self.lots.all():
            seen.setdefault(lot.work_category_id, lot.work_category)
        return sorted(seen.values(), key=lambda category: category.name)

    @property
    def has_continuous_lot(self) -> bool:
        return any(
            lot.contract_type == ContractType.CONTINUOUS for lot in self.lots.all()
        )

    # -- rules -----------------------------------------------------------------

    def clean(self) -> None:
        super().clean()
        errors: dict[str, list[str]] = {}
        if (
            self.explicit_status == ExplicitStatus.TERMINATED
            and self.explicit_status_on is not None
            and self.start_earliest is not None
            and self.explicit_status_on < self.start_earliest
        ):
            errors["explicit_status"] = [
                gettext("A contract called off before it started was cancelled.")
            ]
        errors.update(
            continuation_errors(
                predecessor=self.predecessor,
                successor=self,
                client_of=lambda contract: contract.client_id,
            )
        )
        if self.pk is not None and self.start_latest is not None:
            for successor in self.successors.all():
                for messages in continuation_errors(
                    predecessor=self,
                    successor=successor,
                    client_of=lambda contract: contract.client_id,
                ).values():
                    errors.setdefault(NON_FIELD_ERRORS, []).extend(
                        f"{successor}: {message}" for message in messages
                    )
            for lot in self.lots.all():
                for name, messages in lot_outside_errors(lot, self).items():
                    errors.setdefault(name, []).extend(
                        f"{lot}: {message}" for message in messages
                    )
        if errors:
            raise ValidationError(errors)


def lot_outside_errors(lot: Lot, contract: Contract) -> dict[str, list[str]]:
    """A lot lies within its contract's period: it may not certainly begin before
    the contract begins, nor certainly end after it ends (uncertain dates that may
    fit are allowed). Keyed by the boundary to change."""
    errors: dict[str, list[str]] = {}
    if lot.start_latest is None or contract.start_latest is None:
        return errors
    if (
        contract.start_earliest is not None
        and lot.start_latest < contract.start_earliest
    ):
        errors["start"] = [gettext("The lot cannot begin before its contract begins.")]
    if (
        contract.end_latest is not None
        and lot.end_earliest is not None
        and lot.end_earliest > contract.end_latest
    ):
        errors["end"] = [gettext("The lot cannot end after its contract ends.")]
    return errors


class Lot(RegisterModel, PublishableModel, PeriodModel, CitableModel, OnBehalfOfModel):
    """A lot (*kavel*) of a contract: one kind of work, one-off or continuous, with
    its own period, value and service levels.

    Its client is its contract's; like the contract, it may be entered into on
    behalf of (some of) the client's members.
    """

    acting_party_field = "contract__client"

    contract = models.ForeignKey(
        Contract,
        on_delete=models.CASCADE,
        related_name="lots",
        verbose_name=_("contract"),
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_(
            "The lot ('kavel') as the contract names it, e.g. 'Kavel Onderhoud'."
        ),
    )
    work_category = models.ForeignKey(
        WorkCategory,
        on_delete=models.PROTECT,
        related_name="lots",
        verbose_name=_("work category"),
    )
    contract_type = models.CharField(
        _("one-off or continuous"),
        max_length=20,
        choices=ContractType.choices,
        db_index=True,
    )
    value = models.DecimalField(
        _("value"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Value of the lot; leave empty when unknown."),
    )
    currency = currency_field()
    sla = models.TextField(
        _("service levels (SLA)"),
        blank=True,
        help_text=_("The service levels agreed for this lot, or a summary of them."),
    )
    sla_url = models.URLField(
        _("SLA URL"), blank=True, help_text=_("Where the agreed service levels are.")
    )
    codebase_state = models.CharField(
        _("codebase state"),
        max_length=200,
        blank=True,
        help_text=_(
            "The agreed state of the codebase the lot refers to, where known: a "
            "version, tag or commit."
        ),
    )
    predecessor = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="successors",
        verbose_name=_("predecessor"),
        help_text=_(
            "The lot this one continues (a continuous lot's successor is found "
            "through it): same client, not starting after it."
        ),
    )

    objects = LotQuerySet.as_manager()

    class Meta:
        verbose_name = _("lot")
        verbose_name_plural = _("lots")
        ordering = ["start_latest", "name"]
        constraints = [
            *PeriodModel.Meta.constraints,
            *CitableModel.Meta.constraints,
            models.CheckConstraint(
                condition=Q(value__isnull=True) | Q(value__gte=0),
                name="contracts_lot_value_not_negative",
                violation_error_code="contracts_lot_value_not_negative",
                violation_error_message=_("The value cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(predecessor__isnull=True) | ~Q(predecessor=F("pk")),
                name="contracts_lot_not_own_predecessor",
                violation_error_code="contracts_lot_not_own_predecessor",
                violation_error_message=_("A lot cannot continue itself."),
            ),
            models.UniqueConstraint(
                fields=["contract", "name"],
                name="contracts_lot_name_unique",
                violation_error_code="contracts_lot_name_unique",
                violation_error_message=_(
                    "This contract already has a lot of this name."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def successor(self) -> Lot | None:
        """The lot that continues this one, if any (the latest to start)."""
        return self.successors.order_by("-start_latest").first()

    def clean(self) -> None:
        super().clean()
        if self.contract_id is None:
            return  # reported on its own
        contract = self.contract
        errors = lot_outside_errors(self, contract)
        errors.update(
            continuation_errors(
                predecessor=self.predecessor,
                successor=self,
                client_of=lambda lot: lot.contract.client_id,
            )
        )
        other_currencies = (
            contract.lots.exclude(pk=self.pk).exclude(currency=self.currency).exists()
            if contract.pk is not None
            else False
        )
        if other_currencies:
            errors["currency"] = [
                gettext(
                    "The lots of one contract share a currency, so that its "
                    "total adds up."
                )
            ]
        if errors:
            raise ValidationError(errors)

"""Funding streams: who pays whom, how much, for which work, along which route."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from apps.core.fields import currency_field
from apps.core.models import (
    CitableModel,
    PeriodModel,
    PublishableModel,
    RegisterModel,
)
from apps.core.validators import existence_findings
from apps.parties.models import OnBehalfOfModel

from .querysets import FundingStreamQuerySet


class FundingStream(
    RegisterModel, PublishableModel, PeriodModel, CitableModel, OnBehalfOfModel
):
    """Money from a funder to a recipient, possibly through intermediaries (its
    hops), for one contract, one lot or, where no contract exists, a kind of work.

    One stream is one sum of money: passing through Dimpact is a hop of the
    stream, never a second stream, so no euro is counted twice.
    """

    acting_party_field = "funder"
    existence_of = ("funder", "recipient", "component")

    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    funder = models.ForeignKey(
        "parties.Party",
        on_delete=models.PROTECT,
        related_name="funding_streams_as_funder",
        verbose_name=_("funder"),
    )
    recipient = models.ForeignKey(
        "parties.Party",
        on_delete=models.PROTECT,
        related_name="funding_streams_as_recipient",
        verbose_name=_("recipient"),
    )
    amount = models.DecimalField(
        _("amount"),
        max_digits=14,
        decimal_places=2,
        help_text=_("The whole sum; when amounts per year are given, their total."),
    )
    currency = currency_field()
    contract = models.ForeignKey(
        "contracts.Contract",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="funding_streams",
        verbose_name=_("contract"),
        help_text=_("The contract this money pays for (all of its lots)."),
    )
    lot = models.ForeignKey(
        "contracts.Lot",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="funding_streams",
        verbose_name=_("lot"),
        help_text=_("The lot this money pays for, instead of a whole contract."),
    )
    work_category = models.ForeignKey(
        "contracts.WorkCategory",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="funding_streams",
        verbose_name=_("work category"),
        help_text=_("Where no contract exists: the kind of work this money pays for."),
    )
    component = models.ForeignKey(
        "components.Component",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="funding_streams",
        verbose_name=_("component"),
    )

    objects = FundingStreamQuerySet.as_manager()

    class Meta:
        verbose_name = _("funding stream")
        verbose_name_plural = _("funding streams")
        ordering = ["-start_latest", "title"]
        constraints = [
            *PeriodModel.Meta.constraints,
            *CitableModel.Meta.constraints,
            models.CheckConstraint(
                condition=Q(amount__gte=0),
                name="funding_fundingstream_amount_not_negative",
                violation_error_code="funding_fundingstream_amount_not_negative",
                violation_error_message=_("The amount cannot be negative."),
            ),
            models.CheckConstraint(
                condition=~Q(funder=F("recipient")),
                name="funding_fundingstream_funder_not_recipient",
                violation_error_code="funding_fundingstream_funder_not_recipient",
                violation_error_message=_("A funder cannot fund itself."),
            ),
            models.CheckConstraint(
                condition=Q(
                    contract__isnull=False,
                    lot__isnull=True,
                    work_category__isnull=True,
                )
                | Q(
                    contract__isnull=True, lot__isnull=False, work_category__isnull=True
                )
                | Q(
                    contract__isnull=True, lot__isnull=True, work_category__isnull=False
                ),
                name="funding_fundingstream_pays_for_one_thing",
                violation_error_code="funding_fundingstream_pays_for_one_thing",
                violation_error_message=_(
                    "Say what the money pays for: one contract, one lot, or (where "
                    "no contract exists) a work category."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def intermediary(self) -> Any:
        """The first party the money passes through, if any."""
        hops = self.hops.all()
        return hops[0].party if hops else None

    @property
    def intermediaries(self) -> list:
        """The parties the money passes through, in order (from prefetched hops)."""
        return [hop.party for hop in self.hops.all()]

    def validate_route(self, parties: Sequence) -> None:
        """Refuse a route (the hops' parties, in order) that passes a party twice
        or passes the funder or the recipient: each hop is a third party, once."""
        errors: list[str] = []
        ids = [party.pk for party in parties]
        if len(set(ids)) != len(ids):
            errors.append(
                gettext("The money passes each party once: remove the repeated hop.")
            )
        if {self.funder_id, self.recipient_id} & set(ids):
            errors.append(_third_party_message())
        if errors:
            raise ValidationError({"hops": errors})

    def validate_yearly_amounts(self, amounts: Iterable[tuple[int, Decimal]]) -> None:
        """Refuse amounts per year that do not add up to the stream's amount, or
        that name a year twice: a euro is in one year only. No amounts per year
        is fine (the amount is then not split)."""
        pairs = list(amounts)
        if not pairs:
            return
        errors: list[str] = []
        years = [year for year, _amount in pairs]
        if len(set(years)) != len(years):
            errors.append(gettext("Give each year once."))
        total = sum((amount for _year, amount in pairs), Decimal(0))
        if self.amount is not None and total != self.amount:
            errors.append(
                gettext(
                    "The amounts per year add up to %(total)s, not to the "
                    "stream's amount of %(amount)s."
                )
                % {
                    "total": formats.number_format(total, 2, force_grouping=True),
                    "amount": formats.number_format(
                        self.amount, 2, force_grouping=True
                    ),
                }
            )
        if errors:
            raise ValidationError({"amounts": errors})


def _third_party_message() -> str:
    return gettext("A hop is a third party: neither the funder nor the recipient.")


class FundingHop(RegisterModel):
    """A party a funding stream passes through on its way (such as Dimpact for
    its member municipalities), in order."""

    stream = models.ForeignKey(
        FundingStream,
        on_delete=models.CASCADE,
        related_name="hops",
        verbose_name=_("funding stream"),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), help_text=_("1 for the first party after the funder.")
    )
    party = models.ForeignKey(
        "parties.Party",
        on_delete=models.PROTECT,
        related_name="funding_hops",
        verbose_name=_("party"),
    )

    class Meta:
        verbose_name = _("hop")
        verbose_name_plural = _("hops")
        ordering = ["stream", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["stream", "party"],
                name="funding_fundinghop_party_once",
                violation_error_code="funding_fundinghop_party_once",
                violation_error_message=_(
                    "The money already passes this party: a hop is recorded once."
                ),
            ),
            models.UniqueConstraint(
                fields=["stream", "position"],
                name="funding_fundinghop_position_unique",
                violation_error_code="funding_fundinghop_position_unique",
                violation_error_message=_("Another hop has this position."),
            ),
        ]

    def __str__(self) -> str:
        return str(self.party)

    def clean(self) -> None:
        super().clean()
        if self.stream_id is None or self.party_id is None:
            return
        stream = self.stream
        if self.party_id in (stream.funder_id, stream.recipient_id):
            raise ValidationError({"party": _third_party_message()})
        errors, _warnings = existence_findings(stream, {"party": self.party})
        if errors:
            raise ValidationError(errors)


class FundingAmount(RegisterModel):
    """The part of a funding stream's amount paid in one year."""

    stream = models.ForeignKey(
        FundingStream,
        on_delete=models.CASCADE,
        related_name="amounts",
        verbose_name=_("funding stream"),
    )
    year = models.PositiveSmallIntegerField(_("year"))
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)

    class Meta:
        verbose_name = _("amount per year")
        verbose_name_plural = _("amounts per year")
        ordering = ["stream", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["stream", "year"],
                name="funding_fundingamount_year_once",
                violation_error_code="funding_fundingamount_year_once",
                violation_error_message=_(
                    "This stream already has an amount for this year."
                ),
            ),
            models.CheckConstraint(
                condition=Q(amount__gte=0),
                name="funding_fundingamount_amount_not_negative",
                violation_error_code="funding_fundingamount_amount_not_negative",
                violation_error_message=_("The amount cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.year}: {self.amount}"

    def clean(self) -> None:
        super().clean()
        if self.stream_id is None or self.year is None:
            return
        stream = self.stream
        before = (
            stream.start_earliest is not None and self.year < stream.start_earliest.year
        )
        after = stream.end_latest is not None and self.year > stream.end_latest.year
        if before or after:
            raise ValidationError(
                {"year": gettext("The year lies outside the stream's period.")}
            )

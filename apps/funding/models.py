"""Funding streams: who pays whom, how much, for which work."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from apps.core.fields import currency_field
from apps.core.models import (
    CitableModel,
    PeriodModel,
    PublishableModel,
    RegisterModel,
)
from apps.parties.models import OnBehalfOfModel

from .querysets import FundingStreamQuerySet


class FundingStream(
    RegisterModel, PublishableModel, PeriodModel, CitableModel, OnBehalfOfModel
):
    """Money from a funder to a recipient, possibly through an intermediary."""

    acting_party_field = "funder"

    existence_of = ("funder", "recipient", "intermediary", "component")

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
    intermediary = models.ForeignKey(
        "parties.Party",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="funding_streams_as_intermediary",
        verbose_name=_("intermediary"),
        help_text=_("A party the money passes through, such as Dimpact."),
    )
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    currency = currency_field()
    contract = models.ForeignKey(
        "contracts.Contract",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="funding_streams",
        verbose_name=_("contract"),
        help_text=_("The contract this money pays for."),
    )
    work_category = models.ForeignKey(
        "contracts.WorkCategory",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="funding_streams",
        verbose_name=_("work category"),
        help_text=_("The kind of work this money pays for."),
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
                condition=Q(intermediary__isnull=True)
                | (~Q(intermediary=F("funder")) & ~Q(intermediary=F("recipient"))),
                name="funding_fundingstream_intermediary_is_third_party",
                violation_error_code="funding_fundingstream_intermediary_is_third_party",
                violation_error_message=_(
                    "The intermediary must differ from the funder and the recipient."
                ),
            ),
            models.CheckConstraint(
                condition=Q(contract__isnull=False) | Q(work_category__isnull=False),
                name="funding_fundingstream_pays_for_something",
                violation_error_code="funding_fundingstream_pays_for_something",
                violation_error_message=_(
                    "Say what the money pays for: a contract or a work category."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.title

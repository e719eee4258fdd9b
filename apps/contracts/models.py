"""Contracts for labelled work on a component, and the labels (work categories)."""

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

from .constants import ContractStatus, ContractType
from .querysets import ContractQuerySet


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


class Contract(
    RegisterModel, PublishableModel, PeriodModel, CitableModel, OnBehalfOfModel
):
    """An agreement in which a client has a contractor do labelled work."""

    acting_party_field = "client"

    existence_of = ("client", "contractor", "component")

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
    component = models.ForeignKey(
        "components.Component",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="contracts",
        verbose_name=_("component"),
        help_text=_("Leave empty for work that spans components."),
    )
    work_category = models.ForeignKey(
        WorkCategory,
        on_delete=models.PROTECT,
        related_name="contracts",
        verbose_name=_("work category"),
    )
    contract_type = models.CharField(
        _("one-off or continuous"),
        max_length=20,
        choices=ContractType.choices,
        db_index=True,
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ContractStatus.choices,
        default=ContractStatus.ACTIVE,
        db_index=True,
    )
    value = models.DecimalField(
        _("value"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Total value; leave empty when unknown."),
    )
    currency = currency_field()
    procurement_reference = models.CharField(
        _("procurement reference"),
        max_length=200,
        blank=True,
        help_text=_("Reference of the public procurement (e.g. TenderNed), if any."),
    )
    procurement_url = models.URLField(_("procurement URL"), blank=True)
    lot = models.CharField(
        _("lot"),
        max_length=200,
        blank=True,
        help_text=_("The lot ('kavel') of the procurement, e.g. 'Kavel Onderhoud'."),
    )
    predecessor = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="successors",
        verbose_name=_("predecessor"),
        help_text=_("The contract this one continues."),
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
                condition=Q(value__isnull=True) | Q(value__gte=0),
                name="contracts_contract_value_not_negative",
                violation_error_code="contracts_contract_value_not_negative",
                violation_error_message=_("The value cannot be negative."),
            ),
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
        ]

    def __str__(self) -> str:
        return self.title

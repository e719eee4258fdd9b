"""Dated events in the ecosystem's history, each citing where it is recorded."""

from __future__ import annotations

from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from apps.core.models import CitableModel, PublishableModel, RegisterModel

from .constants import DatePrecision


class Event(RegisterModel, PublishableModel, CitableModel):
    """Something that happened in the ecosystem on a known day, month or year."""

    _history_m2m_fields = ("parties",)

    date = models.DateField(
        _("date"),
        db_index=True,
        help_text=_("For a month or a year, use its first day and set the precision."),
    )
    date_precision = models.CharField(
        _("date precision"),
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    component = models.ForeignKey(
        "components.Component",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("component"),
    )
    parties = models.ManyToManyField(
        "parties.Party",
        blank=True,
        related_name="events",
        verbose_name=_("parties"),
    )

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-date", "title"]
        constraints = [*CitableModel.Meta.constraints]

    def __str__(self) -> str:
        return f"{self.display_date}: {self.title}"

    @property
    def display_date(self) -> str:
        """The date as precisely as it is known."""
        if self.date_precision == DatePrecision.YEAR:
            return str(self.date.year)
        if self.date_precision == DatePrecision.MONTH:
            return formats.date_format(self.date, "YEAR_MONTH_FORMAT")
        return formats.date_format(self.date, "DATE_FORMAT")

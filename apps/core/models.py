"""Building blocks every register record shares, and the public source a record cites."""

from __future__ import annotations

import uuid
from datetime import date

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from simple_history.models import HistoricalRecords

from .constants import SourceKind
from .querysets import PeriodQuerySet, period_overlap_q


class RegisterModel(models.Model):
    """A record with a stable public identifier, timestamps and a change history."""

    uuid = models.UUIDField(
        _("UUID"),
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("Stable public identifier of this record."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords(inherit=True)

    class Meta:
        abstract = True


class PeriodModel(models.Model):
    """A record that holds from ``start_date`` up to and including ``end_date``."""

    start_date = models.DateField(
        _("start date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("First day it holds; leave empty when unknown."),
    )
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Last day it holds; leave empty while it lasts."),
    )

    objects = PeriodQuerySet.as_manager()

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="%(app_label)s_%(class)s_period_valid",
                violation_error_message=_(
                    "The end date cannot be before the start date."
                ),
            ),
        ]

    def is_active_on(self, day: date) -> bool:
        """Whether this record is in force on ``day``."""
        starts_in_time = self.start_date is None or self.start_date <= day
        ends_in_time = self.end_date is None or self.end_date >= day
        return starts_in_time and ends_in_time

    def overlapping_siblings(self, **same: object) -> models.QuerySet:
        """Other records with the same ``same`` values whose period overlaps this one."""
        siblings = type(self)._default_manager.filter(**same)
        if self.pk is not None:
            siblings = siblings.exclude(pk=self.pk)
        return siblings.filter(period_overlap_q(self.start_date, self.end_date))


class Source(RegisterModel):
    """A public document that a record may cite for its facts."""

    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=SourceKind.choices,
        default=SourceKind.DOCUMENT,
    )
    url = models.URLField(_("URL"), max_length=500, blank=True)
    publisher = models.CharField(
        _("publisher"),
        max_length=200,
        blank=True,
        help_text=_("Who published it, as the document names itself."),
    )
    published_on = models.DateField(_("published on"), null=True, blank=True)
    reference = models.CharField(
        _("reference"),
        max_length=300,
        blank=True,
        help_text=_("Where in the source, e.g. a repository path or a section."),
    )
    summary = models.TextField(_("summary"), blank=True)

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class CitableModel(models.Model):
    """A record whose facts may cite public sources.

    ``_history_m2m_fields`` tells the change history to keep these links too; a
    model with more many-to-many links lists them all.
    """

    _history_m2m_fields: tuple[str, ...] = ("sources",)

    sources = models.ManyToManyField(
        "core.Source",
        blank=True,
        related_name="cited_by_%(app_label)s_%(class)s",
        verbose_name=_("sources"),
        help_text=_("Public documents this record's facts come from."),
    )

    class Meta:
        abstract = True

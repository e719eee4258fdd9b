"""Building blocks every register record shares, and the public source a record cites."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from django.conf import settings
from django.contrib.admin import display as admin_display
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from simple_history.models import HistoricalRecords

from . import periods
from .constants import (
    START_PRECISIONS,
    Basis,
    Holds,
    Precision,
    PublicationState,
    SourceKind,
)
from .periods import PartialDate, period_constraints
from .provenance import validate_provenance
from .querysets import PeriodQuerySet, PublishableQuerySet
from .validators import validate_existence, validate_no_overlap


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


class PublishableModel(models.Model):
    """A record the public sees only once the coordinator has published it.

    New records start as drafts, whatever creates them (admin, API, import).
    """

    publication_state = models.CharField(
        _("publication state"),
        max_length=10,
        choices=PublicationState.choices,
        default=PublicationState.DRAFT,
        db_index=True,
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published by"),
    )

    #: Fields only coordinators read: never shown to the public (API, pages,
    #: exports), whatever the record's state.
    internal_fields: tuple[str, ...] = ()

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self) -> bool:
        return self.publication_state == PublicationState.PUBLISHED

    def clean(self) -> None:
        """A published record never points at an unpublished one (its many-to-many
        links are checked by forms and the API, which know the new values)."""
        super().clean()
        from .publication import validate_published_links

        validate_published_links(self)


class PeriodModel(models.Model):
    """A record that holds for a period whose boundaries are known to a day, a
    month or a year, or not at all (see ``apps.core.periods``).

    ``overlap_key`` names the fields on which two records are "identical": such
    records may not certainly hold on the same day (``clean()``, the admin's
    formsets and, on PostgreSQL, an exclusion constraint all read it).
    ``existence_of`` names the links to parties or components that must exist
    while this record begins.
    """

    overlap_key: tuple[str, ...] = ()
    existence_of: tuple[str, ...] = ()
    #: How a form labels the boundaries; a model may say "exists since" instead.
    start_label = _("start")
    end_label = _("end")

    start_precision = models.CharField(
        _("start precision"),
        max_length=10,
        choices=START_PRECISIONS,
        help_text=_(
            "How much is known of the start: a day, a month, a year or nothing."
        ),
    )
    start_earliest = models.DateField(
        _("start, earliest"),
        null=True,
        blank=True,
        help_text=_("First day the start may lie on; empty when it is unknown."),
    )
    start_latest = models.DateField(
        _("start, latest"),
        db_index=True,
        help_text=_(
            "Last day the start may lie on; for an unknown start the earliest day "
            "on which a source shows it holding (known since)."
        ),
    )
    end_precision = models.CharField(
        _("end precision"),
        max_length=10,
        choices=Precision.choices,
        help_text=_("A day, a month, a year, unknown, or still going."),
    )
    end_earliest = models.DateField(
        _("end, earliest"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "First day the end may lie on; for an unknown end the last day on "
            "which it was seen holding (last confirmed); empty while still going."
        ),
    )
    end_latest = models.DateField(
        _("end, latest"),
        null=True,
        blank=True,
        help_text=_("Last day the end may lie on; empty when unknown or still going."),
    )

    objects = PeriodQuerySet.as_manager()

    class Meta:
        abstract = True
        constraints = period_constraints()

    # -- reading the period ----------------------------------------------------

    @property
    def start(self) -> PartialDate | None:
        """The start as a partial date; ``None`` when unknown."""
        return periods.start_of(self)

    @property
    def end(self) -> PartialDate | None:
        """The end as a partial date; ``None`` when unknown or still going."""
        return periods.end_of(self)

    @property
    def known_since(self) -> date | None:
        return self.start_latest if self.start_precision == Precision.UNKNOWN else None

    @property
    def last_confirmed(self) -> date | None:
        return self.end_earliest if self.end_precision == Precision.UNKNOWN else None

    @property
    def is_ongoing(self) -> bool:
        return self.end_precision == Precision.ONGOING

    def holds_on(self, day: date) -> Holds:
        """Whether this record holds on ``day``: yes, no or unknown."""
        return periods.holds_on(self, day)

    @admin_display(description=_("period"))
    def period_display(self) -> str:
        return periods.period_display(self)

    def set_period(self, **statement: Any) -> None:
        """Set the period from the way a person states it (see
        ``apps.core.periods.period_values``)."""
        for name, value in periods.period_values(**statement).items():
            setattr(self, name, value)

    # -- rules ------------------------------------------------------------------

    def clean(self) -> None:
        super().clean()
        if self.start_latest is None or not self.end_precision:
            return  # the missing field is reported on its own
        validate_no_overlap(self)
        validate_existence(self)

    def overlapping_siblings(self) -> models.QuerySet:
        """Records identical on ``overlap_key`` that certainly hold on a day this
        one certainly holds."""
        span = periods.certain_span(self)
        model = type(self)
        if span is None or not self.overlap_key:
            return model._default_manager.none()
        same: dict[str, object] = {}
        for name in self.overlap_key:
            field = model._meta.get_field(name)
            value = getattr(self, field.attname)
            if value is None and not field.null:
                return model._default_manager.none()  # reported on its own
            # An empty optional link is a value too: two rows without it are
            # identical on it (the PostgreSQL constraint coalesces it alike).
            same[f"{name}__isnull" if value is None else name] = (
                True if value is None else value
            )
        siblings = model._default_manager.filter(**same)
        if self.pk is not None:
            siblings = siblings.exclude(pk=self.pk)
        return siblings.overlapping(*span)


class Source(RegisterModel, PublishableModel):
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


class Citation(RegisterModel):
    """A record's citation of a source, with where in the source the fact is
    found (a page, a section or a quotation).

    The citing record is any citable model, reached through a generic foreign
    key: one table serves the fifteen citable models, the admin shows one inline
    and the API one nested list. A record's citations go when it is deleted
    (``CitableModel.citations`` cascades); a cited source cannot be deleted.
    """

    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        related_name="citations",
        verbose_name=_("source"),
    )
    content_type = models.ForeignKey(
        "contenttypes.ContentType",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("kind of record"),
    )
    object_id = models.PositiveBigIntegerField(_("record"))
    record = GenericForeignKey("content_type", "object_id")
    locator = models.CharField(
        _("locator"),
        max_length=500,
        help_text=_(
            "Where in the source: a page (p. 12), a section (§ 3.2), a repository "
            "path, or a quotation."
        ),
    )

    class Meta:
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        ordering = ["id"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(locator=""),
                name="core_citation_locator_given",
                violation_error_code="locator_given",
                violation_error_message=_("A citation says where in the source."),
            ),
            models.UniqueConstraint(
                fields=["content_type", "object_id", "source", "locator"],
                name="core_citation_unique",
                violation_error_code="citation_unique",
                violation_error_message=_(
                    "This record already cites this source at this locator."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source}, {self.locator}"


class CitableModel(models.Model):
    """A record that states its provenance: sourced (with citations), inferred
    (with its reasoning) or illustrative (see ``apps.core.provenance``)."""

    citations = GenericRelation(Citation, verbose_name=_("citations"))
    basis = models.CharField(
        _("basis"),
        max_length=12,
        choices=Basis.choices,
        default=Basis.SOURCED,
        db_index=True,
        help_text=_(
            "What the facts rest on: cited sources, an inference (explain it), or "
            "an illustration (demo placeholder)."
        ),
    )
    basis_note = models.TextField(
        _("reasoning"),
        blank=True,
        help_text=_("For an inferred record: how it was inferred, and from what."),
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=~Q(basis=Basis.INFERRED) | ~Q(basis_note=""),
                name="%(app_label)s_%(class)s_inference_explained",
                violation_error_code="inference_explained",
                violation_error_message=_("An inferred record states its reasoning."),
            ),
        ]

    @property
    def sources(self) -> list[Source]:
        """The sources this record cites (read from prefetched citations)."""
        return [citation.source for citation in self.citations.all()]

    def clean(self) -> None:
        super().clean()
        # Citations are saved after the record: the admin's formset and the API
        # check that a sourced record cites something.
        validate_provenance(
            basis=self.basis, basis_note=self.basis_note, citation_count=None
        )

"""Components (public codebases) the ecosystem governs, and the standards they implement."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.core.models import (
    CitableModel,
    PeriodModel,
    PublishableModel,
    RegisterModel,
)
from apps.core.querysets import PeriodQuerySet

from .constants import ComponentOrigin, DevelopmentStatus


class Standard(RegisterModel, PublishableModel, CitableModel):
    """A standard a component implements, such as the APIs for zaakgericht werken."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    url = models.URLField(_("URL"), blank=True)
    steward = models.ForeignKey(
        "parties.Party",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="standards_stewarded",
        verbose_name=_("steward"),
        help_text=_("The party that maintains the standard."),
    )

    class Meta:
        verbose_name = _("standard")
        verbose_name_plural = _("standards")
        ordering = ["name"]
        constraints = [
            *CitableModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["slug"],
                name="components_standard_slug_unique",
                violation_error_code="components_standard_slug_unique",
                violation_error_message=_("A standard with this slug already exists."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Component(RegisterModel, PublishableModel, PeriodModel, CitableModel):
    """A public codebase the ecosystem governs, such as OpenZaak.

    Its period is its existence: from its first release or the start of its
    development (``origin`` says which) until it is retired.
    """

    start_label = _("exists since")
    end_label = _("retired on")

    _history_m2m_fields = ("standards",)

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=200, help_text=_("Short name used in web addresses.")
    )
    description = models.TextField(_("description"), blank=True)
    repository_url = models.URLField(_("repository URL"), blank=True)
    licence = models.CharField(
        _("licence"),
        max_length=100,
        default="EUPL-1.2",
        help_text=_("SPDX licence identifier, e.g. EUPL-1.2."),
    )
    development_status = models.CharField(
        _("development status"),
        max_length=20,
        choices=DevelopmentStatus.choices,
        default=DevelopmentStatus.STABLE,
        db_index=True,
    )
    documentation_url = models.URLField(_("documentation URL"), blank=True)
    website = models.URLField(_("website"), blank=True)
    origin = models.CharField(
        _("exists since what"),
        max_length=20,
        choices=ComponentOrigin.choices,
        blank=True,
        help_text=_("What the start of its existence marks."),
    )
    standards = models.ManyToManyField(
        Standard,
        blank=True,
        related_name="components",
        verbose_name=_("standards"),
        help_text=_("Standards this component implements."),
    )

    objects = PeriodQuerySet.as_manager()

    class Meta:
        verbose_name = _("component")
        verbose_name_plural = _("components")
        ordering = ["name"]
        constraints = [
            *PeriodModel.Meta.constraints,
            *CitableModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["slug"],
                name="components_component_slug_unique",
                violation_error_code="components_component_slug_unique",
                violation_error_message=_("A component with this slug already exists."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Ecosystem(RegisterModel, PublishableModel, CitableModel):
    """A named group of components governed together, such as a portfolio.

    Roles whose scope is the ecosystem (the coordinating party of a portfolio)
    are held for it, not for one of its components.
    """

    _history_m2m_fields = ("components",)

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=200, help_text=_("Short name used in web addresses.")
    )
    description = models.TextField(_("description"), blank=True)
    components = models.ManyToManyField(
        Component,
        blank=True,
        related_name="ecosystems",
        verbose_name=_("components"),
        help_text=_("The components that belong to this ecosystem."),
    )

    class Meta:
        verbose_name = _("ecosystem")
        verbose_name_plural = _("ecosystems")
        ordering = ["name"]
        constraints = [
            *CitableModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["slug"],
                name="components_ecosystem_slug_unique",
                violation_error_code="components_ecosystem_slug_unique",
                violation_error_message=_(
                    "An ecosystem with this slug already exists."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.name

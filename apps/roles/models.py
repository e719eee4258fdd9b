"""Role types (with their rules, kept as data) and who holds them for a component."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.core import periods
from apps.core.models import (
    CitableModel,
    PeriodModel,
    PublishableModel,
    RegisterModel,
)
from apps.parties.models import OnBehalfOfModel

from .querysets import RoleAssignmentQuerySet


class RoleType(RegisterModel, PublishableModel, CitableModel):
    """A role a party can hold for a component: maintainer, review party, …"""

    _history_m2m_fields = ("incompatible_with",)

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    responsibilities = models.TextField(
        _("responsibilities"),
        blank=True,
        help_text=_("What the party holding this role is responsible for."),
    )
    required_per_component = models.BooleanField(
        _("required for every component"),
        default=False,
        help_text=_("Every component needs a holder; a vacancy is a gap."),
    )
    incompatible_with = models.ManyToManyField(
        "self",
        blank=True,
        symmetrical=True,
        verbose_name=_("incompatible with"),
        help_text=_(
            "Role types the same party must not combine for the same component, "
            "e.g. the review party is never the development party."
        ),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Order in lists.")
    )

    class Meta:
        verbose_name = _("role type")
        verbose_name_plural = _("role types")
        ordering = ["position", "name"]
        constraints = [
            *CitableModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["slug"],
                name="roles_roletype_slug_unique",
                violation_error_code="roles_roletype_slug_unique",
                violation_error_message=_("A role type with this slug already exists."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class RoleAssignment(
    RegisterModel, PublishableModel, PeriodModel, CitableModel, OnBehalfOfModel
):
    """A party holds a role for a component over a period."""

    acting_party_field = "party"

    overlap_key = ("party", "role_type", "component")
    existence_of = ("party", "component")

    party = models.ForeignKey(
        "parties.Party",
        on_delete=models.PROTECT,
        related_name="role_assignments",
        verbose_name=_("party"),
    )
    role_type = models.ForeignKey(
        RoleType,
        on_delete=models.PROTECT,
        related_name="assignments",
        verbose_name=_("role type"),
    )
    component = models.ForeignKey(
        "components.Component",
        on_delete=models.PROTECT,
        related_name="role_assignments",
        verbose_name=_("component"),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("How the party fills the role, e.g. as part of a contract."),
    )

    objects = RoleAssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        ordering = ["component__name", "role_type__position", "party__name"]
        constraints = [
            *PeriodModel.Meta.constraints,
            *CitableModel.Meta.constraints,
        ]
        indexes = [
            models.Index(
                fields=["component", "role_type"], name="roles_assign_comp_role_idx"
            ),
        ]

    def __str__(self) -> str:
        return _("%(party)s as %(role)s of %(component)s") % {
            "party": self.party,
            "role": self.role_type,
            "component": self.component,
        }

    def conflicting_assignments(self) -> models.QuerySet[RoleAssignment]:
        """Roles the same party holds for the same component in an overlapping
        period that the role type says it must not combine with this one.

        Such a conflict is recorded, not refused: the register shows the
        ecosystem as it is, and the risk radar reports the conflict.
        """
        span = periods.certain_span(self)
        if span is None or not (
            self.party_id and self.role_type_id and self.component_id
        ):
            return RoleAssignment.objects.none()
        return (
            RoleAssignment.objects.overlapping(*span)
            .filter(
                party_id=self.party_id,
                component_id=self.component_id,
                role_type__in=self.role_type.incompatible_with.all(),
            )
            .exclude(pk=self.pk)
            .with_related()
        )

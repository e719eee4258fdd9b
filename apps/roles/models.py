"""Role types (with their rules, kept as data), who holds them for a component or
an ecosystem, which role types each requires, and the governing bodies whose
seats are roles."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from apps.core.models import (
    CitableModel,
    PeriodModel,
    PublishableModel,
    RegisterModel,
)
from apps.parties.models import OnBehalfOfModel

from .constants import AssignmentStatus, ContractBasis, OtherNameKind, RoleScope
from .querysets import RoleAssignmentQuerySet


def holder_constraints(prefix: str) -> list[models.CheckConstraint]:
    """A number of holders is never negative, and a minimum never exceeds the
    maximum (an empty maximum: no maximum)."""
    return [
        models.CheckConstraint(
            condition=(Q(min_holders__isnull=True) | Q(min_holders__gte=0))
            & (Q(max_holders__isnull=True) | Q(max_holders__gte=0)),
            name=f"{prefix}_holders_non_negative",
            violation_error_code="holders_non_negative",
            violation_error_message=_("A number of holders cannot be negative."),
        ),
        models.CheckConstraint(
            condition=Q(min_holders__isnull=True)
            | Q(max_holders__isnull=True)
            | Q(max_holders__gte=F("min_holders")),
            name=f"{prefix}_holders_range",
            violation_error_code="holders_range",
            violation_error_message=_(
                "The minimum number of holders cannot exceed the maximum."
            ),
        ),
    ]


def component_xor_ecosystem(prefix: str, what: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(component__isnull=False, ecosystem__isnull=True)
        | Q(component__isnull=True, ecosystem__isnull=False),
        name=f"{prefix}_component_xor_ecosystem",
        violation_error_code="component_xor_ecosystem",
        violation_error_message=what,
    )


class RoleType(RegisterModel, PublishableModel, CitableModel):
    """A role a party can hold for a component or an ecosystem: maintainer,
    review party, coordinating party, a seat on a steering team, …"""

    _history_m2m_fields = ("incompatible_with",)

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    responsibilities = models.TextField(
        _("responsibilities"),
        blank=True,
        help_text=_("What the party holding this role is responsible for."),
    )
    scope = models.CharField(
        _("scope"),
        max_length=10,
        choices=RoleScope.choices,
        default=RoleScope.COMPONENT,
        help_text=_(
            "Whether the role is held for one component, or for an ecosystem "
            "(a group of components, such as a portfolio)."
        ),
    )
    required_by_default = models.BooleanField(
        _("required by default"),
        default=False,
        help_text=_(
            "Every component (or, for an ecosystem role, every ecosystem) needs a "
            "holder, unless its own role requirements say otherwise."
        ),
    )
    min_holders = models.SmallIntegerField(
        _("minimum number of holders"),
        default=0,
        help_text=_("Where the role is required: how many parties at least."),
    )
    max_holders = models.SmallIntegerField(
        _("maximum number of holders"),
        null=True,
        blank=True,
        help_text=_("How many parties at most; empty: no maximum."),
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
    work_category = models.ForeignKey(
        "contracts.WorkCategory",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="role_types",
        verbose_name=_("work category"),
        help_text=_(
            "The kind of work holding this role is (maintenance for the "
            "maintenance party): a role carried out only under contracts for "
            "other work is shown as such."
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
            *holder_constraints("roles_roletype"),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if self.name:
            holder = role_type_named(self.name, exclude_role_type=self)
            if holder is not None:
                raise ValidationError(
                    {"name": name_taken_message(self.name, holder)},
                    code="role_type_name_taken",
                )


def role_type_named(
    name: str,
    *,
    exclude_role_type: RoleType | None = None,
    exclude_name: RoleTypeName | None = None,
) -> RoleType | None:
    """The role type (other than ``exclude_role_type``) called ``name``, in any
    case, as its name, an alias or a former name."""
    role_types = RoleType.objects.filter(name__iexact=name)
    names = RoleTypeName.objects.filter(name__iexact=name)
    if exclude_role_type is not None and exclude_role_type.pk is not None:
        role_types = role_types.exclude(pk=exclude_role_type.pk)
        names = names.exclude(role_type_id=exclude_role_type.pk)
    if exclude_name is not None and exclude_name.pk is not None:
        names = names.exclude(pk=exclude_name.pk)
    found = role_types.first()
    if found is not None:
        return found
    other = names.select_related("role_type").first()
    return other.role_type if other is not None else None


def name_taken_message(name: str, holder: RoleType) -> str:
    return gettext(
        "“%(name)s” is already a name of the role type “%(role_type)s”: record "
        "it there instead of a near-duplicate."
    ) % {"name": name, "role_type": holder.name}


class RoleTypeName(RegisterModel):
    """Another name a role type is known by (an alias, such as *maintainer* for
    *onderhoudspartij*), or a name it had before. Names are unique across role
    types, whatever their case, so that near-duplicates are refused."""

    role_type = models.ForeignKey(
        RoleType,
        on_delete=models.CASCADE,
        related_name="other_names",
        verbose_name=_("role type"),
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=OtherNameKind.choices,
        default=OtherNameKind.ALIAS,
    )

    class Meta:
        verbose_name = _("other name of a role type")
        verbose_name_plural = _("other names of role types")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                name="roles_roletypename_name_unique",
                violation_error_code="roles_roletypename_name_unique",
                violation_error_message=_("This name is already used for a role type."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if not self.name:
            return
        holder = role_type_named(self.name, exclude_name=self)
        if holder is not None:
            raise ValidationError(
                {"name": name_taken_message(self.name, holder)},
                code="role_type_name_taken",
            )


class RoleRequirement(RegisterModel, PublishableModel, CitableModel):
    """Whether a component or an ecosystem requires a role type, overriding the
    role type's default, optionally with its own minimum and maximum number of
    holders.

    A requirement on an ecosystem for a role held per component applies to each
    component of that ecosystem that has no requirement of its own.
    """

    role_type = models.ForeignKey(
        RoleType,
        on_delete=models.PROTECT,
        related_name="requirements",
        verbose_name=_("role type"),
    )
    component = models.ForeignKey(
        "components.Component",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="role_requirements",
        verbose_name=_("component"),
    )
    ecosystem = models.ForeignKey(
        "components.Ecosystem",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="role_requirements",
        verbose_name=_("ecosystem"),
    )
    required = models.BooleanField(
        _("required"),
        default=True,
        help_text=_("Whether a holder is needed here, whatever the default."),
    )
    min_holders = models.SmallIntegerField(
        _("minimum number of holders"),
        null=True,
        blank=True,
        help_text=_("Empty: the role type's minimum."),
    )
    max_holders = models.SmallIntegerField(
        _("maximum number of holders"),
        null=True,
        blank=True,
        help_text=_("Empty: the role type's maximum."),
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("role requirement")
        verbose_name_plural = _("role requirements")
        ordering = ["role_type__position", "role_type__name", "pk"]
        constraints = [
            *CitableModel.Meta.constraints,
            component_xor_ecosystem(
                "roles_rolerequirement",
                _("A requirement is for a component or for an ecosystem, not both."),
            ),
            models.UniqueConstraint(
                fields=["role_type", "component"],
                condition=Q(component__isnull=False),
                name="roles_rolerequirement_component_unique",
                violation_error_code="roles_rolerequirement_component_unique",
                violation_error_message=_(
                    "This component already has a requirement for this role type."
                ),
            ),
            models.UniqueConstraint(
                fields=["role_type", "ecosystem"],
                condition=Q(ecosystem__isnull=False),
                name="roles_rolerequirement_ecosystem_unique",
                violation_error_code="roles_rolerequirement_ecosystem_unique",
                violation_error_message=_(
                    "This ecosystem already has a requirement for this role type."
                ),
            ),
            *holder_constraints("roles_rolerequirement"),
        ]

    def __str__(self) -> str:
        target = self.component if self.component_id else self.ecosystem
        if self.required:
            text = _("%(target)s requires %(role)s")
        else:
            text = _("%(target)s does not require %(role)s")
        return text % {"target": target, "role": self.role_type}

    def clean(self) -> None:
        super().clean()
        if (
            self.role_type_id
            and self.component_id
            and self.role_type.scope == RoleScope.ECOSYSTEM
        ):
            raise ValidationError(
                {
                    "component": gettext(
                        "%(role)s is held per ecosystem: a component cannot require it."
                    )
                    % {"role": self.role_type}
                },
                code="scope_mismatch",
            )


class GoverningBody(RegisterModel, PublishableModel, CitableModel):
    """A body that governs a component or an ecosystem, such as a steering team,
    with its rules as data. Its seats are role assignments naming it, each held
    by an organisation (never a person) with a number of seats."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    component = models.ForeignKey(
        "components.Component",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="governing_bodies",
        verbose_name=_("component"),
    )
    ecosystem = models.ForeignKey(
        "components.Ecosystem",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="governing_bodies",
        verbose_name=_("ecosystem"),
    )
    majority_cap = models.BooleanField(
        _("no majority for one party"),
        default=False,
        help_text=_("No party may hold a simple majority of the seats."),
    )
    max_seats_per_party = models.SmallIntegerField(
        _("maximum seats per party"),
        null=True,
        blank=True,
        help_text=_(
            "How many seats (each with a vote) one party may hold at most, e.g. 1 "
            "for one vote per organisation; empty: no limit."
        ),
    )

    class Meta:
        verbose_name = _("governing body")
        verbose_name_plural = _("governing bodies")
        ordering = ["name"]
        constraints = [
            *CitableModel.Meta.constraints,
            component_xor_ecosystem(
                "roles_governingbody",
                _("A body governs a component or an ecosystem, not both."),
            ),
            models.UniqueConstraint(
                fields=["slug"],
                name="roles_governingbody_slug_unique",
                violation_error_code="roles_governingbody_slug_unique",
                violation_error_message=_(
                    "A governing body with this slug already exists."
                ),
            ),
            models.CheckConstraint(
                condition=Q(max_seats_per_party__isnull=True)
                | Q(max_seats_per_party__gte=1),
                name="roles_governingbody_max_seats_positive",
                violation_error_code="max_seats_positive",
                violation_error_message=_(
                    "A party may hold at least one seat, or leave the limit empty."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class RoleAssignment(
    RegisterModel, PublishableModel, PeriodModel, CitableModel, OnBehalfOfModel
):
    """A party holds a role for a component or an ecosystem over a period, or
    the community agreed it is to hold it (*intended*, with a target date).

    A role on a governing body is a seat: it names the body and its number of
    seats.
    """

    acting_party_field = "party"
    _history_m2m_fields = (
        *OnBehalfOfModel._history_m2m_fields,
        "carried_out_under_contracts",
        "carried_out_under_lots",
    )

    # Nullable links count as values: two rows for the same ecosystem (and no
    # component) are identical (the PostgreSQL constraint coalesces them).
    overlap_key = ("party", "role_type", "component", "ecosystem", "body", "status")
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
        null=True,
        blank=True,
        related_name="role_assignments",
        verbose_name=_("component"),
        help_text=_("For a role held per component."),
    )
    ecosystem = models.ForeignKey(
        "components.Ecosystem",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="role_assignments",
        verbose_name=_("ecosystem"),
        help_text=_("For a role held per ecosystem."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=AssignmentStatus.choices,
        default=AssignmentStatus.CURRENT,
        db_index=True,
        help_text=_(
            "Current: the party holds the role. Intended: the community agreed it "
            "is to hold it (by the target date); its period is that of the "
            "agreement."
        ),
    )
    target_date = models.DateField(
        _("target date"),
        null=True,
        blank=True,
        help_text=_("For an intended role: by when the party is to hold it."),
    )
    body = models.ForeignKey(
        GoverningBody,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="seats",
        verbose_name=_("governing body"),
        help_text=_("For a seat on a body: the body."),
    )
    seats = models.SmallIntegerField(
        _("seats"),
        default=1,
        help_text=_("On a body: how many seats the party holds."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("How the party fills the role, e.g. as part of a contract."),
    )
    carried_out_under_contracts = models.ManyToManyField(
        "contracts.Contract",
        blank=True,
        related_name="role_assignments",
        verbose_name=_("carried out under contracts"),
        help_text=_(
            "The contracts under which the party carries out the role (all their "
            "lots); leave empty when it holds the role without a contract."
        ),
    )
    carried_out_under_lots = models.ManyToManyField(
        "contracts.Lot",
        blank=True,
        related_name="role_assignments",
        verbose_name=_("carried out under lots"),
        help_text=_(
            "The lots under which the party carries out the role, when not the "
            "whole contract: e.g. maintenance under a feature lot."
        ),
    )

    objects = RoleAssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        ordering = [
            "ecosystem__name",
            "component__name",
            "role_type__position",
            "party__name",
        ]
        constraints = [
            *PeriodModel.Meta.constraints,
            *CitableModel.Meta.constraints,
            component_xor_ecosystem(
                "roles_roleassignment",
                _("A role is held for a component or for an ecosystem, not both."),
            ),
            models.CheckConstraint(
                condition=~Q(status=AssignmentStatus.INTENDED)
                | Q(target_date__isnull=False),
                name="roles_roleassignment_intended_has_target",
                violation_error_code="intended_has_target",
                violation_error_message=_("An intended role states its target date."),
            ),
            models.CheckConstraint(
                condition=Q(seats__gte=1),
                name="roles_roleassignment_seats_positive",
                violation_error_code="seats_positive",
                violation_error_message=_("A role holds at least one seat."),
            ),
        ]
        indexes = [
            models.Index(
                fields=["component", "role_type"], name="roles_assign_comp_role_idx"
            ),
        ]

    def __str__(self) -> str:
        values = {
            "party": self.party,
            "role": self.role_type,
            "target": self.target,
        }
        if self.status == AssignmentStatus.INTENDED:
            return _("%(party)s as %(role)s of %(target)s (intended)") % values
        return _("%(party)s as %(role)s of %(target)s") % values

    @property
    def target(self) -> models.Model | None:
        """The component or ecosystem the role is held for."""
        if self.component_id:
            return self.component
        if self.ecosystem_id:
            return self.ecosystem
        return None

    @property
    def is_intended(self) -> bool:
        return self.status == AssignmentStatus.INTENDED

    @property
    def contract_basis(self) -> str:
        """What the role is carried out under (a ``ContractBasis``), read from
        ``RoleAssignmentQuerySet.with_contract_basis`` (one query when not
        annotated)."""
        if not hasattr(self, "contract_basis_value"):
            self.contract_basis_value = (
                type(self)
                ._default_manager.with_contract_basis()
                .values_list("contract_basis_value", flat=True)
                .get(pk=self.pk)
            )
        return self.contract_basis_value

    def get_contract_basis_display(self) -> str:
        return str(ContractBasis(self.contract_basis).label)

    def clean(self) -> None:
        super().clean()
        errors: dict[str, str] = {}
        # Both or neither: the constraint's message says so.
        if self.role_type_id and bool(self.component_id) != bool(self.ecosystem_id):
            scope = self.role_type.scope
            if scope == RoleScope.COMPONENT and self.ecosystem_id:
                errors["ecosystem"] = gettext(
                    "%(role)s is held per component: choose a component, not an "
                    "ecosystem."
                ) % {"role": self.role_type}
            elif scope == RoleScope.ECOSYSTEM and self.component_id:
                errors["component"] = gettext(
                    "%(role)s is held per ecosystem: choose an ecosystem, not a "
                    "component."
                ) % {"role": self.role_type}
        if self.body_id and (
            self.body.component_id != self.component_id
            or self.body.ecosystem_id != self.ecosystem_id
        ):
            errors["body"] = gettext(
                "%(body)s governs %(target)s: a seat on it is held for the same."
            ) % {
                "body": self.body,
                "target": self.body.component or self.body.ecosystem,
            }
        if not self.body_id and self.seats != 1:
            errors["seats"] = gettext("Only a seat on a governing body has seats.")
        if errors:
            raise ValidationError(errors)

    def conflicting_assignments(self) -> list[RoleAssignment]:
        """Current roles the same party holds for the same component (or
        ecosystem) in an overlapping period that the role type says it must not
        combine with this one (see ``apps.roles.rules``).

        Such a conflict is recorded, not refused: the register shows the
        ecosystem as it is, and the role check reports it.
        """
        from .rules import incompatible_with_assignment

        return incompatible_with_assignment(self)

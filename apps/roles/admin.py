from collections.abc import Iterable
from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Model, QuerySet
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from apps.components.models import Component, Ecosystem
from apps.core.admin import (
    ActiveOnListFilter,
    PeriodAdminMixin,
    PeriodInlineMixin,
    RegisterAdmin,
    admin_inline_add,
    admin_warnings_add,
)
from apps.core.admin_provenance import ProvenanceAdminMixin, ProvenanceInlineMixin
from apps.parties.admin import OnBehalfOfAdminMixin
from apps.parties.models import Party

from .constants import ContractBasis
from .models import (
    GoverningBody,
    RoleAssignment,
    RoleRequirement,
    RoleType,
    RoleTypeName,
    name_taken_message,
)
from .rules import role_check, role_check_for_assignment

#: The period fields of an inline row, in order.
PERIOD_ROW = ("start", "known_since", "end", "end_state", "last_confirmed")


class RoleTypeNameFormSet(BaseInlineFormSet):
    """Refuse two other names in one save that differ only in case, or equal the
    role type's own name (the database would refuse the first with an error the
    coordinator cannot read)."""

    def clean(self) -> None:
        super().clean()
        seen: set[str] = set()
        own = (self.instance.name or "").casefold()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not data.get("name"):
                continue
            key = data["name"].casefold()
            if key in seen or key == own:
                raise ValidationError(name_taken_message(data["name"], self.instance))
            seen.add(key)


class RoleTypeNameInline(admin.TabularInline):
    model = RoleTypeName
    formset = RoleTypeNameFormSet
    extra = 0
    fields = ("name", "kind")


class ContractBasisListFilter(admin.SimpleListFilter):
    """What the role is carried out under
    (``RoleAssignmentQuerySet.with_contract_basis``)."""

    title = _("carried out")
    parameter_name = "contract_basis"

    def lookups(self, request: HttpRequest, model_admin: Any) -> Any:
        return ContractBasis.choices

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if not self.value():
            return queryset
        return queryset.with_contract_basis_of(self.value())


@admin.register(RoleTypeName)
class RoleTypeNameAdmin(RegisterAdmin):
    list_display = ("name", "kind", "role_type")
    list_filter = ("kind",)
    search_fields = ("name", "role_type__name")
    autocomplete_fields = ("role_type",)
    list_select_related = ("role_type",)


@admin.register(RoleType)
class RoleTypeAdmin(ProvenanceAdminMixin, RegisterAdmin):
    list_display = (
        "name",
        "scope",
        "required_by_default",
        "min_holders",
        "max_holders",
        "position",
    )
    list_editable = ("position",)
    list_filter = ("scope", "required_by_default")
    search_fields = (
        "name",
        "slug",
        "description",
        "responsibilities",
        "other_names__name",
    )
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("incompatible_with", "work_category")
    inlines = (RoleTypeNameInline,)
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "name",
                    "slug",
                    "description",
                    "responsibilities",
                    "position",
                )
            },
        ),
        (
            _("Rules"),
            {
                "fields": (
                    "scope",
                    "required_by_default",
                    "min_holders",
                    "max_holders",
                    "incompatible_with",
                    "work_category",
                )
            },
        ),
        RegisterAdmin.record_fieldset,
    )


@admin.register(RoleRequirement)
class RoleRequirementAdmin(ProvenanceAdminMixin, RegisterAdmin):
    list_display = (
        "role_type",
        "component",
        "ecosystem",
        "required",
        "min_holders",
        "max_holders",
    )
    list_filter = ("required", "role_type")
    search_fields = ("role_type__name", "component__name", "ecosystem__name")
    autocomplete_fields = ("role_type", "component", "ecosystem")
    list_select_related = ("role_type", "component", "ecosystem")
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "role_type",
                    "component",
                    "ecosystem",
                    "required",
                    "min_holders",
                    "max_holders",
                    "description",
                )
            },
        ),
        RegisterAdmin.record_fieldset,
    )


class SeatInline(ProvenanceInlineMixin, PeriodInlineMixin, admin.TabularInline):
    """On a body's page: the seats per organisation (never persons)."""

    model = RoleAssignment
    fk_name = "body"
    extra = 0
    verbose_name = _("seat")
    verbose_name_plural = _("seats")
    fields = ("party", "role_type", "component", "ecosystem", "seats", *PERIOD_ROW)
    autocomplete_fields = ("party", "role_type", "component", "ecosystem")

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # Each row shows its party and role type: fetch them with the rows.
        return super().get_queryset(request).with_related()


@admin.register(GoverningBody)
class GoverningBodyAdmin(ProvenanceAdminMixin, RegisterAdmin):
    list_display = (
        "name",
        "component",
        "ecosystem",
        "majority_cap",
        "max_seats_per_party",
    )
    list_filter = ("majority_cap",)
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("component", "ecosystem")
    list_select_related = ("component", "ecosystem")
    inlines = (SeatInline,)
    fieldsets = (
        (None, {"fields": ("name", "slug", "description", "component", "ecosystem")}),
        (_("Rules"), {"fields": ("majority_cap", "max_seats_per_party")}),
        RegisterAdmin.record_fieldset,
    )

    def save_formset(
        self, request: HttpRequest, form: Any, formset: Any, change: bool
    ) -> None:
        super().save_formset(request, form, formset, change)
        warn_about_role_rules(request, [form.instance.seats.first()])


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(
    OnBehalfOfAdminMixin, ProvenanceAdminMixin, PeriodAdminMixin, RegisterAdmin
):
    list_display = (
        "party",
        "role_type",
        "component",
        "ecosystem",
        "status",
        "period_display",
        "contract_basis_display",
    )
    list_filter = (
        ActiveOnListFilter,
        "status",
        "role_type",
        ("component", admin.RelatedOnlyFieldListFilter),
        ("ecosystem", admin.RelatedOnlyFieldListFilter),
        "party__kind",
        ContractBasisListFilter,
    )
    search_fields = (
        "party__name",
        "role_type__name",
        "component__name",
        "ecosystem__name",
    )
    autocomplete_fields = (
        "party",
        "role_type",
        "component",
        "ecosystem",
        "body",
        "carried_out_under_contracts",
        "carried_out_under_lots",
    )
    list_select_related = ("party", "role_type", "component", "ecosystem")
    readonly_fields = (*RegisterAdmin.readonly_fields, "contract_basis_display")
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "party",
                    "role_type",
                    "component",
                    "ecosystem",
                    "status",
                    "target_date",
                    *PERIOD_ROW,
                    "description",
                )
            },
        ),
        (
            _("Carried out under"),
            {
                "fields": (
                    "carried_out_under_contracts",
                    "carried_out_under_lots",
                    "contract_basis_display",
                )
            },
        ),
        (_("Seat on a governing body"), {"fields": ("body", "seats")}),
        OnBehalfOfAdminMixin.on_behalf_of_fieldset,
        RegisterAdmin.record_fieldset,
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).with_contract_basis()

    @admin.display(description=_("carried out"))
    def contract_basis_display(self, assignment: RoleAssignment) -> str:
        if assignment.pk is None:
            return "-"
        return assignment.get_contract_basis_display()

    def save_model(
        self, request: HttpRequest, obj: RoleAssignment, form: Any, change: bool
    ) -> None:
        super().save_model(request, obj, form, change)
        warn_about_role_rules(request, [obj])


def warn_about_role_rules(
    request: HttpRequest, assignments: Iterable[RoleAssignment | None]
) -> None:
    """Tell the coordinator which role rules what these roles are held for
    breaks (see ``apps.roles.rules``), each message once.

    A violation is recorded (it is a fact), not refused; the message says so.
    """
    shown: set[str] = set()
    for assignment in assignments:
        if assignment is None:
            continue
        for violation in role_check_for_assignment(assignment):
            if violation.message not in shown:
                shown.add(violation.message)
                messages.warning(request, violation.message)


def role_warnings(record: Model) -> list[str]:
    """The role check of a component or ecosystem today, for its change page."""
    if isinstance(record, Component):
        return [violation.message for violation in role_check(component=record)]
    if isinstance(record, Ecosystem):
        return [violation.message for violation in role_check(ecosystem=record)]
    return []


class PartyRoleAssignmentInline(
    ProvenanceInlineMixin, PeriodInlineMixin, admin.TabularInline
):
    """On a party's page: the roles it holds."""

    model = RoleAssignment
    extra = 0
    fields = (
        "role_type",
        "component",
        "ecosystem",
        "status",
        "target_date",
        *PERIOD_ROW,
        "description",
    )
    autocomplete_fields = ("role_type", "component", "ecosystem")

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # Each row shows its role type and component: fetch them with the rows.
        return super().get_queryset(request).with_related()


class ComponentRoleAssignmentInline(
    ProvenanceInlineMixin, PeriodInlineMixin, admin.TabularInline
):
    """On a component's page: who holds which role for it."""

    model = RoleAssignment
    extra = 0
    fields = (
        "role_type",
        "party",
        "status",
        "target_date",
        *PERIOD_ROW,
        "description",
    )
    autocomplete_fields = ("role_type", "party")

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # Each row shows its party and role type: fetch them with the rows.
        return super().get_queryset(request).with_related()


class EcosystemRoleAssignmentInline(ComponentRoleAssignmentInline):
    """On an ecosystem's page: who holds which role for it."""


class ComponentRoleRequirementInline(ProvenanceInlineMixin, admin.TabularInline):
    """On a component's or ecosystem's page: which role types it requires,
    overriding the role types' defaults."""

    model = RoleRequirement
    extra = 0
    fields = ("role_type", "required", "min_holders", "max_holders", "description")
    autocomplete_fields = ("role_type",)

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("role_type")


class EcosystemRoleRequirementInline(ComponentRoleRequirementInline):
    pass


admin_inline_add(Party, PartyRoleAssignmentInline, after_save=warn_about_role_rules)
admin_inline_add(
    Component, ComponentRoleAssignmentInline, after_save=warn_about_role_rules
)
admin_inline_add(Component, ComponentRoleRequirementInline)
admin_inline_add(
    Ecosystem, EcosystemRoleAssignmentInline, after_save=warn_about_role_rules
)
admin_inline_add(Ecosystem, EcosystemRoleRequirementInline)
admin_warnings_add(Component, role_warnings)
admin_warnings_add(Ecosystem, role_warnings)

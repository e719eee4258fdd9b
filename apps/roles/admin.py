from collections.abc import Iterable
from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from apps.components.models import Component
from apps.core.admin import (
    ActiveOnListFilter,
    PeriodAdminMixin,
    PeriodInlineMixin,
    RegisterAdmin,
    admin_inline_add,
)
from apps.core.admin_provenance import ProvenanceAdminMixin, ProvenanceInlineMixin
from apps.parties.admin import OnBehalfOfAdminMixin
from apps.parties.models import Party

from .models import RoleAssignment, RoleType


@admin.register(RoleType)
class RoleTypeAdmin(ProvenanceAdminMixin, RegisterAdmin):
    list_display = ("name", "required_per_component", "position")
    list_editable = ("position",)
    list_filter = ("required_per_component",)
    search_fields = ("name", "slug", "description", "responsibilities")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("incompatible_with",)
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
        (_("Rules"), {"fields": ("required_per_component", "incompatible_with")}),
        RegisterAdmin.record_fieldset,
    )


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(
    OnBehalfOfAdminMixin, ProvenanceAdminMixin, PeriodAdminMixin, RegisterAdmin
):
    list_display = ("party", "role_type", "component", "period_display")
    list_filter = (
        ActiveOnListFilter,
        "role_type",
        ("component", admin.RelatedOnlyFieldListFilter),
        "party__kind",
    )
    search_fields = ("party__name", "role_type__name", "component__name")
    autocomplete_fields = ("party", "role_type", "component")
    list_select_related = ("party", "role_type", "component")
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "party",
                    "role_type",
                    "component",
                    "start",
                    "known_since",
                    "end",
                    "end_state",
                    "last_confirmed",
                    "description",
                )
            },
        ),
        OnBehalfOfAdminMixin.on_behalf_of_fieldset,
        RegisterAdmin.record_fieldset,
    )

    def save_model(
        self, request: HttpRequest, obj: RoleAssignment, form: Any, change: bool
    ) -> None:
        super().save_model(request, obj, form, change)
        warn_about_role_conflicts(request, [obj])


def warn_about_role_conflicts(
    request: HttpRequest, assignments: Iterable[RoleAssignment]
) -> None:
    """Tell the coordinator about role types one party must not combine.

    A conflict is recorded (it is a fact), not refused; the message says so.
    """
    for assignment in assignments:
        for conflict in assignment.conflicting_assignments():
            messages.warning(
                request,
                gettext(
                    "%(party)s also holds the role %(role)s for %(component)s, "
                    "which the role type %(this)s must not be combined with."
                )
                % {
                    "party": assignment.party,
                    "role": conflict.role_type,
                    "component": assignment.component,
                    "this": assignment.role_type,
                },
            )


class PartyRoleAssignmentInline(
    ProvenanceInlineMixin, PeriodInlineMixin, admin.TabularInline
):
    """On a party's page: the roles it holds."""

    model = RoleAssignment
    extra = 0
    fields = (
        "role_type",
        "component",
        "start",
        "known_since",
        "end",
        "end_state",
        "last_confirmed",
        "description",
    )
    autocomplete_fields = ("role_type", "component")

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
        "start",
        "known_since",
        "end",
        "end_state",
        "last_confirmed",
        "description",
    )
    autocomplete_fields = ("role_type", "party")

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # Each row shows its party and role type: fetch them with the rows.
        return super().get_queryset(request).with_related()


admin_inline_add(Party, PartyRoleAssignmentInline, after_save=warn_about_role_conflicts)
admin_inline_add(
    Component, ComponentRoleAssignmentInline, after_save=warn_about_role_conflicts
)

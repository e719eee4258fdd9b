from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from apps.core.admin import PeriodAdminMixin, PeriodInlineMixin, RegisterAdmin
from apps.roles.admin import saved_objects, warn_about_role_conflicts
from apps.roles.models import RoleAssignment

from .models import Component, Standard


class ComponentRoleAssignmentInline(PeriodInlineMixin, admin.TabularInline):
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


@admin.register(Component)
class ComponentAdmin(PeriodAdminMixin, RegisterAdmin):
    list_display = (
        "name",
        "licence",
        "development_status",
        "repository_url",
        "period_display",
    )
    list_filter = ("development_status", "licence")
    search_fields = ("name", "slug", "description", "repository_url")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("standards", "sources")
    inlines = (ComponentRoleAssignmentInline,)
    fieldsets = (
        (None, {"fields": ("name", "slug", "description", "development_status")}),
        (
            None,
            {
                "fields": (
                    "repository_url",
                    "licence",
                    "documentation_url",
                    "website",
                    "standards",
                    "sources",
                )
            },
        ),
        (
            _("Existence"),
            {
                "fields": (
                    "origin",
                    "start",
                    "known_since",
                    "end",
                    "end_state",
                    "last_confirmed",
                )
            },
        ),
        RegisterAdmin.record_fieldset,
    )

    def save_formset(
        self, request: HttpRequest, form: Any, formset: Any, change: bool
    ) -> None:
        super().save_formset(request, form, formset, change)
        if formset.model is RoleAssignment:
            warn_about_role_conflicts(request, saved_objects(formset))


@admin.register(Standard)
class StandardAdmin(RegisterAdmin):
    list_display = ("name", "steward", "url")
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("steward", "sources")
    list_select_related = ("steward",)

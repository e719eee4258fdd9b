from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.core.admin import PeriodAdminMixin, RegisterAdmin

from .models import Component, Standard


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


@admin.register(Standard)
class StandardAdmin(RegisterAdmin):
    list_display = ("name", "steward", "url")
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("steward", "sources")
    list_select_related = ("steward",)

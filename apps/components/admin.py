from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.core.admin import PeriodAdminMixin, RegisterAdmin
from apps.core.admin_provenance import ProvenanceAdminMixin

from .models import Component, Ecosystem, Standard


@admin.register(Component)
class ComponentAdmin(ProvenanceAdminMixin, PeriodAdminMixin, RegisterAdmin):
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
    autocomplete_fields = ("standards",)
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
class StandardAdmin(ProvenanceAdminMixin, RegisterAdmin):
    list_display = ("name", "steward", "url")
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("steward",)
    list_select_related = ("steward",)


@admin.register(Ecosystem)
class EcosystemAdmin(ProvenanceAdminMixin, RegisterAdmin):
    list_display = ("name", "slug")
    search_fields = ("name", "slug", "description", "components__name")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("components",)
    fieldsets = (
        (None, {"fields": ("name", "slug", "description", "components")}),
        RegisterAdmin.record_fieldset,
    )

from django.contrib import admin

from apps.core.admin import RegisterAdmin
from apps.core.admin_provenance import ProvenanceAdminMixin

from .models import Event


@admin.register(Event)
class EventAdmin(ProvenanceAdminMixin, RegisterAdmin):
    list_display = ("title", "date", "date_precision", "component")
    list_filter = ("date_precision", ("component", admin.RelatedOnlyFieldListFilter))
    search_fields = ("title", "description", "parties__name")
    autocomplete_fields = ("component", "parties")
    list_select_related = ("component",)
    date_hierarchy = "date"
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "date",
                    "date_precision",
                    "title",
                    "description",
                    "component",
                    "parties",
                )
            },
        ),
        RegisterAdmin.record_fieldset,
    )

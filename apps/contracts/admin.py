from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.core.admin import (
    ActiveOnListFilter,
    PeriodAdminMixin,
    RegisterAdmin,
    money_display,
)
from apps.core.admin_provenance import ProvenanceAdminMixin
from apps.core.constants import Basis
from apps.parties.admin import OnBehalfOfAdminMixin

from .models import Contract, WorkCategory


@admin.register(WorkCategory)
class WorkCategoryAdmin(ProvenanceAdminMixin, RegisterAdmin):
    list_display = ("name", "slug")
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Contract)
class ContractAdmin(
    OnBehalfOfAdminMixin, ProvenanceAdminMixin, PeriodAdminMixin, RegisterAdmin
):
    list_display = (
        "title",
        "client",
        "contractor",
        "work_category",
        "contract_type",
        "status",
        "period_display",
        "value_display",
    )
    list_filter = (
        ActiveOnListFilter,
        "contract_type",
        "status",
        "work_category",
        ("component", admin.RelatedOnlyFieldListFilter),
        "basis",
    )
    search_fields = (
        "title",
        "description",
        "client__name",
        "contractor__name",
        "procurement_reference",
        "lot",
    )
    autocomplete_fields = (
        "client",
        "contractor",
        "component",
        "work_category",
        "predecessor",
    )
    list_select_related = ("client", "contractor", "component", "work_category")
    fieldsets = (
        (None, {"fields": ("title", "description", "status", "basis")}),
        (
            _("Parties and work"),
            {
                "fields": (
                    "client",
                    "contractor",
                    "component",
                    "work_category",
                    "contract_type",
                )
            },
        ),
        (
            _("Period and value"),
            {
                "fields": (
                    "start",
                    "known_since",
                    "end",
                    "end_state",
                    "last_confirmed",
                    "value",
                    "currency",
                    "predecessor",
                )
            },
        ),
        (
            _("Procurement"),
            {"fields": ("procurement_reference", "procurement_url", "lot")},
        ),
        OnBehalfOfAdminMixin.on_behalf_of_fieldset,
        RegisterAdmin.record_fieldset,
    )

    @admin.display(description=_("value"), ordering="value")
    def value_display(self, contract: Contract) -> str:
        return money_display(
            contract.value,
            contract.currency,
            illustrative=contract.basis == Basis.ILLUSTRATIVE,
        )

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from apps.core.admin import (
    ActiveOnListFilter,
    PeriodAdminMixin,
    PeriodInlineMixin,
    RegisterAdmin,
    money_display,
)
from apps.core.admin_provenance import ProvenanceAdminMixin, ProvenanceInlineMixin
from apps.core.constants import Basis
from apps.funding.constants import CoverageStatus
from apps.funding.selectors import (
    contracts_with_coverage,
    coverage,
    lots_with_coverage,
)
from apps.parties.admin import OnBehalfOfAdminMixin

from .constants import ContractStatus
from .models import Contract, Lot, WorkCategory


@admin.register(WorkCategory)
class WorkCategoryAdmin(ProvenanceAdminMixin, RegisterAdmin):
    list_display = ("name", "slug")
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}


def coverage_display(record: Contract | Lot) -> str:
    """The coverage as the coordinator reads it: outcome, funded of worth."""
    result = coverage(record)
    return _("%(status)s: %(funded)s of %(value)s") % {
        "status": CoverageStatus(result.status).label,
        "funded": money_display(result.funded, result.currency),
        "value": record.total.display()
        if isinstance(record, Contract)
        else money_display(result.value, result.currency),
    }


class StatusListFilter(admin.SimpleListFilter):
    """The status today, derived from the dates (``ContractQuerySet.in_status``)."""

    title = _("status today")
    parameter_name = "status"

    def lookups(self, request: HttpRequest, model_admin: Any) -> Any:
        return ContractStatus.choices

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if not self.value():
            return queryset
        return queryset.in_status(self.value())


class LotWorkCategoryListFilter(admin.SimpleListFilter):
    """Contracts with a lot of this work category."""

    title = _("work category")
    parameter_name = "work_category"

    def lookups(self, request: HttpRequest, model_admin: Any) -> Any:
        return [(category.pk, category.name) for category in WorkCategory.objects.all()]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if not self.value():
            return queryset
        return queryset.with_lots_where(work_category=self.value())


class LotInline(ProvenanceInlineMixin, PeriodInlineMixin, admin.StackedInline):
    """A contract's lots; a contract has at least one."""

    model = Lot
    fk_name = "contract"
    extra = 0
    min_num = 1
    fields = (
        ("name", "work_category", "contract_type"),
        ("start", "known_since"),
        ("end", "end_state", "last_confirmed"),
        ("value", "currency"),
        ("sla", "sla_url"),
        ("codebase_state", "predecessor"),
    )
    autocomplete_fields = ("work_category", "predecessor")
    show_change_link = True

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("work_category")


@admin.register(Contract)
class ContractAdmin(
    OnBehalfOfAdminMixin, ProvenanceAdminMixin, PeriodAdminMixin, RegisterAdmin
):
    list_display = (
        "title",
        "client",
        "contractor",
        "work_categories_display",
        "status_display",
        "period_display",
        "value_display",
        "coverage_column",
    )
    list_filter = (
        ActiveOnListFilter,
        StatusListFilter,
        LotWorkCategoryListFilter,
        ("components", admin.RelatedOnlyFieldListFilter),
        "basis",
    )
    search_fields = (
        "title",
        "description",
        "client__name",
        "contractor__name",
        "procurement_reference",
        "lots__name",
    )
    autocomplete_fields = ("client", "contractor", "components", "predecessor")
    list_select_related = ("client", "contractor")
    readonly_fields = (*RegisterAdmin.readonly_fields, "coverage_column")
    inlines = (LotInline,)
    fieldsets = (
        (None, {"fields": ("title", "description", "basis")}),
        (
            _("Parties and work"),
            {"fields": ("client", "contractor", "components")},
        ),
        (
            _("Period and status"),
            {
                "fields": (
                    "start",
                    "known_since",
                    "end",
                    "end_state",
                    "last_confirmed",
                    ("explicit_status", "explicit_status_on"),
                    "predecessor",
                )
            },
        ),
        (
            _("Procurement"),
            {"fields": ("procurement_reference", "procurement_url")},
        ),
        OnBehalfOfAdminMixin.on_behalf_of_fieldset,
        (_("Funding"), {"fields": ("coverage_column",)}),
        RegisterAdmin.record_fieldset,
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # The list shows each contract's lots, value and coverage: annotated and
        # prefetched, not read per row.
        return contracts_with_coverage(super().get_queryset(request)).with_related()

    @admin.display(description=_("work categories"))
    def work_categories_display(self, contract: Contract) -> str:
        return ", ".join(str(category) for category in contract.work_categories)

    @admin.display(description=_("status today"))
    def status_display(self, contract: Contract) -> str:
        return contract.get_status_display()

    @admin.display(description=_("value"), ordering="value_total_amount")
    def value_display(self, contract: Contract) -> str:
        text = contract.total.display()
        if contract.basis == Basis.ILLUSTRATIVE and text != "-":
            text = _("%(amount)s (illustrative)") % {"amount": text}
        return text

    @admin.display(description=_("coverage"))
    def coverage_column(self, contract: Contract) -> str:
        if contract.pk is None:
            return "-"
        return coverage_display(contract)


@admin.register(Lot)
class LotAdmin(
    OnBehalfOfAdminMixin, ProvenanceAdminMixin, PeriodAdminMixin, RegisterAdmin
):
    list_display = (
        "name",
        "contract",
        "work_category",
        "contract_type",
        "period_display",
        "value_display",
        "coverage_column",
    )
    list_filter = (ActiveOnListFilter, "contract_type", "work_category", "basis")
    search_fields = ("name", "contract__title", "codebase_state", "sla")
    autocomplete_fields = ("contract", "work_category", "predecessor")
    list_select_related = ("contract", "work_category")
    readonly_fields = (*RegisterAdmin.readonly_fields, "coverage_column")
    fieldsets = (
        (
            None,
            {"fields": ("contract", "name", "work_category", "contract_type", "basis")},
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
            _("Service levels and codebase"),
            {"fields": ("sla", "sla_url", "codebase_state")},
        ),
        OnBehalfOfAdminMixin.on_behalf_of_fieldset,
        (_("Funding"), {"fields": ("coverage_column",)}),
        RegisterAdmin.record_fieldset,
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return lots_with_coverage(super().get_queryset(request))

    @admin.display(description=_("value"), ordering="value")
    def value_display(self, lot: Lot) -> str:
        return money_display(
            lot.value, lot.currency, illustrative=lot.basis == Basis.ILLUSTRATIVE
        )

    @admin.display(description=_("coverage"))
    def coverage_column(self, lot: Lot) -> str:
        if lot.pk is None:
            return "-"
        return coverage_display(lot)

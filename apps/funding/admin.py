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

from .models import FundingStream


@admin.register(FundingStream)
class FundingStreamAdmin(
    OnBehalfOfAdminMixin, ProvenanceAdminMixin, PeriodAdminMixin, RegisterAdmin
):
    list_display = (
        "title",
        "funder",
        "intermediary",
        "recipient",
        "amount_display",
        "period_display",
        "work_category",
    )
    list_filter = (
        ActiveOnListFilter,
        "work_category",
        ("component", admin.RelatedOnlyFieldListFilter),
        ("funder", admin.RelatedOnlyFieldListFilter),
        "basis",
    )
    search_fields = (
        "title",
        "description",
        "funder__name",
        "recipient__name",
        "intermediary__name",
        "contract__title",
    )
    autocomplete_fields = (
        "funder",
        "recipient",
        "intermediary",
        "contract",
        "work_category",
        "component",
    )
    list_select_related = ("funder", "recipient", "intermediary", "work_category")
    fieldsets = (
        (None, {"fields": ("title", "description", "basis")}),
        (
            _("Money"),
            {"fields": ("funder", "intermediary", "recipient", "amount", "currency")},
        ),
        (
            _("What it pays for"),
            {"fields": ("contract", "work_category", "component")},
        ),
        (
            _("Period"),
            {"fields": ("start", "known_since", "end", "end_state", "last_confirmed")},
        ),
        OnBehalfOfAdminMixin.on_behalf_of_fieldset,
        RegisterAdmin.record_fieldset,
    )

    @admin.display(description=_("amount"), ordering="amount")
    def amount_display(self, stream: FundingStream) -> str:
        return money_display(
            stream.amount,
            stream.currency,
            illustrative=stream.basis == Basis.ILLUSTRATIVE,
        )

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest
from django.utils.translation import gettext
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

from .models import FundingAmount, FundingHop, FundingStream
from .selectors import streams_recording_a_hop_again


def _kept_rows(formset: BaseInlineFormSet) -> list[dict[str, Any]]:
    return [
        form.cleaned_data
        for form in formset.forms
        if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
    ]


class HopFormSet(BaseInlineFormSet):
    """The route as a whole: each party once, never the funder or recipient
    (``FundingStream.validate_route``)."""

    def clean(self) -> None:
        super().clean()
        rows = sorted(
            (row for row in _kept_rows(self) if row.get("party")),
            key=lambda row: row.get("position") or 0,
        )
        try:
            self.instance.validate_route([row["party"] for row in rows])
        except ValidationError as error:
            raise ValidationError(error.message_dict["hops"]) from error


class AmountFormSet(BaseInlineFormSet):
    """The amounts per year add up to the stream's amount
    (``FundingStream.validate_yearly_amounts``)."""

    def clean(self) -> None:
        super().clean()
        rows = [
            (row["year"], row["amount"])
            for row in _kept_rows(self)
            if row.get("year") is not None and row.get("amount") is not None
        ]
        try:
            self.instance.validate_yearly_amounts(rows)
        except ValidationError as error:
            raise ValidationError(error.message_dict["amounts"]) from error


class FundingHopInline(admin.TabularInline):
    """The parties the money passes, in order."""

    model = FundingHop
    formset = HopFormSet
    extra = 0
    fields = ("position", "party")
    autocomplete_fields = ("party",)

    def get_queryset(self, request: HttpRequest) -> Any:
        return super().get_queryset(request).select_related("party")


class FundingAmountInline(admin.TabularInline):
    """The stream's amount split per year, when it runs over several years."""

    model = FundingAmount
    formset = AmountFormSet
    extra = 0
    fields = ("year", "amount")


@admin.register(FundingStream)
class FundingStreamAdmin(
    OnBehalfOfAdminMixin, ProvenanceAdminMixin, PeriodAdminMixin, RegisterAdmin
):
    list_display = (
        "title",
        "funder",
        "route_display",
        "recipient",
        "amount_display",
        "period_display",
        "pays_for_display",
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
        "hops__party__name",
        "contract__title",
        "lot__name",
    )
    autocomplete_fields = (
        "funder",
        "recipient",
        "contract",
        "lot",
        "work_category",
        "component",
    )
    list_select_related = (
        "funder",
        "recipient",
        "contract",
        "lot",
        "work_category",
    )
    inlines = (FundingHopInline, FundingAmountInline)
    fieldsets = (
        (None, {"fields": ("title", "description", "basis")}),
        (
            _("Money"),
            {"fields": ("funder", "recipient", "amount", "currency")},
        ),
        (
            _("What it pays for"),
            {
                "fields": ("contract", "lot", "work_category", "component"),
                "description": _(
                    "One of: a contract, a lot, or (where no contract exists) a "
                    "work category."
                ),
            },
        ),
        (
            _("Period"),
            {"fields": ("start", "known_since", "end", "end_state", "last_confirmed")},
        ),
        OnBehalfOfAdminMixin.on_behalf_of_fieldset,
        RegisterAdmin.record_fieldset,
    )

    def get_queryset(self, request: HttpRequest) -> Any:
        return super().get_queryset(request).prefetch_related("hops__party")

    @admin.display(description=_("through"))
    def route_display(self, stream: FundingStream) -> str:
        return (
            " \N{RIGHTWARDS ARROW} ".join(str(party) for party in stream.intermediaries)
            or "-"
        )

    @admin.display(description=_("pays for"))
    def pays_for_display(self, stream: FundingStream) -> str:
        return str(stream.lot or stream.contract or stream.work_category or "-")

    @admin.display(description=_("amount"), ordering="amount")
    def amount_display(self, stream: FundingStream) -> str:
        return money_display(
            stream.amount,
            stream.currency,
            illustrative=stream.basis == Basis.ILLUSTRATIVE,
        )

    def save_related(
        self, request: HttpRequest, form: Any, formsets: Any, change: bool
    ) -> None:
        super().save_related(request, form, formsets, change)
        for other in streams_recording_a_hop_again(form.instance):
            messages.warning(
                request,
                gettext(
                    "“%(other)s” pays the same thing along a leg of this stream's "
                    "route (or this stream along a leg of its route) in an "
                    "overlapping period: if it is the same money, record it once, "
                    "as one stream with its hops."
                )
                % {"other": other},
            )


@admin.register(FundingHop)
class FundingHopAdmin(RegisterAdmin):
    """Every hop in one list: which streams pass a party. Hops are normally
    edited on their stream's page."""

    list_display = ("stream", "position", "party")
    search_fields = ("stream__title", "party__name")
    autocomplete_fields = ("stream", "party")
    list_select_related = ("stream", "party")


@admin.register(FundingAmount)
class FundingAmountAdmin(RegisterAdmin):
    """Every amount per year in one list. They are normally edited on their
    stream's page, where they must add up to its amount."""

    list_display = ("stream", "year", "amount")
    list_filter = ("year",)
    search_fields = ("stream__title",)
    autocomplete_fields = ("stream",)
    list_select_related = ("stream",)

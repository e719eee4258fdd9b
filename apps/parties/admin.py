from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from apps.core.admin import (
    ActiveOnListFilter,
    PeriodAdminMixin,
    PeriodInlineMixin,
    RegisterAdmin,
)
from apps.core.admin_provenance import ProvenanceAdminMixin, ProvenanceInlineMixin

from .models import ContactPoint, Membership, Party, PartyAlias


class PartyAliasFormSet(BaseInlineFormSet):
    """Refuse two aliases in one save that differ only in case (the database's
    case-insensitive unique index would otherwise refuse them with an error)."""

    def clean(self) -> None:
        super().clean()
        seen: set[str] = set()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not data.get("name"):
                continue
            key = data["name"].casefold()
            if key in seen:
                raise ValidationError(_("This alias is already used for a party."))
            seen.add(key)


class PartyAliasInline(admin.TabularInline):
    model = PartyAlias
    formset = PartyAliasFormSet
    extra = 0
    fields = ("name",)


class ContactPointInline(ProvenanceInlineMixin, admin.TabularInline):
    model = ContactPoint
    extra = 0
    fields = ("name", "email", "phone", "url", "is_personal")


class MembershipInline(ProvenanceInlineMixin, PeriodInlineMixin, admin.TabularInline):
    """The organisations this party is a member of."""

    model = Membership
    fk_name = "member"
    extra = 0
    fields = (
        "organisation",
        "description",
        "start",
        "known_since",
        "end",
        "end_state",
        "last_confirmed",
    )
    autocomplete_fields = ("organisation",)
    verbose_name = _("membership of an organisation")

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # Each row shows the organisation: fetch them with the rows.
        return super().get_queryset(request).select_related("member", "organisation")

    verbose_name_plural = _("memberships of organisations")


class MemberInline(ProvenanceInlineMixin, PeriodInlineMixin, admin.TabularInline):
    """The members of this party (for coalitions and other organisations)."""

    model = Membership
    fk_name = "organisation"
    extra = 0
    fields = (
        "member",
        "description",
        "start",
        "known_since",
        "end",
        "end_state",
        "last_confirmed",
    )
    autocomplete_fields = ("member",)
    verbose_name = _("member")
    verbose_name_plural = _("members")

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # Each row shows the member: fetch them with the rows.
        return super().get_queryset(request).select_related("member", "organisation")


@admin.register(Party)
class PartyAdmin(ProvenanceAdminMixin, PeriodAdminMixin, RegisterAdmin):
    list_display = (
        "name",
        "kind",
        "cbs_code",
        "inhabitants",
        "website",
        "period_display",
    )
    list_filter = ("kind", ActiveOnListFilter)
    search_fields = (
        "name",
        "legal_name",
        "aliases__name",
        "cbs_code",
        "oin",
        "kvk",
        "tooi_uri",
    )
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("successor",)
    list_select_related = ("successor",)
    inlines = (
        PartyAliasInline,
        ContactPointInline,
        MembershipInline,
        MemberInline,
    )
    fieldsets = (
        (None, {"fields": ("name", "slug", "kind", "legal_name", "description")}),
        (
            _("Identifiers"),
            {"fields": ("website", "tooi_uri", "cbs_code", "oin", "kvk")},
        ),
        (_("Size"), {"fields": ("inhabitants", "inhabitants_year")}),
        (
            _("Existence"),
            {
                "fields": (
                    "start",
                    "known_since",
                    "end",
                    "end_state",
                    "last_confirmed",
                    "successor",
                )
            },
        ),
        (_("Notes"), {"fields": ("notes",)}),
        RegisterAdmin.record_fieldset,
    )


@admin.register(Membership)
class MembershipAdmin(ProvenanceAdminMixin, PeriodAdminMixin, RegisterAdmin):
    list_display = ("member", "organisation", "description", "period_display")
    list_filter = (
        ActiveOnListFilter,
        ("organisation", admin.RelatedOnlyFieldListFilter),
        "member__kind",
    )
    search_fields = ("member__name", "organisation__name", "description")
    autocomplete_fields = ("member", "organisation")
    list_select_related = ("member", "organisation")
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "member",
                    "organisation",
                    "description",
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


@admin.register(ContactPoint)
class ContactPointAdmin(ProvenanceAdminMixin, RegisterAdmin):
    list_display = ("name", "party", "email", "phone", "url", "is_personal")
    search_fields = ("name", "party__name", "email")
    list_filter = ("party__kind", "is_personal")
    autocomplete_fields = ("party",)
    list_select_related = ("party",)


@admin.register(PartyAlias)
class PartyAliasAdmin(RegisterAdmin):
    list_display = ("name", "party")
    search_fields = ("name", "party__name")
    autocomplete_fields = ("party",)
    list_select_related = ("party",)

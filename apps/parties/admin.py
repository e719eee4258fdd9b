from typing import Any

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import Exists, Model, OuterRef, QuerySet
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from apps.core.admin import (
    ActiveOnListFilter,
    PeriodAdminMixin,
    PeriodInlineMixin,
    RegisterAdmin,
)
from apps.core.admin_provenance import ProvenanceAdminMixin, ProvenanceInlineMixin
from apps.core.constants import Certainty
from apps.core.forms import PeriodForm

from .models import (
    ContactPoint,
    Membership,
    OnBehalfOfModel,
    Party,
    PartyName,
    validate_on_behalf_of_listed,
)
from .selectors import records_on_behalf_of

PERIOD_INLINE_FIELDS = ("start", "known_since", "end", "end_state", "last_confirmed")


class PartyNameFormSet(BaseInlineFormSet):
    """Refuse two names of the party in one save that differ only in case (the
    database's case-insensitive unique index would otherwise refuse them with an
    error)."""

    def clean(self) -> None:
        super().clean()
        seen: set[str] = set()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not data.get("name"):
                continue
            key = data["name"].casefold()
            if key in seen:
                raise ValidationError(_("The party already has this name."))
            seen.add(key)


class PartyNameInline(admin.TabularInline):
    """A party's other names over time: former names, alternative names and
    abbreviations, each with the period it was used."""

    model = PartyName
    form = PeriodForm
    formset = PartyNameFormSet
    extra = 0
    fields = ("name", "kind", *PERIOD_INLINE_FIELDS)


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
        "membership_type",
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
        "membership_type",
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
    # Names (current, legal and over time) are searched by ``Party.objects.search``
    # in get_search_results, the one rule the API's search uses too.
    search_fields = ("cbs_code", "oin", "kvk", "tooi_uri")
    readonly_fields = (*RegisterAdmin.readonly_fields, "done_on_its_behalf")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("successor",)
    list_select_related = ("successor",)
    inlines = (
        PartyNameInline,
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
        (_("Done on its behalf"), {"fields": ("done_on_its_behalf",)}),
        RegisterAdmin.record_fieldset,
    )

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet, search_term: str
    ) -> tuple[QuerySet, bool]:
        found, may_have_duplicates = super().get_search_results(
            request, queryset, search_term
        )
        if search_term.strip():
            found = found | queryset.search(search_term.strip())
        return found, may_have_duplicates

    @admin.display(description=_("done on its behalf"))
    def done_on_its_behalf(self, party: Party) -> str:
        """What others do and pay on the party's behalf: contracts, funding
        streams and role assignments, one query each, those whose dates leave
        doubt marked "possibly"."""
        if party.pk is None:
            return "-"
        certain = records_on_behalf_of(party)
        sections = []
        for model, possible in records_on_behalf_of(party, Certainty.POSSIBLE).items():
            acting = model.acting_party_field
            rows = (
                possible.annotate(
                    certainly=Exists(certain[model].filter(pk=OuterRef("pk")))
                )
                .select_related(acting)
                .order_by("-start_latest", "pk")
            )
            items = [_on_behalf_item(record) for record in rows]
            if items:
                sections.append(
                    format_html(
                        "<p><strong>{}</strong></p><ul>{}</ul>",
                        model._meta.verbose_name_plural.capitalize(),
                        format_html_join(
                            "", "<li>{}</li>", ((item,) for item in items)
                        ),
                    )
                )
        if not sections:
            return gettext("Nothing is recorded as done on its behalf.")
        return format_html_join("", "{}", ((section,) for section in sections))


@admin.register(Membership)
class MembershipAdmin(ProvenanceAdminMixin, PeriodAdminMixin, RegisterAdmin):
    list_display = (
        "member",
        "membership_type",
        "organisation",
        "description",
        "period_display",
    )
    list_filter = (
        ActiveOnListFilter,
        "membership_type",
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
                    "membership_type",
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


@admin.register(PartyName)
class PartyNameAdmin(PeriodAdminMixin, RegisterAdmin):
    list_display = ("name", "kind", "party", "period_display")
    list_filter = ("kind", ActiveOnListFilter)
    search_fields = ("name", "party__name")
    autocomplete_fields = ("party",)
    list_select_related = ("party",)
    fieldsets = (
        (None, {"fields": ("party", "name", "kind", *PERIOD_INLINE_FIELDS)}),
        RegisterAdmin.record_fieldset,
    )


def _on_behalf_item(record: Any) -> SafeString:
    url = reverse(
        f"admin:{record._meta.app_label}_{record._meta.model_name}_change",
        args=[record.pk],
    )
    text = gettext("%(record)s, by %(party)s, %(period)s") % {
        "record": record,
        "party": record.acting_party,
        "period": record.period_display(),
    }
    if not record.certainly:
        text = gettext("%(record)s (possibly: the dates leave doubt)") % {
            "record": text
        }
    return format_html('<a href="{}">{}</a>', url, text)


class OnBehalfOfAdminMixin:
    """Admin of a record with ``OnBehalfOfModel``: the parties it acts for are
    picked by autocomplete, and the acting party is refused among them."""

    on_behalf_of_fieldset = (
        _("On behalf of"),
        {"fields": ("on_behalf_of_all_members", "on_behalf_of")},
    )

    def get_autocomplete_fields(self, request: HttpRequest) -> tuple[str, ...]:
        fields = tuple(super().get_autocomplete_fields(request))  # type: ignore[misc]
        return fields if "on_behalf_of" in fields else (*fields, "on_behalf_of")

    def get_form(
        self, request: HttpRequest, obj: Model | None = None, **kwargs: Any
    ) -> Any:
        form = super().get_form(request, obj, **kwargs)  # type: ignore[misc]

        class OnBehalfOfForm(form):
            def _post_clean(self) -> None:
                super()._post_clean()
                if "on_behalf_of" not in self.cleaned_data:
                    return
                assert isinstance(self.instance, OnBehalfOfModel)
                try:
                    validate_on_behalf_of_listed(
                        self.instance, self.cleaned_data["on_behalf_of"]
                    )
                except ValidationError as error:
                    self._update_errors(error)

        OnBehalfOfForm.__name__ = form.__name__
        return OnBehalfOfForm

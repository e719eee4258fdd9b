"""Admin building blocks shared by every register app, and the sources' admin."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import combinations
from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters, InlineModelAdmin
from django.contrib.admin.utils import flatten_fieldsets
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model, QuerySet
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest
from django.utils import formats, timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from simple_history.admin import SimpleHistoryAdmin

from . import periods, publication
from .concurrency import ConcurrentChangeAdminMixin
from .forms import PeriodForm
from .models import PeriodModel, PublishableModel, Source
from .querysets import PeriodQuerySet
from .services import record_delete, record_referred_by
from .validators import existence_findings

admin.site.site_header = _("OpenZaak Governance")
admin.site.site_title = _("OpenZaak Governance")
admin.site.index_title = _("Ecosystem register")


class ActiveOnListFilter(admin.SimpleListFilter):
    """Records in force on a date the coordinator types (or today)."""

    title = _("active on")
    parameter_name = "active_on"
    template = "admin/filters/active_on.html"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("today", _("Today"))]

    def day(self) -> date | None:
        value = self.value()
        if not value:
            return None
        if value == "today":
            return timezone.localdate()
        try:
            day = parse_date(value)
        except ValueError:
            day = None
        if day is None:
            raise IncorrectLookupParameters(_("Enter a valid date."))
        return day

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet | None:
        day = self.day()
        if day is None:
            return queryset
        assert isinstance(queryset, PeriodQuerySet)
        return queryset.active_on(day)

    def choices(self, changelist: Any) -> Iterator[dict[str, Any]]:
        # Keep the other filters, the search and the sort order when the date
        # form is submitted; a new date starts again at the first page.
        self.other_params = [
            (key, value)
            for key, values in changelist.params.items()
            if key not in {self.parameter_name, "p"}
            for value in (values if isinstance(values, list) else [values])
        ]
        yield from super().choices(changelist)


def money_display(
    amount: Decimal | None, currency: str, *, illustrative: bool = False
) -> str:
    """An amount as the coordinator reads it: currency, grouped digits, and a mark
    when the figure is only an example."""
    if amount is None:
        return "-"
    text = f"{currency} {formats.number_format(amount, 2, force_grouping=True)}"
    if illustrative:
        text = gettext("%(amount)s (illustrative)") % {"amount": text}
    return text


PUBLICATION_FIELDS = ("publication_state", "published_at", "published_by")


class PublishedPartsFormSetMixin:
    """An inline of parts (a review's scores) of a published record: a row may not
    point at an unpublished record (a score at a draft dimension)."""

    def clean(self) -> None:
        super().clean()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE"):
                continue
            for name, target in publication.unpublished_part_links(
                form.instance
            ).items():
                if name in form.fields:
                    form.add_error(name, publication.unpublished_link_message([target]))


class PublishedPartFormMixin:
    """A part's own form (a score of a published review): it may not point at an
    unpublished record."""

    def _post_clean(self) -> None:
        super()._post_clean()
        for name, target in publication.unpublished_part_links(self.instance).items():
            if name in self.fields:
                self.add_error(name, publication.unpublished_link_message([target]))


class PublicationAdminMixin:
    """Publication in the admin of every publishable model: a state column and
    filter, the state shown read-only (new records start as drafts), bulk actions
    to publish (with what the records depend on) and to withdraw, and the rule
    that a published record never points at an unpublished one in its form.
    Publishing is a normal save, so the history keeps it."""

    publication_fieldset = (
        _("Publication"),
        {"classes": ("collapse",), "fields": PUBLICATION_FIELDS},
    )
    actions = ["publish_selected", "withdraw_selected"]

    def _publishable(self) -> bool:
        return publication.is_publishable(self.model)

    def get_list_display(self, request: HttpRequest) -> Any:
        columns = super().get_list_display(request)
        if self._publishable() and "publication_state" not in columns:
            columns = (*columns, "publication_state")
        return columns

    def get_list_filter(self, request: HttpRequest) -> Any:
        filters = super().get_list_filter(request)
        if self._publishable() and "publication_state" not in filters:
            filters = (*filters, "publication_state")
        return filters

    def get_readonly_fields(
        self, request: HttpRequest, obj: Model | None = None
    ) -> Any:
        fields = super().get_readonly_fields(request, obj)
        if self._publishable():
            fields = (*fields, *(f for f in PUBLICATION_FIELDS if f not in fields))
        return fields

    def get_fieldsets(self, request: HttpRequest, obj: Model | None = None) -> Any:
        fieldsets = super().get_fieldsets(request, obj)
        if not self._publishable() or not self.fieldsets:
            return fieldsets  # without declared fieldsets they are all shown
        if "publication_state" in flatten_fieldsets(fieldsets):
            return fieldsets
        return [*fieldsets, self.publication_fieldset]

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        actions = super().get_actions(request)
        if not self._publishable():
            actions.pop("publish_selected", None)
            actions.pop("withdraw_selected", None)
        return actions

    def get_form(
        self, request: HttpRequest, obj: Model | None = None, **kwargs: Any
    ) -> Any:
        form = super().get_form(request, obj, **kwargs)
        if not self._publishable():
            return type(form.__name__, (PublishedPartFormMixin, form), {})

        class PublicationForm(form):
            def _post_clean(self) -> None:
                super()._post_clean()
                many_to_many = {
                    field.name: self.cleaned_data[field.name]
                    for field in self.instance._meta.many_to_many
                    if field.name in self.cleaned_data
                }
                try:
                    publication.validate_published_links(
                        self.instance, many_to_many, foreign_keys=False
                    )
                except ValidationError as error:
                    self._update_errors(error)

        PublicationForm.__name__ = form.__name__
        return PublicationForm

    def get_formsets_with_inlines(
        self, request: HttpRequest, obj: Model | None = None
    ) -> Iterator[tuple[Any, Any]]:
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            if self._publishable() and not publication.is_publishable(inline.model):
                formset = type(
                    formset.__name__, (PublishedPartsFormSetMixin, formset), {}
                )
            yield formset, inline

    @admin.action(
        description=_("Publish selected records (with what they depend on)"),
        permissions=["change"],
    )
    def publish_selected(self, request: HttpRequest, queryset: QuerySet) -> None:
        published: list[PublishableModel] = []
        with transaction.atomic():
            for record in queryset:
                published += publication.record_publish(
                    record=record, user=request.user
                )
        if not published:
            self.message_user(
                request,
                gettext("The selected records were already published."),
                messages.INFO,
            )
            return
        self.message_user(
            request,
            gettext("Published: %(records)s.")
            % {"records": publication.describe(published)},
            messages.SUCCESS,
        )

    @admin.action(description=_("Withdraw selected records"), permissions=["change"])
    def withdraw_selected(self, request: HttpRequest, queryset: QuerySet) -> None:
        # Records selected together may point at each other: they are
        # withdrawn together.
        withdrawn, refused = publication.records_withdraw(
            records=list(queryset), user=request.user
        )
        if withdrawn:
            self.message_user(
                request,
                gettext("Withdrawn: %(records)s.")
                % {"records": publication.describe(withdrawn)},
                messages.SUCCESS,
            )
        for record, reason in refused:
            self.message_user(
                request,
                gettext("%(record)s was not withdrawn. %(reason)s")
                % {"record": publication.describe([record]), "reason": reason},
                messages.ERROR,
            )
        if not withdrawn and not refused:
            self.message_user(
                request,
                gettext("None of the selected records was published."),
                messages.INFO,
            )


@dataclass(frozen=True)
class InlineExtension:
    """An inline another app adds to a model's admin, and what to do with the
    records saved through it (for example warn about them)."""

    inline: type[InlineModelAdmin]
    after_save: Callable[[HttpRequest, list[Model]], None] | None = None


#: Inlines added to a model's admin by the apps that depend on that model, so
#: that dependencies point one way (roles adds its inline to parties, not the
#: other way round). Read by :class:`RegisterAdmin`.
admin_extensions: dict[type[Model], list[InlineExtension]] = defaultdict(list)


def admin_inline_add(
    model: type[Model],
    inline: type[InlineModelAdmin],
    *,
    after_save: Callable[[HttpRequest, list[Model]], None] | None = None,
) -> None:
    """Show ``inline`` on ``model``'s admin page, after its own inlines; call
    ``after_save(request, records)`` with the rows saved through it."""
    admin_extensions[model].append(InlineExtension(inline, after_save))


def saved_objects(formset: Any) -> list[Model]:
    """The records an inline formset has just added or changed."""
    return [*formset.new_objects, *(obj for obj, _fields in formset.changed_objects)]


class InlineExtensionAdminMixin:
    """Shows the inlines other apps added with :func:`admin_inline_add`."""

    def get_inlines(self, request: HttpRequest, obj: Model | None) -> list[Any]:
        own = super().get_inlines(request, obj)  # type: ignore[misc]
        added = [extension.inline for extension in admin_extensions[self.model]]  # type: ignore[attr-defined]
        return [*own, *added]

    def save_formset(
        self, request: HttpRequest, form: Any, formset: Any, change: bool
    ) -> None:
        super().save_formset(request, form, formset, change)  # type: ignore[misc]
        for extension in admin_extensions[self.model]:  # type: ignore[attr-defined]
            if extension.after_save and formset.model is extension.inline.model:
                extension.after_save(request, saved_objects(formset))


#: Functions that tell the coordinator what is wrong with a record, shown as
#: warnings on its change page (the role check on a component's page), added by
#: the apps that know the rules, so that dependencies point one way. Read by
#: :class:`RegisterAdmin`.
admin_warnings: dict[type[Model], list[Callable[[Model], list[str]]]] = defaultdict(
    list
)


def admin_warnings_add(
    model: type[Model], warnings: Callable[[Model], list[str]]
) -> None:
    """Show the messages ``warnings(record)`` returns on ``model``'s change page."""
    admin_warnings[model].append(warnings)


class ChangeWarningsAdminMixin:
    """Shows the warnings other apps added with :func:`admin_warnings_add` when a
    record's change page is opened."""

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> Any:
        if request.method == "GET" and admin_warnings[self.model]:  # type: ignore[attr-defined]
            record = self.get_object(request, object_id)  # type: ignore[attr-defined]
            if record is not None:
                for warnings in admin_warnings[self.model]:  # type: ignore[attr-defined]
                    for message in warnings(record):
                        messages.warning(request, message)
        return super().change_view(request, object_id, form_url, extra_context)  # type: ignore[misc]


class ReferredDeleteAdminMixin:
    """Deleting in the admin goes through :func:`record_delete`.

    A record other records refer to, by a protecting foreign key or by a
    many-to-many link (such as a cited source), is refused on the delete page
    and in the "delete selected" action, naming the kinds of records that refer
    to it, instead of silently dropping the links.
    """

    def get_deleted_objects(
        self, objs: Any, request: HttpRequest
    ) -> tuple[list[Any], dict[str, int], set[str], list[Any]]:
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(  # type: ignore[misc]
            objs, request
        )
        refused = [
            gettext(
                "“%(record)s” cannot be deleted while other records refer to it: "
                "%(records)s."
            )
            % {"record": record, "records": ", ".join(kinds)}
            for record in objs
            if (kinds := record_referred_by(record))
        ]
        return deleted, model_count, perms_needed, [*refused, *protected]

    def delete_model(self, request: HttpRequest, obj: Model) -> None:
        record_delete(record=obj)

    @transaction.atomic
    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        for record in queryset:
            record_delete(record=record)


class RegisterAdmin(
    ConcurrentChangeAdminMixin,
    PublicationAdminMixin,
    InlineExtensionAdminMixin,
    ChangeWarningsAdminMixin,
    ReferredDeleteAdminMixin,
    SimpleHistoryAdmin,
):
    """Base admin: the public identifier and timestamps shown read-only, history
    kept, a save refused when another user saved the record meanwhile, and the
    publication state with its actions (``PublicationAdminMixin``)."""

    readonly_fields: tuple[str, ...] = ("uuid", "created_at", "updated_at")
    record_fieldset = (
        _("Record"),
        {"classes": ("collapse",), "fields": ("uuid", "created_at", "updated_at")},
    )


class PeriodAdminMixin:
    """Admin of a record with a period: the period entered as people know it,
    shown as it reads, and warnings where the existence of its parties or
    components leaves doubt (the record is saved all the same)."""

    form = PeriodForm

    def save_model(
        self, request: HttpRequest, obj: Any, form: Any, change: bool
    ) -> None:
        super().save_model(request, obj, form, change)
        existence_warn(request, obj)

    def save_formset(
        self, request: HttpRequest, form: Any, formset: Any, change: bool
    ) -> None:
        super().save_formset(request, form, formset, change)
        for record in formset.new_objects + [
            obj for obj, _fields in formset.changed_objects
        ]:
            if isinstance(record, PeriodModel):
                existence_warn(request, record)


def existence_warn(request: HttpRequest, record: Any) -> None:
    """Tell the coordinator where a party's or component's existence leaves doubt."""
    if not isinstance(record, PeriodModel):
        return
    _errors, warnings = existence_findings(record)
    for warning in warnings:
        messages.warning(request, f"{record}: {warning}")


class PeriodInlineMixin:
    """An inline of records with a period: entered as people know it, identical
    rows that would certainly overlap refused (see ``PeriodOverlapInlineFormSet``)."""

    form = PeriodForm

    def get_formset(self, request: HttpRequest, obj: Any = None, **kwargs: Any) -> Any:
        kwargs.setdefault("formset", PeriodOverlapInlineFormSet)
        return super().get_formset(request, obj, **kwargs)


class PeriodOverlapInlineFormSet(BaseInlineFormSet):
    """Refuse two rows of one inline that are identical (equal on the model's
    ``overlap_key``) and certainly hold on a common day.

    Each form checks its row against the database (``clean()`` of the model); this
    checks the rows against each other, which the database would otherwise
    refuse with an error the coordinator cannot read.
    """

    def clean(self) -> None:
        super().clean()
        key_fields = self.model.overlap_key
        if not key_fields:
            return
        rows = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or form.errors:
                continue
            span = periods.certain_span(form.instance)
            if span is None:
                continue
            key = tuple(
                self.instance
                if name == self.fk.name
                else data[name]
                if name in data
                else getattr(form.instance, name, None)
                for name in key_fields
            )
            rows.append((key, span))
        for (key_a, (start_a, end_a)), (key_b, (start_b, end_b)) in combinations(
            rows, 2
        ):
            if key_a != key_b:
                continue
            a_before_b = end_a is not None and end_a < start_b
            b_before_a = end_b is not None and end_b < start_a
            if not (a_before_b or b_before_a):
                raise ValidationError(
                    _("Two identical rows overlap in time; change or remove one.")
                )


@admin.register(Source)
class SourceAdmin(RegisterAdmin):
    list_display = ("title", "kind", "publisher", "published_on", "url")
    list_filter = ("kind",)
    search_fields = ("title", "publisher", "url", "reference", "summary")
    date_hierarchy = "published_on"
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "title",
                    "kind",
                    "url",
                    "publisher",
                    "published_on",
                    "reference",
                    "summary",
                )
            },
        ),
        RegisterAdmin.record_fieldset,
    )


from . import token_admin  # noqa: E402, F401  (API tokens; after knox's own admin)

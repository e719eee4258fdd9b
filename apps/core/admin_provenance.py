"""Admin building blocks for provenance: the citations inline, and a mixin that
shows every citable record's basis as a column, a filter and a form row."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline
from django.contrib.contenttypes.forms import BaseGenericInlineFormSet
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from . import publication
from .admin import RegisterAdmin
from .models import Citation
from .provenance import CITATIONS, provenance_errors


class CitationInlineFormSet(BaseGenericInlineFormSet):
    """The citations of one record; refuses a sourced record without any.

    The record's own form is validated (and its values set on ``instance``)
    before the inlines, and the inline rows are saved after it: the rule that a
    sourced record cites something can only be checked here.
    """

    def clean(self) -> None:
        super().clean()
        cited = sum(
            1
            for form in self.forms
            if getattr(form, "cleaned_data", None)
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get("source")
        )
        errors = provenance_errors(
            basis=self.instance.basis,
            basis_note=self.instance.basis_note,
            citation_count=cited,
        )
        if CITATIONS in errors:
            raise ValidationError(errors[CITATIONS])
        # A published record never cites an unpublished source.
        if getattr(self.instance, "is_published", False):
            for form in self.forms:
                data = getattr(form, "cleaned_data", None)
                if not data or data.get("DELETE") or not data.get("source"):
                    continue
                drafts = publication.unpublished_cited_sources([data["source"]])
                if drafts:
                    form.add_error(
                        "source", publication.unpublished_link_message(drafts)
                    )


class CitationInline(GenericTabularInline):
    """A record's citations: a source (searched by title) and where in it."""

    model = Citation
    formset = CitationInlineFormSet
    extra = 0
    fields = ("source", "locator")
    autocomplete_fields = ("source",)

    def get_queryset(self, request: HttpRequest) -> Any:
        # Each row shows its source: fetch them with the rows.
        return super().get_queryset(request).select_related("source")


PROVENANCE_FIELDSET = (
    _("Provenance"),
    {
        "fields": (("basis", "basis_note"),),
        "description": _(
            "Sourced: cite each source below, with a page, section or quotation. "
            "Inferred: explain the reasoning. Illustrative: a demo placeholder."
        ),
    },
)


class ProvenanceAdminMixin:
    """For the admin of a citable model: basis as the last column and a filter,
    basis and reasoning side by side in the form, and the citations inline."""

    def get_list_display(self, request: HttpRequest) -> Any:
        columns = tuple(super().get_list_display(request))  # type: ignore[misc]
        return columns if "basis" in columns else (*columns, "basis")

    def get_list_filter(self, request: HttpRequest) -> Any:
        filters = tuple(super().get_list_filter(request))  # type: ignore[misc]
        return filters if "basis" in filters else (*filters, "basis")

    def get_inlines(self, request: HttpRequest, obj: Any) -> Any:
        inlines = tuple(super().get_inlines(request, obj))  # type: ignore[misc]
        return inlines if CitationInline in inlines else (*inlines, CitationInline)

    def get_fieldsets(self, request: HttpRequest, obj: Any = None) -> Any:
        # Wherever the admin (or Django's default of every field) puts them, the
        # basis and its reasoning go together into one fieldset of their own.
        provenance = {"basis", "basis_note"}
        fieldsets = [
            (
                title,
                {
                    **options,
                    "fields": [
                        row
                        for row in options["fields"]
                        if isinstance(row, tuple | list) or row not in provenance
                    ],
                },
            )
            for title, options in super().get_fieldsets(request, obj)  # type: ignore[misc]
        ]
        # Before the record's identifiers and timestamps, which come last.
        position = len(fieldsets)
        if fieldsets and fieldsets[-1][1].get("classes") == ("collapse",):
            position -= 1
        fieldsets.insert(position, PROVENANCE_FIELDSET)
        return fieldsets


class _ProvenanceRowsFormSetMixin:
    """Rows of citable records edited inside another record's page cannot carry
    citations (the admin does not nest inlines): a new or changed row that claims
    to be sourced must already cite a source."""

    def clean(self) -> None:
        super().clean()  # type: ignore[misc]
        for form in self.forms:  # type: ignore[attr-defined]
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not form.has_changed():
                continue
            record = form.instance
            cited = record.citations.count() if record.pk else 0
            errors = provenance_errors(
                basis=data.get("basis", record.basis),
                basis_note=data.get("basis_note", record.basis_note),
                citation_count=cited,
            )
            if CITATIONS in errors:
                form.add_error(
                    "basis",
                    _(
                        "Cite its sources on its own page, or choose inferred "
                        "(with the reasoning) or illustrative."
                    ),
                )


class ProvenanceInlineMixin:
    """For an inline of a citable model on another model's page: basis and
    reasoning as columns, and the provenance rule checked per row."""

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        fields = list(super().get_fields(request, obj))  # type: ignore[misc]
        return [
            *fields,
            *(name for name in ("basis", "basis_note") if name not in fields),
        ]

    def get_formset(self, request: HttpRequest, obj: Any = None, **kwargs: Any) -> Any:
        formset = super().get_formset(request, obj, **kwargs)  # type: ignore[misc]
        return type(formset.__name__, (_ProvenanceRowsFormSetMixin, formset), {})


@admin.register(Citation)
class CitationAdmin(RegisterAdmin):
    """Every citation in one list: which records cite a source, and where.
    Citations are normally edited on the citing record's page."""

    list_display = ("source", "locator", "content_type", "record_display")
    list_filter = (("content_type", admin.RelatedOnlyFieldListFilter),)
    search_fields = ("source__title", "locator")
    autocomplete_fields = ("source",)
    list_select_related = ("source", "content_type")

    @admin.display(description=_("record"))
    def record_display(self, citation: Citation) -> str:
        # One query per row; the list is a look-up, not a report.
        return str(citation.record) if citation.record is not None else "-"

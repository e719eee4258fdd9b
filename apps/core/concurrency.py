"""Optimistic concurrency for register records: a version per row, and an admin
change form that refuses to save over changes made after it was opened.

The version is the record's ``updated_at`` to the microsecond. It needs no extra
column (so no migration): every write through the admin or the API runs under a
row lock and moves ``updated_at`` strictly forward (:func:`advance_version`), so
two writes never leave the same version behind.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django import forms
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from simple_history.utils import get_m2m_reverse_field_name

#: The name of the hidden field that carries the version a form was opened at.
VERSION_FIELD = "record_version"


def record_version(instance: models.Model) -> str:
    """The version of ``instance`` as stored: its ``updated_at`` to the microsecond."""
    updated_at = getattr(instance, "updated_at", None)
    if updated_at is None:
        return ""
    return updated_at.isoformat(timespec="microseconds")


def advance_version(instance: models.Model, previous: datetime | None) -> None:
    """Make sure a write just saved gave ``instance`` a newer version than
    ``previous`` (the clock may stand still or step back between two writes)."""
    if previous is None or instance.updated_at > previous:
        return
    instance.updated_at = previous + timedelta(microseconds=1)
    # update() leaves auto_now alone, so the value written is the one set here.
    type(instance)._base_manager.filter(pk=instance.pk).update(
        updated_at=instance.updated_at
    )


def lock_row(model: type[models.Model], **lookup: Any) -> None:
    """Lock the row ``lookup`` finds until the transaction ends (PostgreSQL: ``SELECT
    … FOR UPDATE``; SQLite writes one at a time anyway and ignores it)."""
    list(model._base_manager.select_for_update().filter(**lookup).values_list("pk"))


# --- What changed meanwhile ------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One field another user changed: its label, the old and the new value."""

    label: str
    old: str
    new: str


def _display(field: models.Field | Any, value: Any) -> str:
    """A stored value as the coordinator reads it."""
    if isinstance(value, list):  # many-to-many rows
        target = get_m2m_reverse_field_name(field)
        return ", ".join(str(row.get(target, "")) for row in value) or gettext(
            "(empty)"
        )
    if value is None or value == "":
        return gettext("(empty)")
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    choices = dict(getattr(field, "flatchoices", None) or [])
    if value in choices:
        return str(choices[value])
    if isinstance(value, datetime):
        return formats.date_format(value, "DATETIME_FORMAT")
    return str(value)


def changes_since(
    instance: models.Model, version: str
) -> tuple[list[str], list[Change]]:
    """Who saved ``instance`` after ``version``, and which fields they changed
    (from its change history: the record at ``version`` against the latest)."""
    history = getattr(instance, "history", None)
    try:
        opened_at = datetime.fromisoformat(version)
    except ValueError:
        return [], []
    if history is None:
        return [], []
    newer = list(history.filter(updated_at__gt=opened_at).order_by("history_date"))
    baseline = (
        history.filter(updated_at__lte=opened_at).order_by("-history_date").first()
    )
    users = sorted(
        {
            str(record.history_user)
            if record.history_user
            else gettext("someone without a login")
            for record in newer
        }
    )
    if not newer or baseline is None:
        return users, []
    delta = newer[-1].diff_against(
        baseline, excluded_fields=["updated_at"], foreign_keys_are_objs=True
    )
    changes = []
    for change in delta.changes:
        try:
            field = type(instance)._meta.get_field(change.field)
        except FieldDoesNotExist:
            continue
        changes.append(
            Change(
                label=str(getattr(field, "verbose_name", change.field)),
                old=_display(field, change.old),
                new=_display(field, change.new),
            )
        )
    return users, changes


def stale_save_messages(instance: models.Model, version: str) -> list[str]:
    """The messages a stale change form shows: who changed what meanwhile, and
    what to do now."""
    users, changes = changes_since(instance, version)
    messages = [
        gettext(
            "%(users)s saved this record after you opened it, so your changes "
            "were not saved (they would overwrite theirs)."
        )
        % {"users": ", ".join(users) or gettext("Someone else")}
    ]
    messages += [
        gettext("%(field)s: changed from “%(old)s” to “%(new)s”.")
        % {"field": change.label, "old": change.old, "new": change.new}
        for change in changes
    ]
    messages.append(
        gettext(
            "Open the record again to see the current version, then make your "
            "changes there."
        )
    )
    return messages


# --- Admin -----------------------------------------------------------------------


class VersionCheckedForm(forms.ModelForm):
    """A change form that remembers the version it was opened at and refuses to
    save when the record has a newer one."""

    record_version = forms.CharField(
        label=_("version"), required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields[VERSION_FIELD].initial = record_version(self.instance)

    def clean(self) -> dict[str, Any]:
        cleaned_data = super().clean()
        opened = (self.cleaned_data.get(VERSION_FIELD) or "").strip()
        if self.instance.pk is not None and opened != record_version(self.instance):
            raise ValidationError(
                stale_save_messages(self.instance, opened), code="stale"
            )
        return cleaned_data


class ConcurrentChangeAdminMixin:
    """For a register ModelAdmin: its change form carries the version it was opened
    at; saving it locks the row and is refused if another user saved meanwhile."""

    change_form_template = "admin/concurrency/change_form.html"

    def get_object(
        self, request: HttpRequest, object_id: str, from_field: str | None = None
    ) -> models.Model | None:
        if request.method == "POST":
            # Lock first, then read: the version compared is the latest one, and no
            # other save can slip in between the check and this save.
            model = self.model  # type: ignore[attr-defined]
            field = (
                model._meta.pk
                if from_field is None
                else model._meta.get_field(from_field)
            )
            # An invalid key: the admin answers "not found" itself.
            with suppress(ValidationError, ValueError):
                lock_row(model, **{field.name: field.to_python(object_id)})
        return super().get_object(request, object_id, from_field)  # type: ignore[misc]

    def get_fields(
        self, request: HttpRequest, obj: models.Model | None = None
    ) -> list[str]:
        # The version is no field to lay out: the template renders it, hidden.
        fields = super().get_fields(request, obj)  # type: ignore[misc]
        return [name for name in fields if name != VERSION_FIELD]

    def get_form(
        self,
        request: HttpRequest,
        obj: models.Model | None = None,
        change: bool = False,
        **kwargs: Any,
    ) -> type[forms.ModelForm]:
        form = super().get_form(request, obj, change=change, **kwargs)  # type: ignore[misc]
        if obj is None or getattr(request, "_reverting_history", False):
            # A new record has no version; reverting to an older version from the
            # history page is a deliberate choice of the values it shows.
            return form
        return type(form.__name__, (VersionCheckedForm, form), {})

    def save_model(
        self, request: HttpRequest, obj: models.Model, form: Any, change: bool
    ) -> None:
        previous = getattr(obj, "updated_at", None) if change else None
        super().save_model(request, obj, form, change)  # type: ignore[misc]
        advance_version(obj, previous)

    def history_form_view(
        self, request: HttpRequest, object_id: str, version_id: str, **kwargs: Any
    ) -> Any:
        request._reverting_history = True  # type: ignore[attr-defined]
        return super().history_form_view(request, object_id, version_id, **kwargs)  # type: ignore[misc]

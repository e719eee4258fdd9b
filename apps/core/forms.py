"""Forms that state a period the way a person knows it (see ``apps.core.periods``)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.admin.widgets import AdminDateWidget
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

from .constants import Precision
from .periods import PERIOD_FIELDS, end_of, period_values, start_of

END_STATES = [
    ("", _("(the end above)")),
    (Precision.ONGOING, _("still going")),
    (Precision.UNKNOWN, _("unknown")),
]

#: The form's fields for a period, in order.
PERIOD_FORM_FIELDS = ("start", "known_since", "end", "end_state", "last_confirmed")

_CONSTRAINT_FIELDS = {
    "start_window": "start",
    "end_window": "end",
    "period_valid": "end",
}


class PeriodForm(forms.ModelForm):
    """A model form whose period is entered as a partial start and end.

    The start is a day, month or year, or empty with a "known since" date; the
    end is a day, month or year, or empty with "still going" or "unknown" (then
    with a "last confirmed" date). The stored windows follow from them.
    """

    start = forms.CharField(
        label=_("start"),
        required=False,
        max_length=10,
        help_text=_(
            "A day (2019-06-15), a month (2019-06) or a year (2019); empty when "
            "unknown."
        ),
    )
    known_since = forms.DateField(
        label=_("known since"),
        required=False,
        widget=AdminDateWidget,
        help_text=_(
            "When the start is unknown: the earliest date on which a source shows "
            "it holding."
        ),
    )
    end = forms.CharField(
        label=_("end"),
        required=False,
        max_length=10,
        help_text=_("A day, a month or a year; empty when still going or unknown."),
    )
    end_state = forms.ChoiceField(
        label=_("without an end date"),
        choices=END_STATES,
        required=False,
    )
    last_confirmed = forms.DateField(
        label=_("last confirmed"),
        required=False,
        widget=AdminDateWidget,
        help_text=_(
            "When the end is unknown: the last date on which it was seen holding."
        ),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model = self._meta.model
        if "start" in self.fields:
            self.fields["start"].label = model.start_label
        if "end" in self.fields:
            self.fields["end"].label = model.end_label
        record = self.instance
        if record.pk is not None and record.start_latest is not None:
            start, end = start_of(record), end_of(record)
            self.initial.setdefault("start", str(start) if start else "")
            self.initial.setdefault("known_since", record.known_since)
            self.initial.setdefault("end", str(end) if end else "")
            self.initial.setdefault("end_state", "" if end else record.end_precision)
            self.initial.setdefault("last_confirmed", record.last_confirmed)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not any(name in self.fields for name in PERIOD_FORM_FIELDS):
            return data
        try:
            values = period_values(
                start=data.get("start"),
                known_since=data.get("known_since"),
                end=data.get("end"),
                end_state=data.get("end_state") or None,
                last_confirmed=data.get("last_confirmed"),
            )
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                for message in messages:
                    self.add_error(name if name in self.fields else None, message)
            return data
        for name, value in values.items():
            setattr(self.instance, name, value)
        return data

    def _get_validation_exclusions(self) -> set[str]:
        # The stored period fields are not on the form, but they are set from it
        # in clean(): let the model's own checks and constraints see them.
        exclusions = super()._get_validation_exclusions()
        if self.errors:
            return exclusions
        return exclusions - set(PERIOD_FIELDS)

    def _update_errors(self, errors: ValidationError) -> None:
        # Errors on the stored fields, on links the form does not show (the parent
        # of an inline) or from a period constraint go to the field a person
        # typed, or above the form.
        remapped: dict[str, list[ValidationError]] = {}
        for name, messages in errors.error_dict.items():
            target = name
            if name in PERIOD_FIELDS:
                target = "end" if name.startswith("end") else "start"
            elif name == NON_FIELD_ERRORS:
                codes = {getattr(message, "code", None) for message in messages}
                target = next(
                    (
                        _CONSTRAINT_FIELDS[code]
                        for code in codes
                        if code in _CONSTRAINT_FIELDS
                    ),
                    NON_FIELD_ERRORS,
                )
            if target != NON_FIELD_ERRORS and target not in self.fields:
                target = NON_FIELD_ERRORS
            remapped.setdefault(target, []).extend(messages)
        super()._update_errors(ValidationError(remapped))

"""The "as of" date of a public page: ``?op=YYYY-MM-DD``, default today."""

from __future__ import annotations

from datetime import date

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: The query parameter: Dutch, as the site's addresses are.
PARAMETER = "op"


class AsOfForm(forms.Form):
    op = forms.DateField(
        label=_("As of"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Show the ecosystem as it was on this day (YYYY-MM-DD)."),
        error_messages={"invalid": _("Enter a date as YYYY-MM-DD, e.g. 2020-05-01.")},
    )

    def clean_op(self) -> date | None:
        day = self.cleaned_data["op"]
        if day is not None and not date(1900, 1, 1) <= day <= date(2200, 12, 31):
            raise forms.ValidationError(
                _("Choose a day between 1900 and 2200."), code="out_of_range"
            )
        return day


def as_of(data: dict) -> tuple[date, AsOfForm, bool]:
    """The day a page shows, its form, and whether it is today by default.

    An invalid date is a form error; the page then shows today (and answers
    400, see ``AsOfMixin``)."""
    form = AsOfForm(data)
    today = timezone.localdate()
    if form.is_valid() and form.cleaned_data.get("op"):
        return form.cleaned_data["op"], form, False
    return today, form, True

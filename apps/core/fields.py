"""Field factories shared by records that carry money."""

from __future__ import annotations

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

currency_validator = RegexValidator(
    r"^[A-Z]{3}$", _("Use a three-letter ISO 4217 currency code, e.g. EUR.")
)


def currency_field() -> models.CharField:
    return models.CharField(
        _("currency"),
        max_length=3,
        default="EUR",
        validators=[currency_validator],
        help_text=_("ISO 4217 code, e.g. EUR."),
    )


def illustrative_field() -> models.BooleanField:
    return models.BooleanField(
        _("illustrative figures"),
        default=False,
        help_text=_(
            "The amounts are examples, not taken from a public source (demo data)."
        ),
    )

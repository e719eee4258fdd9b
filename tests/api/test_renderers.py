"""The API's camelCase renderer spells names as djangorestframework_camel_case
does, whose renderer it replaced for speed."""

from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from djangorestframework_camel_case.util import camelize as library_camelize

from apps.core.api.renderers import camelize

NESTED = {
    "start_precision": "year",
    "known_since": None,
    "basis_note": _("inferred"),
    "value": Decimal("12.50"),
    "citations": [{"source_title": "Rapport", "locator": "p. 3"}],
    "results": ({"end_latest": "2020-01-01", "a_1_b": 1, "_private": 2},),
    "already": {"camelCase": True, "x": [1, "two", None]},
}


def test_camelize_gives_what_the_library_gives():
    assert camelize(NESTED) == library_camelize(NESTED)


def test_camelize_turns_lazy_strings_into_text():
    text = camelize({"basis_note": _("inferred")})["basisNote"]

    assert type(text) is str
    assert text == str(_("inferred"))

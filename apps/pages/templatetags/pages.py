"""Template tags of the public pages: a fact's period, certainty and basis."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django import template
from django.http import QueryDict

from apps.core import periods
from apps.pages import presentation

register = template.Library()


@register.filter
def period(record: Any) -> str:
    return periods.period_display(record)


@register.filter
def money(amount: Decimal | None, currency: str = "EUR") -> str:
    return presentation.money(amount, currency or "EUR")


@register.simple_tag
def certainty(record: Any, day: date) -> str:
    return presentation.certainty_text(record, day)


@register.inclusion_tag("pages/_basis.html")
def basis(record: Any) -> dict[str, Any]:
    citations = list(record.citations.all()) if hasattr(record, "citations") else []
    return {"record": record, "citations": citations}


@register.simple_tag(takes_context=True)
def query(context: template.Context, **changes: Any) -> str:
    """The page's query string with ``changes`` (an empty value removes)."""
    params: QueryDict = context["request"].GET.copy()
    params.pop("csv", None)
    for key, value in changes.items():
        params.pop(key, None)
        if value not in (None, ""):
            params[key] = str(value)
    text = params.urlencode()
    return f"?{text}" if text else "?"


@register.filter
def get(mapping: dict, key: Any) -> Any:
    return mapping.get(key)


@register.filter
def violation_kind(violation: Any) -> str:
    from apps.roles.constants import ViolationKind

    return str(ViolationKind(violation.kind).label)


@register.filter
def contract_status(contract: Any) -> str:
    return presentation.status_label(contract)

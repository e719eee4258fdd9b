"""How the public pages write a fact: its certainty, its basis, an amount."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.utils import formats
from django.utils.translation import gettext as _

from apps.core.constants import Basis, Holds
from apps.core.periods import holds_on


def money(amount: Decimal | None, currency: str = "EUR") -> str:
    """``€ 1.250.000`` (Dutch) or ``€1,250,000`` (English); "unknown" for None."""
    if amount is None:
        return _("unknown")
    symbol = "€" if currency == "EUR" else currency
    whole = amount == amount.to_integral_value()
    text = formats.number_format(
        amount, 0 if whole else 2, use_l10n=True, force_grouping=True
    )
    return f"{symbol}\N{NO-BREAK SPACE}{text}"


def certainty_text(record: Any, day: date) -> str:
    """Whether ``record`` holds on ``day``, in words: certainly, possibly (the
    dates leave it open), not."""
    holds = getattr(record, "holds", None) or holds_on(record, day)
    status = getattr(record, "status", "")
    if status == "intended":
        target = getattr(record, "target_date", None)
        if target:
            return _("intended, by %(date)s") % {
                "date": formats.date_format(target, "DATE_FORMAT")
            }
        return _("intended")
    return {
        Holds.YES: _("certainly on this day"),
        Holds.UNKNOWN: _("possibly on this day (the dates leave it open)"),
        Holds.NO: _("not on this day"),
    }[holds]


def basis_text(record: Any) -> str:
    """What ``record`` rests on, as one line of text (tables and CSV)."""
    basis = getattr(record, "basis", "")
    if basis == Basis.INFERRED:
        note = getattr(record, "basis_note", "")
        return (
            _("inferred: %(reasoning)s") % {"reasoning": note}
            if note
            else _("inferred")
        )
    if basis == Basis.ILLUSTRATIVE:
        return _("illustrative (demo)")
    if basis == Basis.SOURCED and hasattr(record, "citations"):
        titles = [
            citation.source.title
            + (f", {citation.locator}" if citation.locator else "")
            for citation in record.citations.all()
        ]
        return (
            _("source: %(sources)s") % {"sources": "; ".join(titles)}
            if titles
            else _("sourced")
        )
    return ""


def status_label(contract: Any) -> str:
    """The contract's status on the page's day (``with_status(day)``), else
    today's."""
    from apps.contracts.constants import ContractStatus

    status = getattr(contract, "derived_status", None) or contract.status
    return str(ContractStatus(status).label)

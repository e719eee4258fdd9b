"""Periods whose boundaries are known to a day, a month or a year, or not at all.

The one home of the rules about them: how a boundary is written and stored, and
the answer to "does it hold on day D?" (yes, no or unknown), for a database query
(``certainly_holds_q``, ``possibly_holds_q``) and for one record in memory
(``holds_on``).

Each boundary is stored as the window in which it lies:

========================  =================  ================  ===============
boundary                  precision          earliest          latest
========================  =================  ================  ===============
start on 2019-06-15       ``day``            2019-06-15        2019-06-15
start in June 2019        ``month``          2019-06-01        2019-06-30
start in 2019             ``year``           2019-01-01        2019-12-31
start unknown             ``unknown``        (none)            known since
end unknown               ``unknown``        last confirmed    (none)
end still going           ``ongoing``        (none)            (none)
========================  =================  ================  ===============

A record certainly holds on D when its start certainly lies on or before D and its
end certainly on or after D; it certainly does not when its start certainly lies
after D or its end certainly before D; otherwise the answer is unknown.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import F, Q
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .constants import Certainty, Holds, Precision

PARTIAL_DATE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")

#: The model fields that store a period.
PERIOD_FIELDS = (
    "start_precision",
    "start_earliest",
    "start_latest",
    "end_precision",
    "end_earliest",
    "end_latest",
)


@dataclass(frozen=True)
class PartialDate:
    """A day, a month or a year, as ISO 8601 writes it: ``2019-06-15``, ``2019-06``,
    ``2019``."""

    earliest: date
    latest: date
    precision: str

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; anything else is a
        ``ValueError``."""
        match = PARTIAL_DATE.fullmatch(str(text).strip())
        if not match:
            raise ValueError(text)
        year = int(match["year"])
        if match["month"] is None:
            return cls(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)
        month = int(match["month"])
        if match["day"] is None:
            last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
            return cls(date(year, month, 1), date(year, month, last), Precision.MONTH)
        day = date(year, month, int(match["day"]))
        return cls(day, day, Precision.DAY)

    @classmethod
    def of_day(cls, day: date) -> PartialDate:
        return cls(day, day, Precision.DAY)

    def __str__(self) -> str:
        if self.precision == Precision.YEAR:
            return f"{self.earliest:%Y}"
        if self.precision == Precision.MONTH:
            return f"{self.earliest:%Y-%m}"
        return self.earliest.isoformat()

    def display(self) -> str:
        """As a reader writes it, in the active language."""
        if self.precision == Precision.YEAR:
            return str(self.earliest.year)
        if self.precision == Precision.MONTH:
            return formats.date_format(self.earliest, "YEAR_MONTH_FORMAT")
        return formats.date_format(self.earliest, "DATE_FORMAT")


def parse_partial_date(text: str) -> PartialDate:
    """``PartialDate.parse`` with the message a form or the API shows."""
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        raise ValidationError(
            _("Enter a day (2019-06-15), a month (2019-06) or a year (2019)."),
            code="invalid_partial_date",
        ) from error


# -- stored values from what a person enters ------------------------------------


def period_values(
    *,
    start: str | date | PartialDate | None,
    known_since: date | None = None,
    end: str | date | PartialDate | None = None,
    end_state: str | None = None,
    last_confirmed: date | None = None,
) -> dict[str, Any]:
    """The stored fields of a period, from the way a form or the API states it.

    ``start`` is a partial date, or empty when unknown (then ``known_since``, the
    earliest day a source shows it holding, is required). ``end`` is a partial
    date; when it is empty, ``end_state`` says whether the fact is still going
    (``ongoing``) or its end is unknown (``unknown``, with ``last_confirmed``, the
    last day it was seen holding). Errors are keyed by these names.
    """
    errors: dict[str, list[str]] = {}
    values: dict[str, Any] = {}

    start_date = _as_partial(start, "start", errors)
    if start_date is not None:
        values.update(
            start_precision=start_date.precision,
            start_earliest=start_date.earliest,
            start_latest=start_date.latest,
        )
    elif known_since is None:
        errors.setdefault("known_since", []).append(
            gettext(
                "Give the start, or when it is unknown the earliest date on which "
                "a source shows it holding (known since)."
            )
        )
    else:
        values.update(
            start_precision=Precision.UNKNOWN,
            start_earliest=None,
            start_latest=known_since,
        )

    end_date = _as_partial(end, "end", errors)
    if end_date is not None:
        if end_state not in (None, "", end_date.precision):
            errors.setdefault("end_state", []).append(
                gettext("An end with a date is neither still going nor unknown.")
            )
        values.update(
            end_precision=end_date.precision,
            end_earliest=end_date.earliest,
            end_latest=end_date.latest,
        )
    elif end_state == Precision.ONGOING:
        values.update(
            end_precision=Precision.ONGOING, end_earliest=None, end_latest=None
        )
    elif end_state == Precision.UNKNOWN:
        if last_confirmed is None:
            errors.setdefault("last_confirmed", []).append(
                gettext(
                    "An unknown end needs the last date on which it was seen "
                    "holding (last confirmed)."
                )
            )
        values.update(
            end_precision=Precision.UNKNOWN,
            end_earliest=last_confirmed,
            end_latest=None,
        )
    else:
        errors.setdefault("end_state", []).append(
            gettext("Give the end, or say that it is still going or unknown.")
        )
    if errors:
        raise ValidationError(errors)
    return values


def _as_partial(
    value: str | date | PartialDate | None, name: str, errors: dict[str, list[str]]
) -> PartialDate | None:
    if value in (None, ""):
        return None
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, date):
        return PartialDate.of_day(value)
    try:
        return parse_partial_date(str(value))
    except ValidationError as error:
        errors.setdefault(name, []).extend(error.messages)
        return None


def start_of(record: Any) -> PartialDate | None:
    """The start as a partial date; ``None`` when it is unknown."""
    if record.start_precision in (None, "", Precision.UNKNOWN):
        return None
    return PartialDate(
        record.start_earliest, record.start_latest, record.start_precision
    )


def end_of(record: Any) -> PartialDate | None:
    """The end as a partial date; ``None`` when it is unknown or still going."""
    if record.end_precision in (None, "", Precision.UNKNOWN, Precision.ONGOING):
        return None
    return PartialDate(record.end_earliest, record.end_latest, record.end_precision)


# -- the one answer to "does it hold on D?" ------------------------------------


def certainly_holds_q(day: date, prefix: str = "") -> Q:
    """Rows that certainly hold on ``day``."""
    return Q(**{f"{prefix}start_latest__lte": day}) & (
        Q(**{f"{prefix}end_precision": Precision.ONGOING})
        | Q(**{f"{prefix}end_earliest__gte": day})
    )


def possibly_holds_q(day: date, prefix: str = "") -> Q:
    """Rows that hold or may hold on ``day`` (not certainly outside their period)."""
    return (
        Q(**{f"{prefix}start_earliest__isnull": True})
        | Q(**{f"{prefix}start_earliest__lte": day})
    ) & (
        Q(**{f"{prefix}end_latest__isnull": True})
        | Q(**{f"{prefix}end_latest__gte": day})
    )


def holds_q(day: date, certainty: str = Certainty.CERTAIN, prefix: str = "") -> Q:
    if certainty == Certainty.POSSIBLE:
        return possibly_holds_q(day, prefix)
    return certainly_holds_q(day, prefix)


def _existence_links(model: Any) -> list[str]:
    """The links in ``model.existence_of`` to one record each (a foreign key)."""
    links = []
    for name in getattr(model, "existence_of", ()):
        field = model._meta.get_field(name)
        if field.many_to_one:
            links.append(name)
    return links


def may_exist_q(model: Any, day: date, prefix: str = "") -> Q:
    """Rows of ``model`` whose parties and components (its ``existence_of``) may
    exist on ``day``.

    A membership, role or contract cannot hold while its party certainly does not
    exist, so an uncertain start or end never stretches a fact to a day before its
    party was founded or after it ceased: the foundation's role is not "possibly
    held" in 2010 when the foundation was founded in 2019.
    """
    condition = Q()
    for name in _existence_links(model):
        condition &= Q(**{f"{prefix}{name}__isnull": True}) | possibly_holds_q(
            day, prefix=f"{prefix}{name}__"
        )
    return condition


def may_exist_during_q(
    model: Any, start: date | None, end: date | None, prefix: str = ""
) -> Q:
    """Rows of ``model`` whose parties and components may exist on a day of
    [start, end] (see ``may_exist_q``)."""
    condition = Q()
    if start is None and end is None:
        return condition  # every record may exist on some day of all time
    for name in _existence_links(model):
        condition &= Q(**{f"{prefix}{name}__isnull": True}) | overlap_q(
            start, end, Certainty.POSSIBLE, prefix=f"{prefix}{name}__"
        )
    return condition


def record_holds_q(model: Any, day: date, certainty: str = Certainty.CERTAIN) -> Q:
    """Rows of ``model`` that certainly (or possibly) hold on ``day``: the one
    query behind every "as of" answer. What may hold is bounded by the existence
    of the record's parties and components; what certainly holds is already, as
    the existence rules refuse anything else."""
    if certainty == Certainty.POSSIBLE:
        return possibly_holds_q(day) & may_exist_q(model, day)
    return certainly_holds_q(day)


def overlap_q(
    start: date | None,
    end: date | None,
    certainty: str = Certainty.CERTAIN,
    prefix: str = "",
) -> Q:
    """Rows that (certainly, or possibly) hold on at least one day of [start, end];
    an empty ``start`` or ``end`` is open in that direction."""
    condition = Q()
    if certainty == Certainty.POSSIBLE:
        if end is not None:
            condition &= Q(**{f"{prefix}start_earliest__isnull": True}) | Q(
                **{f"{prefix}start_earliest__lte": end}
            )
        if start is not None:
            condition &= Q(**{f"{prefix}end_latest__isnull": True}) | Q(
                **{f"{prefix}end_latest__gte": start}
            )
        return condition
    # Certainly held on some day of the range: its certain span [start_latest,
    # end_earliest] is not empty and meets the range.
    condition &= Q(**{f"{prefix}end_precision": Precision.ONGOING}) | Q(
        **{f"{prefix}end_earliest__gte": F(f"{prefix}start_latest")}
    )
    if end is not None:
        condition &= Q(**{f"{prefix}start_latest__lte": end})
    if start is not None:
        condition &= Q(**{f"{prefix}end_precision": Precision.ONGOING}) | Q(
            **{f"{prefix}end_earliest__gte": start}
        )
    return condition


def periods_overlap_q(
    certainty: str = Certainty.CERTAIN, *, prefix: str = "", other: str
) -> Q:
    """Rows whose period (at ``prefix``) and a related record's period (at the
    path ``other``, e.g. ``"client__memberships_as_organisation__"``) certainly,
    or with ``certainty="possible"`` possibly, hold on a common day.

    Certainly: both certain spans (``certain_span``) are not empty and meet.
    Possibly: neither certainly ends before the other's window may start. The
    same rule as ``periods_overlap`` for records in memory.
    """
    a, b = prefix, other
    if certainty == Certainty.POSSIBLE:
        return (
            Q(**{f"{a}start_earliest__isnull": True})
            | Q(**{f"{b}end_latest__isnull": True})
            | Q(**{f"{a}start_earliest__lte": F(f"{b}end_latest")})
        ) & (
            Q(**{f"{b}start_earliest__isnull": True})
            | Q(**{f"{a}end_latest__isnull": True})
            | Q(**{f"{b}start_earliest__lte": F(f"{a}end_latest")})
        )
    return (
        (
            Q(**{f"{a}end_precision": Precision.ONGOING})
            | Q(**{f"{a}end_earliest__gte": F(f"{a}start_latest")})
        )
        & (
            Q(**{f"{b}end_precision": Precision.ONGOING})
            | Q(**{f"{b}end_earliest__gte": F(f"{b}start_latest")})
        )
        & (
            Q(**{f"{b}end_precision": Precision.ONGOING})
            | Q(**{f"{a}start_latest__lte": F(f"{b}end_earliest")})
        )
        & (
            Q(**{f"{a}end_precision": Precision.ONGOING})
            | Q(**{f"{b}start_latest__lte": F(f"{a}end_earliest")})
        )
    )


def periods_overlap(a: Any, b: Any, certainty: str = Certainty.CERTAIN) -> bool:
    """Whether records ``a`` and ``b`` (certainly, or possibly) hold on a common
    day: ``periods_overlap_q`` for records in memory."""
    if certainty == Certainty.POSSIBLE:
        return not (
            (
                a.start_earliest is not None
                and b.end_latest is not None
                and a.start_earliest > b.end_latest
            )
            or (
                b.start_earliest is not None
                and a.end_latest is not None
                and b.start_earliest > a.end_latest
            )
        )
    span_a, span_b = certain_span(a), certain_span(b)
    if span_a is None or span_b is None:
        return False
    (start_a, end_a), (start_b, end_b) = span_a, span_b
    return (end_b is None or start_a <= end_b) and (end_a is None or start_b <= end_a)


def holds_on(record: Any, day: date) -> Holds:
    """Whether ``record`` holds on ``day``: yes, no or unknown.

    The same rule as ``record_holds_q``, for a record already in memory (a form,
    a warning); tests keep the two in step. An uncertain answer reads the
    record's parties and components (``may_exist_q``).
    """
    starts_by = record.start_latest is not None and record.start_latest <= day
    ends_after = record.end_precision == Precision.ONGOING or (
        record.end_earliest is not None and record.end_earliest >= day
    )
    if starts_by and ends_after:
        return Holds.YES
    starts_after = record.start_earliest is not None and record.start_earliest > day
    ended_before = record.end_latest is not None and record.end_latest < day
    if starts_after or ended_before:
        return Holds.NO
    # Not while a party or component it needs certainly does not exist.
    for name in _existence_links(type(record)):
        linked = getattr(record, name, None)
        if linked is not None and holds_on(linked, day) == Holds.NO:
            return Holds.NO
    return Holds.UNKNOWN


def certain_span(record: Any) -> tuple[date, date | None] | None:
    """The days on which ``record`` certainly holds, as (first, last or None for
    still going); ``None`` when there is no such day."""
    if record.start_latest is None:
        return None
    if record.end_precision == Precision.ONGOING:
        return (record.start_latest, None)
    if record.end_earliest is None or record.end_earliest < record.start_latest:
        return None
    return (record.start_latest, record.end_earliest)


# -- how a period reads ----------------------------------------------------------


def start_display(record: Any) -> str:
    start = start_of(record)
    if start is not None:
        return start.display()
    if record.start_latest is None:
        return ""
    return gettext("start unknown, known since %(date)s") % {
        "date": formats.date_format(record.start_latest, "DATE_FORMAT")
    }


def end_display(record: Any) -> str:
    end = end_of(record)
    if end is not None:
        return end.display()
    if record.end_precision == Precision.ONGOING:
        return gettext("still going")
    if record.end_precision == Precision.UNKNOWN and record.end_earliest:
        return gettext("end unknown, last confirmed %(date)s") % {
            "date": formats.date_format(record.end_earliest, "DATE_FORMAT")
        }
    return ""


def period_display(record: Any) -> str:
    """The period as a reader writes it, e.g. "June 2019 to still going"."""
    return f"{start_display(record)} \N{EN DASH} {end_display(record)}"


# -- the database's part ----------------------------------------------------------


def period_constraints() -> list:
    """Check constraints every period model has: each boundary a well-formed
    window, and no end certainly before its start."""
    from django.db import models

    start_valid = (
        Q(start_precision=Precision.UNKNOWN, start_earliest__isnull=True)
        | Q(start_precision=Precision.DAY, start_earliest=F("start_latest"))
        | Q(
            start_precision__in=[Precision.MONTH, Precision.YEAR],
            start_earliest__lt=F("start_latest"),
        )
    )
    end_valid = (
        Q(
            end_precision=Precision.ONGOING,
            end_earliest__isnull=True,
            end_latest__isnull=True,
        )
        | Q(
            end_precision=Precision.UNKNOWN,
            end_earliest__isnull=False,
            end_latest__isnull=True,
        )
        | Q(end_precision=Precision.DAY, end_earliest=F("end_latest"))
        | Q(
            end_precision__in=[Precision.MONTH, Precision.YEAR],
            end_earliest__lt=F("end_latest"),
        )
    )
    # The end's window reaches past the start's; a last confirmation follows the
    # start (or the first sighting, when the start is unknown).
    end_after_start = (
        (
            Q(end_latest__isnull=True)
            | Q(start_earliest__isnull=True)
            | Q(end_latest__gte=F("start_earliest"))
        )
        & (
            ~Q(start_precision=Precision.UNKNOWN)
            | Q(end_latest__isnull=True)
            | Q(end_latest__gte=F("start_latest"))
        )
        & (
            ~Q(end_precision=Precision.UNKNOWN)
            | Q(start_earliest__isnull=False, end_earliest__gte=F("start_earliest"))
            | Q(start_earliest__isnull=True, end_earliest__gte=F("start_latest"))
        )
    )
    return [
        models.CheckConstraint(
            condition=start_valid,
            name="%(app_label)s_%(class)s_start_window",
            violation_error_code="start_window",
            violation_error_message=_(
                "The start is a day, a month or a year, or unknown with a "
                "known-since date."
            ),
        ),
        models.CheckConstraint(
            condition=end_valid,
            name="%(app_label)s_%(class)s_end_window",
            violation_error_code="end_window",
            violation_error_message=_(
                "The end is a day, a month or a year, still going, or unknown with "
                "a last-confirmed date."
            ),
        ),
        models.CheckConstraint(
            condition=end_after_start,
            name="%(app_label)s_%(class)s_period_valid",
            violation_error_code="period_valid",
            violation_error_message=_("The end cannot be before the start."),
        ),
    ]

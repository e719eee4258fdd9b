"""A factory base for records with a period, stated the way a person knows it."""

import datetime
from typing import Any

from apps.core.constants import Precision
from apps.core.periods import period_values
from tests.core.factories import PublishedFactory

_STATEMENT = ("start", "known_since", "end", "end_state", "last_confirmed")


class PeriodFactory(PublishedFactory):
    """Pass ``start``/``end`` (a date, or "2019-06", "2019"), ``known_since``,
    ``end_state`` and ``last_confirmed``; ``start_date``/``end_date`` are day-precise
    shorthands, an empty ``start_date`` meaning unknown. Without any, the record
    holds from ``_default_start`` and is still going. Published, like every
    register factory (``draft=True`` for a draft)."""

    _default_start: Any = datetime.date(2000, 1, 1)
    #: Known since, for a record whose start is unknown by default.
    _default_known_since: datetime.date = datetime.date(2000, 1, 1)

    class Meta:
        abstract = True

    @classmethod
    def _adjust_kwargs(cls, **kwargs: Any) -> dict[str, Any]:
        stated = {name: kwargs.pop(name) for name in _STATEMENT if name in kwargs}
        # ``start_date``/``end_date`` (a factory's default, or a test's shorthand)
        # give way to a boundary stated in full.
        if "start_date" in kwargs:
            start_date = kwargs.pop("start_date")
            if not {"start", "known_since"} & set(stated):
                stated["start"] = start_date
        if "end_date" in kwargs:
            end_date = kwargs.pop("end_date")
            if not {"end", "end_state", "last_confirmed"} & set(stated):
                stated["end"] = end_date
        if any(name in kwargs for name in ("start_latest", "end_precision")):
            return kwargs  # stored fields given as they are
        if "start" not in stated and "known_since" not in stated:
            stated["start"] = cls._default_start
        if stated.get("start") is None and stated.get("known_since") is None:
            end = stated.get("end")
            stated["known_since"] = (
                end if isinstance(end, datetime.date) else cls._default_known_since
            )
        if stated.get("end") is None and not stated.get("end_state"):
            stated["end_state"] = Precision.ONGOING
        kwargs.update(period_values(**stated))
        return kwargs

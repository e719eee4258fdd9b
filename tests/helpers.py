"""Assertions shared by the tests of database invariants."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import translation

import pytest


def assert_refused_by_validation(record: models.Model, message: str) -> None:
    """``full_clean()`` refuses ``record`` with our (English) ``message``."""
    with translation.override("en"):
        with pytest.raises(ValidationError) as excinfo:
            record.full_clean()
        messages = [str(text) for text in excinfo.value.messages]
    assert message in messages, messages


def assert_refused_by_database(record: models.Model) -> None:
    """Saving ``record`` without validation is refused by the database itself."""
    with pytest.raises(IntegrityError), transaction.atomic():
        record.save()


def change(record: models.Model, **values: Any) -> models.Model:
    for name, value in values.items():
        setattr(record, name, value)
    return record


def period(
    start: Any = None,
    end: Any = None,
    *,
    known_since: Any = None,
    end_state: str | None = None,
    last_confirmed: Any = None,
) -> dict[str, Any]:
    """The stored fields of a period stated as a person would (see
    ``apps.core.periods.period_values``); no end and no state means still going."""
    from apps.core.constants import Precision
    from apps.core.periods import period_values

    if end is None and end_state is None:
        end_state = Precision.ONGOING
    return period_values(
        start=start,
        known_since=known_since,
        end=end,
        end_state=end_state,
        last_confirmed=last_confirmed,
    )

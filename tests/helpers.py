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


def migrated_copy(fixture: Any, folder: Any) -> tuple[Any, Any]:
    """A gzipped SQLite database (``fixture``) as it was, and a copy of it
    migrated to today's schema, both in ``folder``: (before, after) connections."""
    import gzip
    import os
    import shutil
    import sqlite3
    import subprocess
    import sys

    from django.conf import settings

    before = folder / "before.sqlite3"
    after = folder / "after.sqlite3"
    with gzip.open(fixture) as source, before.open("wb") as target:
        shutil.copyfileobj(source, target)
    shutil.copy(before, after)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
            "DATABASE_URL": f"sqlite:///{after}",
            "DEBUG": "true",
            "READ_DOT_ENV": "false",
        },
        cwd=settings.BASE_DIR,
        check=True,
        capture_output=True,
    )
    return sqlite3.connect(before), sqlite3.connect(after)

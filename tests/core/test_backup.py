"""A backup of the register restores into a fresh database with every row intact.

Runs the operator's scripts (README, "Backup and restore") on PostgreSQL: the demo
data in the test database is backed up with ``bin/backup.sh`` (``pg_dump -Fc``),
restored with ``bin/restore.sh`` into a new database, and every table compared by
row count and checksum with ``bin/compare_databases.py``. The SQLite round trip
runs in CI (.ci/run) on a migrated file, as the test database there is in memory.
"""

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection

import psycopg
import pytest

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="pg_dump round trip: PostgreSQL only"
    ),
    pytest.mark.django_db(transaction=True),
]


def _url(name: str) -> str:
    database = settings.DATABASES["default"]
    credentials = database["USER"] + (
        f":{database['PASSWORD']}" if database["PASSWORD"] else ""
    )
    host = database["HOST"] or "127.0.0.1"
    return f"postgres://{credentials}@{host}:{database['PORT'] or 5432}/{name}"


@pytest.fixture
def fresh_database() -> Iterator[str]:
    name = f"{connection.settings_dict['NAME']}_restored"
    with psycopg.connect(_url("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    yield _url(name)
    with psycopg.connect(_url("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run(*command: str, database_url: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        command,
        env={**os.environ, "DATABASE_URL": database_url, "PYTHON": sys.executable},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_demo_database_restores_with_every_table_unchanged(
    fresh_database: str, tmp_path: Path
):
    call_command("load_demo", stdout=io.StringIO())
    source = _url(connection.settings_dict["NAME"])
    backup = str(tmp_path / "register.dump")

    backed_up = _run("bin/backup.sh", backup, database_url=source)
    restored = _run("bin/restore.sh", backup, database_url=fresh_database)
    compared = _run(
        sys.executable,
        "bin/compare_databases.py",
        source,
        fresh_database,
        database_url=source,
    )

    assert backed_up.returncode == 0, backed_up.stderr
    assert restored.returncode == 0, restored.stderr
    assert compared.returncode == 0, compared.stdout
    assert " 0 differences" in compared.stdout
    assert "DIFFERENT" not in compared.stdout


def test_a_restore_refuses_to_overwrite_a_database_that_holds_tables(
    tmp_path: Path,
):
    source = _url(connection.settings_dict["NAME"])
    backup = str(tmp_path / "register.dump")
    _run("bin/backup.sh", backup, database_url=source)

    restored = _run("bin/restore.sh", backup, database_url=source)

    assert restored.returncode != 0
    assert "use --replace" in restored.stderr

"""The move from plain source links to citations loses no link (tested on a copy
of the demo database from before the change)."""

import gzip
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import pytest

FIXTURE = Path(__file__).parent.parent / "fixtures" / "demo-before-certainty.sqlite3.gz"
LINK_TABLE = re.compile(r"(?P<app>[a-z]+)_(?P<model>[a-z]+)_sources")


def _links(connection: sqlite3.Connection) -> set[tuple[str, str, int, int]]:
    """Every (app, model, record id, source id) link of the old database."""
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
        if LINK_TABLE.fullmatch(name) and "historical" not in name
    ]
    links = set()
    for table in tables:
        match = LINK_TABLE.fullmatch(table)
        app, model = match["app"], match["model"]
        for record_id, source_id in connection.execute(
            f'SELECT "{model}_id", source_id FROM "{table}"'
        ):
            links.add((app, model, record_id, source_id))
    return links


@pytest.fixture(scope="module")
def migrated_demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[set, Path]:
    """The old links, and the path of the same database after ``migrate``."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    with gzip.open(FIXTURE) as packed, path.open("wb") as unpacked:
        shutil.copyfileobj(packed, unpacked)
    with sqlite3.connect(path) as connection:
        links = _links(connection)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--skip-checks", "--noinput"],
        cwd=settings.BASE_DIR,
        env={
            **os.environ,
            "DATABASE_URL": f"sqlite:///{path}",
            "DJANGO_SETTINGS_MODULE": "tests.settings",
        },
        check=True,
        capture_output=True,
    )
    return links, path


def _citations(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return list(
            connection.execute(
                "SELECT ct.app_label, ct.model, c.object_id, c.source_id, c.locator,"
                " s.reference FROM core_citation c"
                " JOIN django_content_type ct ON ct.id = c.content_type_id"
                " JOIN core_source s ON s.id = c.source_id"
            )
        )


def test_every_source_link_of_the_demo_becomes_one_citation(migrated_demo):
    links, path = migrated_demo

    # The lots made later from contracts cite what their contract cites
    # (tests/core/test_migrations_lots.py): not links of the old database.
    citations = [row for row in _citations(path) if row[1] != "lot"]

    assert links, "the fixture has links"
    assert sorted(row[:4] for row in citations) == sorted(links)


def test_a_carried_citation_is_located_at_its_sources_reference(migrated_demo):
    _links, path = migrated_demo

    located = [row for row in _citations(path) if row[5]]

    assert located
    assert all(locator == reference for *_key, locator, reference in located)


def test_each_carried_citation_has_a_created_history_row(migrated_demo):
    _links, path = migrated_demo

    with sqlite3.connect(path) as connection:
        (rows,) = connection.execute(
            "SELECT COUNT(*) FROM core_historicalcitation WHERE history_type = '+'"
        ).fetchone()

    assert rows == len(_citations(path))


def test_the_old_link_tables_are_gone(migrated_demo):
    _links, path = migrated_demo

    with sqlite3.connect(path) as connection:
        tables = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        }

    assert not {name for name in tables if name.endswith("_sources")}

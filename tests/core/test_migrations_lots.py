"""The migration to lots, routes and yearly amounts carries a register over: tested
on a copy of the demo database from before the change
(``tests/fixtures/demo-before-lots.sqlite3.gz``: migrate and ``load_demo`` on
SQLite at commit bbda483), and for intermediaries on the older demo
(``demo-before-certainty.sqlite3.gz``), which still had streams through Dimpact."""

import gzip
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import pytest

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _migrated(
    folder: Path, fixture: str
) -> tuple[sqlite3.Connection, sqlite3.Connection]:
    before = folder / "before.sqlite3"
    after = folder / "after.sqlite3"
    with gzip.open(FIXTURES / fixture) as source, before.open("wb") as target:
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


@pytest.fixture(scope="module")
def migrated(tmp_path_factory) -> tuple[sqlite3.Connection, sqlite3.Connection]:
    return _migrated(tmp_path_factory.mktemp("lots"), "demo-before-lots.sqlite3.gz")


@pytest.fixture(scope="module")
def migrated_older(tmp_path_factory) -> tuple[sqlite3.Connection, sqlite3.Connection]:
    return _migrated(
        tmp_path_factory.mktemp("older"), "demo-before-certainty.sqlite3.gz"
    )


PERIOD = (
    "start_precision, start_earliest, start_latest, end_precision, end_earliest, "
    "end_latest"
)


def test_every_contract_becomes_a_contract_with_one_lot_of_its_old_values(migrated):
    before, after = migrated
    contracts = before.execute(
        "SELECT id, coalesce(nullif(lot, ''), title), work_category_id, "
        f"contract_type, value, currency, basis, publication_state, {PERIOD} "
        "FROM contracts_contract ORDER BY id"
    ).fetchall()

    lots = after.execute(
        "SELECT contract_id, name, work_category_id, contract_type, value, currency, "
        f"basis, publication_state, {PERIOD} FROM contracts_lot ORDER BY contract_id"
    ).fetchall()

    assert len(contracts) == 3
    assert lots == contracts


def test_a_lot_cites_what_its_contract_cites(migrated):
    _before, after = migrated

    rows = after.execute(
        "SELECT l.id, "
        " (SELECT group_concat(c.source_id || ':' || c.locator) FROM core_citation c"
        "  JOIN django_content_type t ON t.id = c.content_type_id"
        "  WHERE t.model = 'lot' AND c.object_id = l.id),"
        " (SELECT group_concat(c.source_id || ':' || c.locator) FROM core_citation c"
        "  JOIN django_content_type t ON t.id = c.content_type_id"
        "  WHERE t.model = 'contract' AND c.object_id = l.contract_id)"
        " FROM contracts_lot l"
    ).fetchall()

    assert rows
    assert all(lot == contract for _id, lot, contract in rows)


def test_each_new_lot_has_its_history(migrated):
    _before, after = migrated

    assert (
        after.execute(
            "SELECT count(*) FROM contracts_historicallot WHERE history_type = '+'"
        ).fetchone()
        == after.execute("SELECT count(*) FROM contracts_lot").fetchone()
    )


def test_a_contracts_component_becomes_its_one_component(migrated):
    before, after = migrated

    old = before.execute(
        "SELECT id, component_id FROM contracts_contract WHERE component_id IS NOT NULL"
    ).fetchall()
    new = after.execute(
        "SELECT contract_id, component_id FROM contracts_contract_components"
    ).fetchall()

    assert old
    assert sorted(new) == sorted(old)


def test_each_funding_stream_keeps_its_total(migrated):
    before, after = migrated
    query = "SELECT id, amount, currency, contract_id FROM funding_fundingstream ORDER BY id"

    assert after.execute(query).fetchall() == before.execute(query).fetchall()
    assert after.execute(
        "SELECT sum(amount) FROM funding_fundingstream"
    ).fetchone() == (
        before.execute("SELECT sum(amount) FROM funding_fundingstream").fetchone()
    )


def test_a_stream_paying_a_contract_pays_for_that_one_thing(migrated):
    _before, after = migrated

    assert after.execute(
        "SELECT count(*) FROM funding_fundingstream "
        "WHERE contract_id IS NOT NULL AND work_category_id IS NOT NULL"
    ).fetchone() == (0,)


def test_an_intermediary_becomes_the_streams_first_hop(migrated_older):
    before, after = migrated_older
    old = before.execute(
        "SELECT id, intermediary_id FROM funding_fundingstream "
        "WHERE intermediary_id IS NOT NULL ORDER BY id"
    ).fetchall()

    hops = after.execute(
        "SELECT stream_id, party_id FROM funding_fundinghop WHERE position = 1 "
        "ORDER BY stream_id"
    ).fetchall()

    assert old
    assert hops == old
    assert after.execute("SELECT count(*) FROM funding_fundinghop").fetchone() == (
        len(old),
    )


def test_the_older_demo_keeps_every_streams_total_and_gets_its_lots(migrated_older):
    before, after = migrated_older

    assert (
        after.execute(
            "SELECT id, amount FROM funding_fundingstream ORDER BY id"
        ).fetchall()
        == before.execute(
            "SELECT id, amount FROM funding_fundingstream ORDER BY id"
        ).fetchall()
    )
    assert (
        after.execute(
            "SELECT contract_id, value, contract_type FROM contracts_lot ORDER BY contract_id"
        ).fetchall()
        == before.execute(
            "SELECT id, value, contract_type FROM contracts_contract ORDER BY id"
        ).fetchall()
    )

"""The migration to dates with certainty, provenance and publication carries a
register over truthfully: tested on a copy of the demo database as it was before
(``tests/fixtures/demo-before-certainty.sqlite3.gz``, made by ``load_demo`` at
commit c7a2a8c)."""

import sqlite3
from pathlib import Path

import pytest

from tests.helpers import migrated_copy

FIXTURE = Path(__file__).parent.parent / "fixtures" / "demo-before-certainty.sqlite3.gz"


@pytest.fixture(scope="module")
def migrated(tmp_path_factory) -> tuple[sqlite3.Connection, sqlite3.Connection]:
    """The old database as it was, and a copy of it migrated to today's schema."""
    return migrated_copy(FIXTURE, tmp_path_factory.mktemp("migration"))


def test_an_empty_start_becomes_unknown_never_since_always(migrated):
    before, after = migrated
    empty = before.execute(
        "SELECT id, end_date, date(created_at) FROM roles_roleassignment "
        "WHERE start_date IS NULL"
    ).fetchall()

    assert empty
    for pk, end, created in empty:
        row = after.execute(
            "SELECT start_precision, start_earliest, start_latest "
            "FROM roles_roleassignment WHERE id = ?",
            [pk],
        ).fetchone()
        assert row == ("unknown", None, end or created)


def test_a_start_date_becomes_a_day_precise_start(migrated):
    before, after = migrated
    dated = before.execute(
        "SELECT id, start_date FROM contracts_contract WHERE start_date IS NOT NULL"
    ).fetchall()

    assert dated
    for pk, start in dated:
        assert after.execute(
            "SELECT start_precision, start_earliest, start_latest "
            "FROM contracts_contract WHERE id = ?",
            [pk],
        ).fetchone() == ("day", start, start)


def test_an_end_date_is_day_precise_and_an_empty_end_is_still_going(migrated):
    before, after = migrated
    rows = before.execute("SELECT id, end_date FROM parties_party").fetchall()

    for pk, end in rows:
        stored = after.execute(
            "SELECT end_precision, end_earliest, end_latest FROM parties_party "
            "WHERE id = ?",
            [pk],
        ).fetchone()
        assert stored == (("day", end, end) if end else ("ongoing", None, None))


def test_a_merged_municipality_stays_known_up_to_its_last_day(migrated):
    _before, after = migrated

    row = after.execute(
        "SELECT start_precision, start_latest, end_latest FROM parties_party "
        "WHERE slug = 'bellingwedde'"
    ).fetchone()

    assert row == ("unknown", "2017-12-31", "2017-12-31")


def test_illustrative_figures_become_the_illustrative_basis(migrated):
    before, after = migrated
    illustrative = {
        pk
        for (pk,) in before.execute(
            "SELECT id FROM contracts_contract WHERE is_illustrative"
        )
    }

    assert illustrative
    assert illustrative == {
        pk
        for (pk,) in after.execute(
            "SELECT id FROM contracts_contract WHERE basis = 'illustrative'"
        )
    }


def test_a_record_citing_a_source_is_sourced_and_one_citing_none_is_inferred(
    migrated,
):
    _before, after = migrated

    bases = dict(
        after.execute(
            "SELECT p.basis, count(*) FROM parties_party p GROUP BY p.basis"
        ).fetchall()
    )
    uncited_inferred = after.execute(
        "SELECT count(*) FROM goals_reliabilitydimension "
        "WHERE basis = 'inferred' AND basis_note != ''"
    ).fetchone()[0]

    assert bases == {"sourced": 56}
    assert (
        uncited_inferred
        == after.execute("SELECT count(*) FROM goals_reliabilitydimension").fetchone()[
            0
        ]
    )


def test_what_was_public_stays_published_and_history_follows(migrated):
    before, after = migrated

    states = after.execute(
        "SELECT DISTINCT publication_state FROM parties_membership"
    ).fetchall()
    history_before = before.execute(
        "SELECT count(*) FROM roles_historicalroleassignment"
    ).fetchone()[0]
    history_after = after.execute(
        "SELECT count(*), count(start_latest) FROM roles_historicalroleassignment"
    ).fetchone()

    assert states == [("published",)]
    assert history_after == (history_before, history_before)


def test_required_for_every_component_becomes_required_by_default(migrated):
    before, after = migrated
    flags = before.execute(
        "SELECT id, required_per_component FROM roles_roletype"
    ).fetchall()

    assert any(required for _pk, required in flags)
    for pk, required in flags:
        assert after.execute(
            "SELECT required_by_default, scope, min_holders, max_holders "
            "FROM roles_roletype WHERE id = ?",
            [pk],
        ).fetchone() == (required, "component", 0, None)


def test_every_role_stays_a_current_role_for_its_component(migrated):
    before, after = migrated
    rows = before.execute(
        "SELECT id, component_id FROM roles_roleassignment"
    ).fetchall()

    assert rows
    for pk, component in rows:
        assert after.execute(
            "SELECT component_id, ecosystem_id, status, seats "
            "FROM roles_roleassignment WHERE id = ?",
            [pk],
        ).fetchone() == (component, None, "current", 1)

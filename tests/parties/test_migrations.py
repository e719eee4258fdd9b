"""The migration to typed memberships and names over time carries a register
over: tested on a copy of the demo database as it was before
(``tests/fixtures/demo-before-party-relations.sqlite3.gz``, made by ``load_demo``
at commit bbda483)."""

import sqlite3
from pathlib import Path

import pytest

from tests.helpers import migrated_copy

FIXTURE = (
    Path(__file__).parent.parent / "fixtures" / "demo-before-party-relations.sqlite3.gz"
)


@pytest.fixture(scope="module")
def migrated(tmp_path_factory) -> tuple[sqlite3.Connection, sqlite3.Connection]:
    """The old database as it was, and a copy of it migrated to today's schema."""
    return migrated_copy(FIXTURE, tmp_path_factory.mktemp("party-relations"))


def test_every_existing_membership_becomes_a_membership_of_type_member(migrated):
    before, after = migrated
    ids = {pk for (pk,) in before.execute("SELECT id FROM parties_membership")}

    types = after.execute(
        "SELECT id, membership_type FROM parties_membership"
    ).fetchall()
    history = after.execute(
        "SELECT DISTINCT membership_type FROM parties_historicalmembership"
    ).fetchall()

    assert ids
    assert dict(types) == dict.fromkeys(ids, "member")
    assert history == [("member",)]


def test_every_alias_becomes_a_name_of_its_party_known_since_it_was_entered(migrated):
    before, after = migrated
    aliases = before.execute(
        "SELECT id, uuid, party_id, name, date(created_at) FROM parties_partyalias"
    ).fetchall()

    assert aliases
    for pk, uuid, party, name, created in aliases:
        assert after.execute(
            "SELECT uuid, party_id, name, kind, start_precision, start_earliest, "
            "start_latest, end_precision FROM parties_partyname WHERE id = ?",
            [pk],
        ).fetchone() == (
            uuid,
            party,
            name,
            "alternative",
            "unknown",
            None,
            created,
            "ongoing",
        )


def test_the_aliases_history_follows_them(migrated):
    before, after = migrated

    count_before = before.execute(
        "SELECT count(*) FROM parties_historicalpartyalias"
    ).fetchone()[0]
    count_after = after.execute(
        "SELECT count(*), count(start_latest) FROM parties_historicalpartyname"
    ).fetchone()

    assert count_after == (count_before, count_before)


def test_records_act_for_nobody_else_until_said_so(migrated):
    _before, after = migrated

    for table in ("contracts_contract", "funding_fundingstream"):
        assert after.execute(
            f"SELECT count(*) FROM {table} WHERE on_behalf_of_all_members"
        ).fetchone() == (0,)
    assert after.execute(
        "SELECT count(*) FROM contracts_contract_on_behalf_of"
    ).fetchone() == (0,)

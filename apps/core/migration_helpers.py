"""Migration operations that only apply on PostgreSQL.

Overlapping periods are refused by ``clean()`` on every backend; on PostgreSQL an
exclusion constraint also refuses them in the database. The constraint lives outside
the migration state (Django's ``ExclusionConstraint`` would break SQLite), so it is
added with a vendor-checked ``RunPython``.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import migrations


def exclusion_constraint(
    *, table: str, name: str, equal_columns: Sequence[str]
) -> migrations.RunPython:
    """Refuse two rows equal on ``equal_columns`` whose date periods overlap."""
    equal = ", ".join(f"{column} WITH =" for column in equal_columns)

    def forwards(apps, schema_editor) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        schema_editor.execute(
            f"ALTER TABLE {table} ADD CONSTRAINT {name} EXCLUDE USING gist "
            f"({equal}, daterange(start_date, end_date, '[]') WITH &&)"
        )

    def backwards(apps, schema_editor) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute(f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {name}")

    return migrations.RunPython(forwards, backwards, elidable=False)


def certain_span_exclusion(
    *, model: str, name: str, key: Sequence[str] | None = None
) -> migrations.RunPython:
    """Refuse two rows equal on the model's ``overlap_key`` that certainly hold
    on a common day (their certain spans, see ``apps.core.periods``, overlap).

    The key is read from the model itself, so it is declared once; a migration
    written before the key changed names the key of its time in ``key``. An
    empty optional link counts as a value (``COALESCE`` to 0), as in
    ``PeriodModel.overlapping_siblings``.
    """

    def forwards(apps, schema_editor) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        from django.apps import apps as live_apps

        live = live_apps.get_model(model)
        table = live._meta.db_table
        columns = []
        for field_name in key or live.overlap_key:
            field = live._meta.get_field(field_name)
            columns.append(
                f"(COALESCE({field.column}, 0)) WITH ="
                if field.null
                else f"{field.column} WITH ="
            )
        equal = ", ".join(columns)
        span = (
            "CASE WHEN end_precision = 'ongoing' THEN daterange(start_latest, NULL, '[]')"
            " WHEN end_earliest >= start_latest"
            " THEN daterange(start_latest, end_earliest, '[]')"
            " ELSE 'empty'::daterange END"
        )
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        schema_editor.execute(
            f"ALTER TABLE {table} ADD CONSTRAINT {name} EXCLUDE USING gist "
            f"({equal}, ({span}) WITH &&)"
        )

    def backwards(apps, schema_editor) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        from django.apps import apps as live_apps

        table = live_apps.get_model(model)._meta.db_table
        schema_editor.execute(f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {name}")

    return migrations.RunPython(forwards, backwards, elidable=False)


def drop_constraint(*, table: str, name: str) -> migrations.RunPython:
    """Drop a PostgreSQL-only constraint (one made by ``exclusion_constraint``)."""

    def forwards(apps, schema_editor) -> None:
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(
                f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {name}"
            )

    return migrations.RunPython(forwards, migrations.RunPython.noop, elidable=False)


def carry_over(*, app_label: str, models: Sequence[str]) -> migrations.RunPython:
    """Carry records from before dates had a certainty, provenance a basis and
    records a publication state over to the new fields.

    - a start date becomes a day-precise start; an empty start (which meant
      "unknown" and read as "since always") becomes an unknown start, known
      since the last day the record held (its end date) or else the day it was
      entered, never "since always";
    - an end date becomes a day-precise end; an empty end meant "while it lasts"
      and becomes "still going";
    - illustrative figures become the basis "illustrative"; a record citing a
      source is "sourced"; any other is "inferred", with a note saying so;
    - records that were public stay public: they are published.

    History rows get the same treatment, with the basis of their record.
    """

    def forwards(apps, schema_editor) -> None:
        from django.conf import settings
        from django.utils import timezone, translation
        from django.utils.translation import gettext

        with translation.override(settings.LANGUAGE_CODE):
            note = gettext(
                "Carried over from before the register recorded provenance: "
                "no source was cited."
            )
        now = timezone.now()
        for name in models:
            model = apps.get_model(app_label, name)
            historical = apps.get_model(app_label, f"Historical{name}")
            bases: dict[int, tuple[str, str]] = {}
            records = list(model._default_manager.all())
            for record in records:
                bases[record.pk] = _basis(record, note)
                _carry_record(record, bases[record.pk], now)
            rows = list(historical._default_manager.all())
            for row in rows:
                basis = bases.get(row.id) or (
                    ("illustrative", "")
                    if getattr(row, "is_illustrative", False)
                    else ("inferred", note)
                )
                _carry_record(row, basis, now)
            fields = [
                field
                for field in _CARRIED_FIELDS
                if field in {f.name for f in model._meta.get_fields()}
            ]
            model._default_manager.bulk_update(records, fields, batch_size=500)
            historical._default_manager.bulk_update(rows, fields, batch_size=500)

    return migrations.RunPython(forwards, migrations.RunPython.noop, elidable=False)


_CARRIED_FIELDS = (
    "start_precision",
    "start_earliest",
    "start_latest",
    "end_precision",
    "end_earliest",
    "end_latest",
    "basis",
    "basis_note",
    "publication_state",
    "published_at",
)


def _basis(record, note: str) -> tuple[str, str]:
    if getattr(record, "is_illustrative", False):
        return ("illustrative", "")
    sources = getattr(record, "sources", None)
    if sources is not None and sources.exists():
        return ("sourced", "")
    return ("inferred", note)


def _carry_record(record, basis: tuple[str, str], now) -> None:
    fields = {field.name for field in record._meta.get_fields()}
    if "start_date" in fields:
        start, end = record.start_date, record.end_date
        if start is not None:
            record.start_precision = "day"
            record.start_earliest = record.start_latest = start
        else:
            record.start_precision = "unknown"
            record.start_earliest = None
            record.start_latest = end or record.created_at.date()
        if end is not None:
            record.end_precision = "day"
            record.end_earliest = record.end_latest = end
        else:
            record.end_precision = "ongoing"
            record.end_earliest = record.end_latest = None
    elif "start_latest" in fields:
        # A record that had no period (a component): its existence is unknown,
        # known since it was entered.
        record.start_precision = "unknown"
        record.start_earliest = None
        record.start_latest = record.created_at.date()
        record.end_precision = "ongoing"
        record.end_earliest = record.end_latest = None
    if "basis" in fields:
        record.basis, record.basis_note = basis
    if "publication_state" in fields:
        record.publication_state = "published"
        record.published_at = now


#: PostgreSQL: a fact may not certainly begin before the party or component it
#: names certainly exists, nor after it certainly ceased (the database's half of
#: ``apps.core.validators.existence_findings``). The trigger's arguments are pairs
#: of (foreign key column, table of the party or component).
EXISTENCE_FUNCTION = """
CREATE OR REPLACE FUNCTION register_check_existence() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    i integer := 0;
    link text;
    target text;
    target_id bigint;
    exists_from date;
    ceased_by date;
    fact jsonb := to_jsonb(NEW);
BEGIN
    WHILE i < TG_NARGS LOOP
        link := TG_ARGV[i];
        target := TG_ARGV[i + 1];
        i := i + 2;
        target_id := (fact ->> link)::bigint;
        CONTINUE WHEN target_id IS NULL;
        EXECUTE format(
            'SELECT start_earliest, end_latest FROM %I WHERE id = $1', target
        ) INTO exists_from, ceased_by USING target_id;
        IF exists_from IS NOT NULL AND NEW.start_latest < exists_from THEN
            RAISE EXCEPTION '%.% certainly begins before %.% exists',
                TG_TABLE_NAME, NEW.id, target, target_id
                USING ERRCODE = 'check_violation';
        END IF;
        IF ceased_by IS NOT NULL AND NEW.start_earliest > ceased_by THEN
            RAISE EXCEPTION '%.% certainly begins after %.% ceased',
                TG_TABLE_NAME, NEW.id, target, target_id
                USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;
"""


def existence_trigger(*, model: str) -> migrations.RunPython:
    """On PostgreSQL, check the existence of what ``model``'s ``existence_of``
    links name whenever a row is written. The links are read from the model."""

    def forwards(apps, schema_editor) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        from django.apps import apps as live_apps

        live = live_apps.get_model(model)
        table = live._meta.db_table
        arguments = []
        for name in live.existence_of:
            field = live._meta.get_field(name)
            arguments += [field.column, field.related_model._meta.db_table]
        schema_editor.execute(EXISTENCE_FUNCTION, params=None)
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_existence ON {table}")
        quoted = ", ".join(f"'{argument}'" for argument in arguments)
        schema_editor.execute(
            f"CREATE TRIGGER {table}_existence BEFORE INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION register_check_existence({quoted})"
        )

    def backwards(apps, schema_editor) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        from django.apps import apps as live_apps

        table = live_apps.get_model(model)._meta.db_table
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_existence ON {table}")

    return migrations.RunPython(forwards, backwards, elidable=False)

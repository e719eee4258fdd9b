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

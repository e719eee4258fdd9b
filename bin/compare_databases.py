"""Compare two databases of the register table by table: row count and checksum.

    python bin/compare_databases.py URL_A URL_B

Both URLs are ``DATABASE_URL``-style and of the same backend (PostgreSQL or SQLite).
For every table of either database it counts the rows and takes the MD5 of all rows
in a fixed order (every column, ascending); on PostgreSQL also each sequence's last
value, so that new records after a restore get fresh keys. Prints one line per table
and exits 1 if anything differs, for the backup round trip in CI (.ci/run).
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from collections.abc import Iterator
from typing import Any, Protocol

import environ
import psycopg


class Cursor(Protocol):
    def execute(self, query: str, params: Any = ...) -> Any: ...
    def fetchall(self) -> list[tuple]: ...
    def __iter__(self) -> Iterator[tuple]: ...


def connect(url: str) -> tuple[str, Any]:
    config = environ.Env.db_url_config(url)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        return "sqlite", sqlite3.connect(f"file:{config['NAME']}?mode=ro", uri=True)
    return "postgresql", psycopg.connect(
        dbname=config["NAME"],
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
        user=config.get("USER") or None,
        password=config.get("PASSWORD") or None,
    )


def tables(backend: str, cursor: Cursor) -> list[str]:
    if backend == "sqlite":
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    else:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "ORDER BY tablename"
        )
    return [name for (name,) in cursor.fetchall()]


def column_count(backend: str, cursor: Cursor, table: str) -> int:
    if backend == "sqlite":
        cursor.execute(f'PRAGMA table_info("{table}")')
        return len(cursor.fetchall())
    cursor.execute(
        "SELECT count(*) FROM information_schema.columns "
        "WHERE table_schema = 'public' AND table_name = %s",
        [table],
    )
    return cursor.fetchall()[0][0]


def table_summary(backend: str, cursor: Cursor, table: str) -> tuple[int, str]:
    """Row count and MD5 of the table's rows, ordered by every column."""
    order = ", ".join(
        str(i) for i in range(1, column_count(backend, cursor, table) + 1)
    )
    cursor.execute(f'SELECT * FROM "{table}" ORDER BY {order}')
    digest = hashlib.md5()
    rows = 0
    for row in cursor:
        digest.update(repr(row).encode())
        digest.update(b"\n")
        rows += 1
    return rows, digest.hexdigest()


def sequences(backend: str, cursor: Cursor) -> dict[str, int | None]:
    if backend == "sqlite":
        return {}
    cursor.execute(
        "SELECT sequencename, last_value FROM pg_sequences "
        "WHERE schemaname = 'public' ORDER BY sequencename"
    )
    return dict(cursor.fetchall())


def summary(url: str) -> dict[str, object]:
    backend, connection = connect(url)
    try:
        cursor = connection.cursor()
        result: dict[str, object] = {
            f"table {name}": table_summary(backend, cursor, name)
            for name in tables(backend, cursor)
        }
        for name, value in sequences(backend, cursor).items():
            result[f"sequence {name}"] = value
        return result
    finally:
        connection.close()


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    first, second = summary(sys.argv[1]), summary(sys.argv[2])
    different = 0
    for name in sorted(first.keys() | second.keys()):
        a, b = first.get(name, "missing"), second.get(name, "missing")
        same = a == b
        different += not same
        print(
            f"{'same' if same else 'DIFFERENT':9} {name}: {a}"
            + ("" if same else f" != {b}")
        )
    tables_compared = sum(name.startswith("table ") for name in first)
    print(f"{tables_compared} tables compared, {different} differences")
    return 1 if different or not tables_compared else 0


if __name__ == "__main__":
    sys.exit(main())

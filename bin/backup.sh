#!/usr/bin/env bash
# Back up the register's database: the one DATABASE_URL names (as the app reads it).
#
#   bin/backup.sh [FILE]
#
# PostgreSQL: `pg_dump -Fc` (custom format: compressed, restorable table by table;
# run it with a pg_dump at least as new as the server). SQLite: SQLite's online
# backup, a consistent copy even while the app is writing. FILE defaults to
# var/backups/<database>-<UTC time>.dump (PostgreSQL) or .sqlite3 (SQLite).
# Restore with bin/restore.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

python="${PYTHON:-.venv/bin/python}"
[ -x "$python" ] || python=python3
eval "$("$python" bin/database_env.py)"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
case "$DB_ENGINE" in
  postgresql)
    file="${1:-var/backups/$PGDATABASE-$stamp.dump}"
    mkdir -p "$(dirname "$file")"
    pg_dump --format=custom --no-owner --no-privileges --file="$file"
    ;;
  sqlite)
    file="${1:-var/backups/$(basename "$DB_FILE" .sqlite3)-$stamp.sqlite3}"
    mkdir -p "$(dirname "$file")"
    [ -f "$DB_FILE" ] || { echo "No SQLite database at $DB_FILE" >&2; exit 1; }
    rm -f "$file"
    "$python" - "$DB_FILE" "$file" <<'PY'
import sqlite3, sys
source = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
target = sqlite3.connect(sys.argv[2])
with target:
    source.backup(target)
target.close()
source.close()
PY
    ;;
esac
echo "Backed up to $file"

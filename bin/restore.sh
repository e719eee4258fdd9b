#!/usr/bin/env bash
# Restore a backup made by bin/backup.sh into the database DATABASE_URL names.
#
#   bin/restore.sh [--replace] FILE
#
# The target should be a new, empty database (PostgreSQL: `createdb NAME`; SQLite:
# a path where no file is yet); with --replace an existing one is overwritten.
# Stop the app first. PostgreSQL: `pg_restore` in one transaction (all or
# nothing), objects owned by the connecting user. SQLite: SQLite's backup API
# copies the file's pages into the target.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

replace=false
if [ "${1:-}" = "--replace" ]; then replace=true; shift; fi
file="${1:?usage: bin/restore.sh [--replace] FILE}"
[ -f "$file" ] || { echo "No backup at $file" >&2; exit 1; }

python="${PYTHON:-.venv/bin/python}"
[ -x "$python" ] || python=python3
eval "$("$python" bin/database_env.py)"

case "$DB_ENGINE" in
  postgresql)
    tables="$(psql -XAtc "select count(*) from pg_tables where schemaname = 'public'")"
    clean=()
    if [ "$tables" != "0" ]; then
      $replace || { echo "$PGDATABASE is not empty ($tables tables); use --replace to overwrite it" >&2; exit 1; }
      clean=(--clean --if-exists)
    fi
    pg_restore --dbname="$PGDATABASE" --single-transaction --exit-on-error \
      --no-owner --no-privileges "${clean[@]}" "$file"
    ;;
  sqlite)
    if [ -s "$DB_FILE" ] && ! $replace; then
      echo "$DB_FILE exists; use --replace to overwrite it" >&2; exit 1
    fi
    mkdir -p "$(dirname "$DB_FILE")"
    "$python" - "$file" "$DB_FILE" <<'PY'
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
echo "Restored $file"

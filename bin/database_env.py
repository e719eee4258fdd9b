"""Print, as shell assignments, the database the app would use.

Reads ``DATABASE_URL`` as ``openzaak_governance/settings.py`` does (from the
environment, else a ``.env`` file, else the SQLite file ``var/db.sqlite3``), so
``bin/backup.sh`` and ``bin/restore.sh`` act on the same database as the app. For
PostgreSQL it prints libpq's ``PG*`` variables (the password never appears on a
command line); for SQLite the file's absolute path.

    eval "$(python bin/database_env.py [URL])"
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent


def database_url(argument: str | None) -> str:
    if argument:
        return argument
    env = environ.Env()
    if env.bool("READ_DOT_ENV", default=True):
        environ.Env.read_env(BASE_DIR / ".env", overwrite=False)
    return env.str("DATABASE_URL", default="") or (
        f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"
    )


def shell_assignments(url: str) -> dict[str, str]:
    config = environ.Env.db_url_config(url)
    engine = config["ENGINE"]
    if engine == "django.db.backends.sqlite3":
        return {"DB_ENGINE": "sqlite", "DB_FILE": str(Path(config["NAME"]).resolve())}
    if engine in {
        "django.db.backends.postgresql",
        "django.contrib.gis.db.backends.postgis",
    }:
        values = {
            "DB_ENGINE": "postgresql",
            "PGDATABASE": config["NAME"],
            "PGHOST": config.get("HOST") or "",
            "PGPORT": str(config.get("PORT") or ""),
            "PGUSER": config.get("USER") or "",
            "PGPASSWORD": config.get("PASSWORD") or "",
        }
        return {key: value for key, value in values.items() if value}
    raise SystemExit(f"Backups cover PostgreSQL and SQLite only, not {engine}.")


def main() -> None:
    url = database_url(sys.argv[1] if len(sys.argv) > 1 else None)
    for key, value in shell_assignments(url).items():
        print(f"export {key}={shlex.quote(value)}")


if __name__ == "__main__":
    main()

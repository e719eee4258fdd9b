"""Configuration comes from the environment, and its defaults are safe."""

import json
import os
import runpy
import subprocess
import sys

from django.conf import settings

PROBE = (
    "import json, openzaak_governance.settings as s; "
    "print(json.dumps({'debug': s.DEBUG, 'hosts': s.ALLOWED_HOSTS, "
    "'engine': s.DATABASES['default']['ENGINE'], "
    "'name': s.DATABASES['default']['NAME'], "
    "'secure_cookies': s.SESSION_COOKIE_SECURE and s.CSRF_COOKIE_SECURE, "
    "'options': s.DATABASES['default'].get('OPTIONS', {})}))"
)


def _settings_with(**environment: str) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"}
        and not key.startswith("DATABASE_")
    }
    return subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**env, "READ_DOT_ENV": "false", **environment},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )


def test_without_a_secret_key_production_settings_refuse_to_load():
    result = _settings_with()

    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_production_defaults_are_safe():
    result = _settings_with(SECRET_KEY="x" * 50)

    values = json.loads(result.stdout)
    assert values["debug"] is False
    assert values["hosts"] == []
    assert values["secure_cookies"] is True


def test_a_postgres_database_url_selects_postgresql():
    result = _settings_with(
        SECRET_KEY="x" * 50, DATABASE_URL="postgres://user:pw@db.example:5432/register"
    )

    values = json.loads(result.stdout)
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["name"] == "register"


def test_sqlite_is_the_default_database():
    result = _settings_with(DEBUG="true")

    values = json.loads(result.stdout)
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["name"].endswith("var/db.sqlite3")


POSTGRES = "postgres://user:pw@db.example:5432/register"


def test_postgresql_waits_a_few_seconds_at_most_by_default():
    result = _settings_with(SECRET_KEY="x" * 50, DATABASE_URL=POSTGRES)

    options = json.loads(result.stdout)["options"]
    assert options["connect_timeout"] == 5
    assert options["options"] == "-c statement_timeout=5000"


def test_the_database_timeouts_come_from_the_environment():
    result = _settings_with(
        SECRET_KEY="x" * 50,
        DATABASE_URL=POSTGRES,
        DATABASE_CONNECT_TIMEOUT="3",
        DATABASE_STATEMENT_TIMEOUT="1.5",
    )

    options = json.loads(result.stdout)["options"]
    assert options["connect_timeout"] == 3
    assert options["options"] == "-c statement_timeout=1500"


def test_a_statement_timeout_of_zero_sets_none():
    result = _settings_with(
        SECRET_KEY="x" * 50, DATABASE_URL=POSTGRES, DATABASE_STATEMENT_TIMEOUT="0"
    )

    assert "options" not in json.loads(result.stdout)["options"]


def test_gunicorn_leaves_urls_up_to_the_app_limit_to_the_app():
    config = runpy.run_path(str(settings.BASE_DIR / "gunicorn.conf.py"))

    request_line = len("OPTIONS ") + settings.MAX_URL_LENGTH + len(" HTTP/1.1")
    assert config["limit_request_line"] >= request_line
    assert config["timeout"] > settings.DATABASE_STATEMENT_TIMEOUT

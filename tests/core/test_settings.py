"""Configuration comes from the environment, and its defaults are safe."""

import json
import os
import subprocess
import sys

from django.conf import settings

PROBE = (
    "import json, openzaak_governance.settings as s; "
    "print(json.dumps({'debug': s.DEBUG, 'hosts': s.ALLOWED_HOSTS, "
    "'engine': s.DATABASES['default']['ENGINE'], "
    "'name': s.DATABASES['default']['NAME'], "
    "'secure_cookies': s.SESSION_COOKIE_SECURE and s.CSRF_COOKIE_SECURE}))"
)


def _settings_with(**environment: str) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"}
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

"""Configuration comes from the environment, and its defaults are safe."""

import json
import os
import runpy
import secrets
import subprocess
import sys

from django.conf import settings

import pytest

PROBE = (
    "import json, openzaak_governance.settings as s; "
    "print(json.dumps({'debug': s.DEBUG, 'hosts': s.ALLOWED_HOSTS, "
    "'engine': s.DATABASES['default']['ENGINE'], "
    "'name': s.DATABASES['default']['NAME'], "
    "'secure_cookies': s.SESSION_COOKIE_SECURE and s.CSRF_COOKIE_SECURE, "
    "'ssl_redirect': s.SECURE_SSL_REDIRECT, 'hsts_seconds': s.SECURE_HSTS_SECONDS, "
    "'hsts_subdomains': s.SECURE_HSTS_INCLUDE_SUBDOMAINS, "
    "'hsts_preload': s.SECURE_HSTS_PRELOAD, "
    "'options': s.DATABASES['default'].get('OPTIONS', {})}))"
)
STRONG_KEY = secrets.token_urlsafe(50)
# What a production deployment sets (README, "Running it in production").
PRODUCTION = {
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "governance.example.org",
    "BEHIND_TLS_PROXY": "true",
}


def _clean_environment() -> dict[str, str]:
    return {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"}
        and not key.startswith(("SECURE_", "SESSION_", "CSRF_", "DATABASE_"))
        and key != "DJANGO_SETTINGS_MODULE"
    }


def _settings_with(**environment: str) -> subprocess.CompletedProcess:
    env = _clean_environment()
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
    result = _settings_with(SECRET_KEY=STRONG_KEY)

    values = json.loads(result.stdout)
    assert values["debug"] is False
    assert values["hosts"] == []
    assert values["secure_cookies"] is True


def test_a_postgres_database_url_selects_postgresql():
    result = _settings_with(
        SECRET_KEY=STRONG_KEY,
        DATABASE_URL="postgres://user:pw@db.example:5432/register",
    )

    values = json.loads(result.stdout)
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["name"] == "register"


def test_sqlite_is_the_default_database():
    result = _settings_with(DEBUG="true")

    values = json.loads(result.stdout)
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["name"].endswith("var/db.sqlite3")


@pytest.mark.parametrize(
    "key",
    [
        "change-me-in-production",  # docker-compose.yml until issue 12
        "insecure-local-development-key-do-not-use-in-production",
        "please-change-me-please-change-me-please-change-me-please",
        "an-example-key-that-is-long-enough-but-says-it-is-an-example",
        "django-insecure-" + "a1b2c3d4e5" * 5,
        "short-but-random-Zq8",
        "ab" * 30,
    ],
)
def test_production_settings_refuse_a_published_placeholder_or_weak_secret_key(
    key: str,
):
    result = _settings_with(SECRET_KEY=key)

    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is an example" in result.stderr


def test_a_long_random_secret_key_is_accepted_in_production():
    result = _settings_with(SECRET_KEY=STRONG_KEY)

    assert result.returncode == 0, result.stderr


def test_development_accepts_any_secret_key():
    result = _settings_with(DEBUG="true", SECRET_KEY="change-me-in-production")

    assert result.returncode == 0, result.stderr


def test_production_defaults_to_https_only_with_hsts_for_a_year():
    result = _settings_with(SECRET_KEY=STRONG_KEY)

    values = json.loads(result.stdout)
    assert values["ssl_redirect"] is True
    assert values["hsts_seconds"] == 31_536_000
    assert values["hsts_subdomains"] is True
    assert values["hsts_preload"] is False


def test_hsts_options_come_from_the_environment():
    result = _settings_with(
        SECRET_KEY=STRONG_KEY,
        SECURE_HSTS_SECONDS="600",
        SECURE_HSTS_INCLUDE_SUBDOMAINS="false",
        SECURE_HSTS_PRELOAD="true",
    )

    values = json.loads(result.stdout)
    assert values["hsts_seconds"] == 600
    assert values["hsts_subdomains"] is False
    assert values["hsts_preload"] is True


def test_development_serves_plain_http_without_hsts():
    result = _settings_with(DEBUG="true")

    values = json.loads(result.stdout)
    assert values["ssl_redirect"] is False
    assert values["hsts_seconds"] == 0
    assert values["secure_cookies"] is False


def test_check_deploy_reports_nothing_with_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        # Only what production sets: no test-run variable such as
        # DJANGO_ALLOW_ASYNC_UNSAFE (which the browser tests set) may leak in.
        env={"PATH": os.environ["PATH"], "READ_DOT_ENV": "false", **PRODUCTION},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


POSTGRES = "postgres://user:pw@db.example:5432/register"


def test_postgresql_waits_a_few_seconds_at_most_by_default():
    result = _settings_with(SECRET_KEY=STRONG_KEY, DATABASE_URL=POSTGRES)

    options = json.loads(result.stdout)["options"]
    assert options["connect_timeout"] == 5
    assert options["options"] == "-c statement_timeout=5000"


def test_the_database_timeouts_come_from_the_environment():
    result = _settings_with(
        SECRET_KEY=STRONG_KEY,
        DATABASE_URL=POSTGRES,
        DATABASE_CONNECT_TIMEOUT="3",
        DATABASE_STATEMENT_TIMEOUT="1.5",
    )

    options = json.loads(result.stdout)["options"]
    assert options["connect_timeout"] == 3
    assert options["options"] == "-c statement_timeout=1500"


def test_a_statement_timeout_of_zero_sets_none():
    result = _settings_with(
        SECRET_KEY=STRONG_KEY, DATABASE_URL=POSTGRES, DATABASE_STATEMENT_TIMEOUT="0"
    )

    assert "options" not in json.loads(result.stdout)["options"]


def test_gunicorn_leaves_urls_up_to_the_app_limit_to_the_app():
    config = runpy.run_path(str(settings.BASE_DIR / "gunicorn.conf.py"))

    request_line = len("OPTIONS ") + settings.MAX_URL_LENGTH + len(" HTTP/1.1")
    assert config["limit_request_line"] >= request_line
    assert config["timeout"] > settings.DATABASE_STATEMENT_TIMEOUT

"""The limits of logging in come from the environment, with safe defaults."""

import json
import os
import subprocess
import sys

from django.conf import settings

import pytest

PROBE = (
    "import json, openzaak_governance.settings as s; "
    "print(json.dumps({"
    "'failure_limit': s.AXES_FAILURE_LIMIT, "
    "'lockout_seconds': s.AXES_COOLOFF_TIME.total_seconds(), "
    "'idle_seconds': s.SESSION_IDLE_TIMEOUT.total_seconds(), "
    "'cookie_age': s.SESSION_COOKIE_AGE, "
    "'max_age_seconds': s.SESSION_MAX_AGE.total_seconds(), "
    "'token_ttl_seconds': s.REST_KNOX['TOKEN_TTL'].total_seconds(), "
    "'min_length': [v.get('OPTIONS', {}).get('min_length') "
    "for v in s.AUTH_PASSWORD_VALIDATORS if 'MinimumLength' in v['NAME']][0]}))"
)
VARIABLES = {
    "LOGIN_FAILURE_LIMIT",
    "LOGIN_LOCKOUT_MINUTES",
    "SESSION_IDLE_MINUTES",
    "SESSION_MAX_AGE_HOURS",
    "API_TOKEN_TTL_HOURS",
}


def _settings_with(**environment: str) -> dict:
    env = {key: value for key, value in os.environ.items() if key not in VARIABLES}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**env, "READ_DOT_ENV": "false", "SECRET_KEY": "x" * 50, **environment},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.splitlines()[-1])


def test_the_defaults():
    values = _settings_with()

    assert values == {
        "failure_limit": 5,
        "lockout_seconds": 15 * 60,
        "idle_seconds": 30 * 60,
        "cookie_age": 30 * 60,
        "max_age_seconds": 12 * 3600,
        "token_ttl_seconds": 30 * 24 * 3600,
        "min_length": 12,
    }


@pytest.mark.parametrize(
    ("variable", "value", "name", "expected"),
    [
        ("LOGIN_FAILURE_LIMIT", "3", "failure_limit", 3),
        ("LOGIN_LOCKOUT_MINUTES", "60", "lockout_seconds", 3600),
        ("SESSION_IDLE_MINUTES", "10", "idle_seconds", 600),
        ("SESSION_IDLE_MINUTES", "10", "cookie_age", 600),
        ("SESSION_MAX_AGE_HOURS", "8", "max_age_seconds", 8 * 3600),
        ("API_TOKEN_TTL_HOURS", "24", "token_ttl_seconds", 24 * 3600),
    ],
)
def test_each_limit_is_set_from_the_environment(variable, value, name, expected):
    values = _settings_with(**{variable: value})

    assert values[name] == expected

"""The project keeps its promises: two README commands, and CI runs the same one."""

import os
import re
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def _readme_commands() -> list[str]:
    quick_start = ROOT.joinpath("README.md").read_text(encoding="utf-8")
    section = quick_start.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\s*(make \w+)\s*$", section, flags=re.MULTILINE)


def test_the_readme_quick_start_is_two_commands():
    assert _readme_commands() == ["make run", "make test"]


def test_ci_runs_the_readme_test_command_on_postgresql():
    ci = ROOT.joinpath(".ci", "run").read_text(encoding="utf-8")
    commands = [
        line.strip()
        for line in ci.replace("\\\n", " ").splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]

    on_postgresql = [
        command
        for command in commands
        if "make test" in command
        and re.search(r"DATABASE_URL=\S*postgres://", command)
        and "REQUIRE_E2E=1" in command
    ]
    assert on_postgresql, (
        ".ci/run must run `make test` on PostgreSQL with browser tests"
    )
    assert "make test" in _readme_commands()


def test_the_makefile_defines_both_commands():
    makefile = ROOT.joinpath("Makefile").read_text(encoding="utf-8")

    assert re.search(r"^run:", makefile, flags=re.MULTILINE)
    assert re.search(r"^test:", makefile, flags=re.MULTILINE)


def test_ci_requires_the_postgresql_fault_tests():
    ci = ROOT.joinpath(".ci", "run").read_text(encoding="utf-8")

    assert "REQUIRE_PG_CLUSTER=1" in ci


def _manage(*args: str) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE")
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_migrations_are_checked_without_a_secret_key():
    result = _manage("makemigrations", "--check", "--dry-run")

    assert result.returncode == 0, result.stderr
    assert "No changes detected" in result.stdout


def test_the_deploy_check_still_refuses_a_missing_secret_key():
    result = _manage("check", "--deploy")

    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr

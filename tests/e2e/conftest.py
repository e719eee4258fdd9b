"""Browser tests in Debian's headless Chromium, driven by Playwright.

Playwright never downloads a browser here: it starts ``/usr/bin/chromium``. Without
it the browser tests are skipped with a clear reason, unless ``REQUIRE_E2E=1`` (as
in CI), where a missing browser fails the run.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))

# Playwright's sync API runs an event loop in this thread; the tests still use
# the ORM synchronously to arrange data.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config: pytest.Config, items: list) -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("REQUIRE_E2E") == "1":
        raise pytest.UsageError(
            f"REQUIRE_E2E=1 but no Chromium at {CHROMIUM}: apt-get install chromium"
        )
    skip = pytest.mark.skip(
        reason=f"no Chromium at {CHROMIUM} (apt-get install chromium to run browser tests)"
    )
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    return {**browser_context_args, "locale": "nl-NL"}

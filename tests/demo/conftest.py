"""The demo, loaded once per test module that asks for it.

Loading the demo takes seconds; the modules that read it share one load. The
load runs in a transaction that stays open for the module, each test runs in a
savepoint inside it (pytest-django's own transaction for a ``django_db`` test
nests), and the module's end rolls everything back, so the next module starts
from an empty database again. A module that asks for ``demo`` must ask for it in
every test (``pytestmark``), and none of its tests may be ``transaction=True``.
"""

import io
from collections.abc import Iterator

from django.core.management import call_command
from django.db import transaction
from django.utils import translation

import pytest


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker) -> Iterator[None]:
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            with translation.override("en"):
                call_command("load_demo", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)

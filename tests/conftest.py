import io
from collections.abc import Iterator

from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.utils import translation

import pytest

from apps.core.services import coordinator_group_sync


@pytest.fixture
def coordinator_group(db: None) -> Group:
    return coordinator_group_sync()


@pytest.fixture
def coordinator(coordinator_group: Group) -> User:
    """A staff user whose rights come from the coordinators' group only."""
    user = User.objects.create_user(
        username="coordinator", password="coordinator-pass", is_staff=True
    )
    user.groups.add(coordinator_group)
    return user


@pytest.fixture
def coordinator_client(client: Client, coordinator: User) -> Client:
    client.force_login(coordinator)
    return client


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker) -> Iterator[None]:
    """The demo, loaded once per test module that asks for it.

    Loading the demo takes seconds; the modules that read it share one load. The
    load runs in a transaction that stays open for the module, each test runs in a
    savepoint inside it (pytest-django's own transaction for a ``django_db`` test
    nests), and the module's end rolls everything back, so the next module starts
    from an empty database again. A module that asks for ``demo`` must ask for it in
    every test (``pytestmark``), and none of its tests may be ``transaction=True``.
    """
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


@pytest.fixture(autouse=True)
def fresh_page_cache() -> None:
    """Each test starts with no kept public page: its database is new, and a
    rollback (unlike a change) does not move the register's version on."""
    from apps.pages.cache import new_version

    new_version()

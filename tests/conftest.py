from django.contrib.auth.models import Group, User
from django.test import Client

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

"""Clients for the REST API: anonymous, with a token, and without permissions."""

from django.contrib.auth.models import User
from django.core.cache import cache

import pytest
from rest_framework.test import APIClient

from apps.core.services import api_token_create


@pytest.fixture(autouse=True)
def _clear_cache() -> None:
    """Throttling counts live in the cache: no test inherits another's requests."""
    cache.clear()


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def coordinator_token(coordinator: User) -> str:
    """The key of a new API token of the coordinator."""
    _token, key = api_token_create(user=coordinator)
    return key


@pytest.fixture
def token_client(coordinator_token: str) -> APIClient:
    """The coordinator, writing with a token as a script or another system would."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {coordinator_token}")
    return client


@pytest.fixture
def reader(db: None) -> User:
    """A staff user without any permission on the register."""
    return User.objects.create_user(
        username="reader", password="reader-pass", is_staff=True
    )


@pytest.fixture
def reader_client(reader: User) -> APIClient:
    _token, key = api_token_create(user=reader)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client

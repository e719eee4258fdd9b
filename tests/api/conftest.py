"""Clients for the REST API: anonymous, with a token, and without permissions."""

from django.contrib.auth.models import User
from django.core.cache import cache

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient


@pytest.fixture(autouse=True)
def _clear_cache() -> None:
    """Throttling counts live in the cache: no test inherits another's requests."""
    cache.clear()


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def coordinator_token(coordinator: User) -> Token:
    return Token.objects.create(user=coordinator)


@pytest.fixture
def token_client(coordinator_token: Token) -> APIClient:
    """The coordinator, writing with a token as a script or another system would."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {coordinator_token.key}")
    return client


@pytest.fixture
def reader(db: None) -> User:
    """A staff user without any permission on the register."""
    return User.objects.create_user(
        username="reader", password="reader-pass", is_staff=True
    )


@pytest.fixture
def reader_client(reader: User) -> APIClient:
    client = APIClient()
    client.credentials(
        HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=reader).key}"
    )
    return client

"""A login session ends when idle too long, and at the latest after a day's work."""

from datetime import timedelta

from django.test import Client
from django.urls import reverse

import pytest

from apps.core.login import LAST_ACTIVITY, LOGIN_AT

pytestmark = pytest.mark.django_db

ADMIN = reverse("admin:index")


def _move_back(client: Client, key: str, delta: timedelta) -> None:
    session = client.session
    session[key] -= int(delta.total_seconds())
    session.save()


def test_a_session_active_within_the_idle_timeout_goes_on(coordinator_client):
    coordinator_client.get(ADMIN)
    _move_back(coordinator_client, LAST_ACTIVITY, timedelta(minutes=29))

    response = coordinator_client.get(ADMIN)

    assert response.status_code == 200


def test_activity_moves_the_idle_timeout_on(coordinator_client):
    coordinator_client.get(ADMIN)
    _move_back(coordinator_client, LAST_ACTIVITY, timedelta(minutes=20))
    coordinator_client.get(ADMIN)
    _move_back(coordinator_client, LAST_ACTIVITY, timedelta(minutes=20))

    response = coordinator_client.get(ADMIN)

    assert response.status_code == 200


def test_an_idle_session_is_logged_out(coordinator_client):
    coordinator_client.get(ADMIN)
    _move_back(coordinator_client, LAST_ACTIVITY, timedelta(minutes=31))

    response = coordinator_client.get(ADMIN)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert "_auth_user_id" not in coordinator_client.session


def test_an_expired_session_says_so_on_the_login_page(coordinator_client):
    coordinator_client.get(ADMIN)
    _move_back(coordinator_client, LAST_ACTIVITY, timedelta(minutes=31))

    response = coordinator_client.get(ADMIN, follow=True)

    assert "Uw sessie is verlopen" in response.content.decode()


def test_a_session_older_than_its_lifetime_is_logged_out_even_when_active(
    coordinator_client,
):
    coordinator_client.get(ADMIN)
    _move_back(coordinator_client, LOGIN_AT, timedelta(hours=12, minutes=1))

    response = coordinator_client.get(ADMIN)

    assert response.status_code == 302
    assert "_auth_user_id" not in coordinator_client.session


def test_the_lifetime_counts_from_logging_in(client, coordinator):
    client.post(
        reverse("admin:login"),
        {"username": "coordinator", "password": "coordinator-pass"},
    )

    assert set(client.session.keys()) >= {LOGIN_AT, LAST_ACTIVITY}


@pytest.mark.parametrize(
    ("key", "delta"),
    [(LAST_ACTIVITY, timedelta(minutes=6)), (LOGIN_AT, timedelta(hours=2))],
)
def test_shorter_configured_timeouts_apply(coordinator_client, settings, key, delta):
    settings.SESSION_IDLE_TIMEOUT = timedelta(minutes=5)
    settings.SESSION_MAX_AGE = timedelta(hours=1)
    coordinator_client.get(ADMIN)
    _move_back(coordinator_client, key, delta)

    response = coordinator_client.get(ADMIN)

    assert response.status_code == 302

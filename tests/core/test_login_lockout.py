"""Guessing a password: after a few wrong ones, logins are refused for a while."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest
from axes.models import AccessAttempt, AccessFailureLog

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")
ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


def _log_in(client: Client, username: str, password: str, **extra: str):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        **extra,
    )


def _guess(client: Client, username: str = "coordinator", times: int = 0, **extra):
    for attempt in range(times or settings.AXES_FAILURE_LIMIT):
        response = _log_in(client, username, f"wrong-guess-{attempt}", **extra)
    return response


def _logged_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def test_fewer_wrong_passwords_than_the_limit_still_let_the_right_one_in(
    client, coordinator
):
    _guess(client, times=settings.AXES_FAILURE_LIMIT - 1)

    response = _log_in(client, "coordinator", "coordinator-pass")

    assert response.status_code == 302
    assert _logged_in(client)


def test_after_the_limit_of_wrong_passwords_the_right_one_is_refused(
    client, coordinator
):
    last_guess = _guess(client)

    response = _log_in(client, "coordinator", "coordinator-pass")

    assert last_guess.status_code == 429
    assert response.status_code == 429
    assert not _logged_in(client)


def test_the_lockout_page_says_why_and_how_long_in_dutch(client, coordinator):
    response = _guess(client)

    page = response.content.decode()
    assert "Te veel mislukte aanmeldingen" in page
    assert "15 minuten" in page


def test_the_lockout_page_speaks_english_when_asked(client, coordinator):
    response = _guess(client, **ENGLISH)

    page = response.content.decode()
    assert "Too many failed logins" in page
    assert "Try again in 15 minutes" in page


def test_a_locked_out_username_is_refused_from_another_address_too(client, coordinator):
    _guess(client, REMOTE_ADDR="192.0.2.1")

    response = _log_in(
        client, "coordinator", "coordinator-pass", REMOTE_ADDR="192.0.2.2"
    )

    assert response.status_code == 429
    assert not _logged_in(client)


def test_an_address_guessing_many_usernames_is_locked_out(client, coordinator):
    for number in range(settings.AXES_FAILURE_LIMIT):
        _log_in(client, f"someone-{number}", "guess", REMOTE_ADDR="192.0.2.9")

    response = _log_in(
        client, "coordinator", "coordinator-pass", REMOTE_ADDR="192.0.2.9"
    )

    assert response.status_code == 429


def test_other_addresses_and_users_are_not_locked_out_by_someone_elses_guessing(
    client, coordinator
):
    User.objects.create_user(
        username="other", password="other-long-password", is_staff=True
    )
    _guess(client, REMOTE_ADDR="192.0.2.1")

    response = _log_in(client, "other", "other-long-password", REMOTE_ADDR="192.0.2.2")

    assert response.status_code == 302
    assert _logged_in(client)


def test_after_the_lockout_period_the_right_password_works_again(client, coordinator):
    _guess(client)
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1)
    )

    response = _log_in(client, "coordinator", "coordinator-pass")

    assert response.status_code == 302
    assert _logged_in(client)


def test_behind_a_proxy_the_forwarded_address_counts(client, coordinator, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}

    _log_in(client, "x", "guess", HTTP_X_FORWARDED_FOR="198.51.100.7")

    assert AccessAttempt.objects.get().ip_address == "198.51.100.7"


def test_without_a_proxy_a_forwarded_address_is_ignored(client, coordinator):
    _log_in(
        client, "x", "guess", REMOTE_ADDR="192.0.2.5", HTTP_X_FORWARDED_FOR="1.2.3.4"
    )

    assert AccessAttempt.objects.get().ip_address == "192.0.2.5"


def test_every_failed_login_is_logged(client, coordinator):
    _guess(client, times=2)

    failures = AccessFailureLog.objects.filter(username="coordinator")
    assert failures.count() == 2


def test_the_coordinator_sees_the_failed_attempts_in_the_admin(
    client, coordinator_client
):
    _guess(client, username="mallory")

    attempts = coordinator_client.get(reverse("admin:axes_accessattempt_changelist"))
    failures = coordinator_client.get(reverse("admin:axes_accessfailurelog_changelist"))

    assert attempts.status_code == 200
    assert "mallory" in attempts.content.decode()
    assert "Geblokkeerd" in attempts.content.decode()
    assert failures.status_code == 200
    assert "mallory" in failures.content.decode()


def test_the_coordinator_sees_the_logins_in_the_admin(client, coordinator_client):
    response = coordinator_client.get(reverse("admin:axes_accesslog_changelist"))

    assert response.status_code == 200
    assert "Aanmeldingen" in response.content.decode()


def test_the_coordinator_unlocks_a_user_by_deleting_the_attempt(
    client, coordinator, coordinator_client
):
    _guess(client)
    attempt = AccessAttempt.objects.get()

    coordinator_client.post(
        reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"}
    )
    response = _log_in(client, "coordinator", "coordinator-pass")

    assert not AccessAttempt.objects.exists()
    assert response.status_code == 302

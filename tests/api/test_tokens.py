"""API tokens expire, are stored as a digest only, and can be revoked."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

import pytest
from knox.models import AuthToken
from rest_framework.test import APIClient

from apps.core.services import api_token_create
from apps.parties.models import Party

from .helpers import assert_problem

pytestmark = pytest.mark.django_db


def _post_party(key: str):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client.post(
        "/api/v1/parties",
        {"name": "Gemeente Voorbeeld", "slug": "voorbeeld", "kind": "municipality"},
        format="json",
    )


def test_a_token_is_stored_only_as_a_digest(coordinator):
    token, key = api_token_create(user=coordinator)

    row = AuthToken.objects.filter(pk=token.pk).values().get()
    assert all(key not in str(value) for value in row.values())
    assert len(row["digest"]) == 128  # SHA-512, hex


def test_a_token_expires_after_the_configured_lifetime(coordinator):
    token, _key = api_token_create(user=coordinator)

    lifetime = token.expiry - timezone.now()
    assert settings.REST_KNOX["TOKEN_TTL"] == timedelta(days=30)
    assert timedelta(days=30) - timedelta(minutes=1) < lifetime <= timedelta(days=30)


def test_a_valid_token_writes(coordinator):
    _token, key = api_token_create(user=coordinator)

    response = _post_party(key)

    assert response.status_code == 201, response.content


def test_an_expired_token_is_a_401_problem(coordinator):
    token, key = api_token_create(user=coordinator)
    AuthToken.objects.filter(pk=token.pk).update(
        expiry=timezone.now() - timedelta(seconds=1)
    )

    response = _post_party(key)

    body = assert_problem(response, 401)
    assert body["type"] == "urn:problem-type:authentication_failed"
    assert not Party.objects.exists()


def test_an_expired_token_is_a_401_for_reads_too(coordinator):
    token, key = api_token_create(user=coordinator, lifetime=timedelta(hours=1))
    AuthToken.objects.filter(pk=token.pk).update(expiry=timezone.now())
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")

    response = client.get("/api/v1/parties")

    assert_problem(response, 401)


def test_a_revoked_token_is_a_401_problem(coordinator):
    token, key = api_token_create(user=coordinator)
    token.delete()

    response = _post_party(key)

    assert_problem(response, 401)


def test_the_coordinator_sees_the_tokens_in_the_admin(coordinator, coordinator_client):
    api_token_create(user=coordinator)

    response = coordinator_client.get(reverse("admin:knox_authtoken_changelist"))

    page = response.content.decode()
    assert response.status_code == 200
    assert "API-tokens" in page
    assert "coordinator" in page


def test_the_coordinator_revokes_a_token_in_the_admin(coordinator, coordinator_client):
    token, key = api_token_create(user=coordinator)

    coordinator_client.post(
        reverse("admin:knox_authtoken_delete", args=[token.pk]), {"post": "yes"}
    )

    assert not AuthToken.objects.exists()
    assert_problem(_post_party(key), 401)


def test_a_token_cannot_be_edited_in_the_admin(coordinator, coordinator_client):
    token, _key = api_token_create(user=coordinator)

    response = coordinator_client.post(
        reverse("admin:knox_authtoken_change", args=[token.pk]),
        {"expiry_0": "2099-01-01", "expiry_1": "00:00:00"},
    )

    token.refresh_from_db()
    assert response.status_code == 403
    assert token.expiry < timezone.now() + timedelta(days=31)


def test_an_administrator_makes_a_token_in_the_admin_and_sees_its_key_once(
    client, coordinator
):
    admin_user = User.objects.create_superuser("admin", password="long-admin-pass")
    client.force_login(admin_user)

    response = client.post(
        reverse("admin:knox_authtoken_add"),
        {"user": coordinator.pk, "lifetime_hours": 2},
        follow=True,
    )

    token = AuthToken.objects.get()
    message = next(iter(response.context["messages"])).message
    key = message.split()[message.split().index("is") + 1].rstrip(".")
    assert token.user == coordinator
    assert timedelta(hours=1, minutes=59) < token.expiry - timezone.now()
    assert token.expiry - timezone.now() <= timedelta(hours=2)
    assert _post_party(key).status_code == 201


def test_create_api_token_prints_a_working_key(coordinator, capsys):
    call_command("create_api_token", "coordinator")

    key = capsys.readouterr().out.strip()
    assert _post_party(key).status_code == 201


def test_create_api_token_takes_the_lifetime_in_hours(coordinator, capsys):
    call_command("create_api_token", "coordinator", "--expiry-hours", "3")

    token = AuthToken.objects.get()
    assert token.expiry - timezone.now() <= timedelta(hours=3)
    assert token.expiry - timezone.now() > timedelta(hours=2, minutes=59)


def test_create_api_token_refuses_an_unknown_user():
    with pytest.raises(CommandError):
        call_command("create_api_token", "nobody")


def test_create_api_token_refuses_a_lifetime_below_an_hour(coordinator):
    with pytest.raises(CommandError):
        call_command("create_api_token", "coordinator", "--expiry-hours", "0")


def test_the_openapi_document_describes_the_expiring_token(client):
    document = client.get("/api/v1/openapi.json", HTTP_ACCEPT_LANGUAGE="en").json()

    scheme = document["components"]["securitySchemes"]["tokenAuth"]
    assert scheme["type"] == "apiKey"
    assert scheme["in"] == "header"
    assert scheme["name"] == "Authorization"
    assert "expire" in scheme["description"]
    assert "knoxApiToken" not in document["components"]["securitySchemes"]


def test_the_coordinator_may_not_make_tokens_in_the_admin(coordinator_client):
    response = coordinator_client.get(reverse("admin:knox_authtoken_add"))

    assert response.status_code == 403


def test_the_token_form_asks_for_a_user_and_a_lifetime(client):
    client.force_login(User.objects.create_superuser("admin", password="x" * 12))

    response = client.get(reverse("admin:knox_authtoken_add"))

    page = response.content.decode()
    assert response.status_code == 200
    assert 'name="user"' in page
    assert 'name="lifetime_hours"' in page
    assert 'value="720"' in page


def test_the_coordinator_sees_a_token_without_its_key(coordinator, coordinator_client):
    token, key = api_token_create(user=coordinator)

    response = coordinator_client.get(
        reverse("admin:knox_authtoken_change", args=[token.pk])
    )

    assert response.status_code == 200
    assert key not in response.content.decode()

"""Health endpoints: liveness needs no database, readiness says whether it answers."""

from django.conf import settings
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

import pytest


@pytest.fixture
def database_down(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: BaseDatabaseWrapper) -> None:
        raise OperationalError("Connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)


def test_liveness_answers_without_touching_the_database(client, database_down):
    response = client.get("/health/live")

    assert response.status_code == 200
    assert response.json() == {"status": "pass"}


def test_liveness_is_never_cached(client, database_down):
    response = client.get("/health/live")

    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_readiness_is_200_when_the_database_answers(client):
    response = client.get("/health/ready")

    assert response.status_code == 200
    assert response.json() == {"status": "pass"}


def test_readiness_is_503_with_retry_after_when_the_database_is_down(
    client, database_down
):
    response = client.get("/health/ready")

    assert response.status_code == 503
    assert response.json() == {"status": "fail"}
    assert response["Retry-After"] == str(settings.DATABASE_RETRY_AFTER)


def test_health_endpoints_only_answer_reads(client, database_down):
    response = client.post("/health/live")

    assert response.status_code == 405

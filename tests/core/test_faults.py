"""A database that is down or too slow: every page and API path answers 503 with
Retry-After (never a 500), and what needs no database keeps answering.

The outage is simulated here by making every connection attempt fail, as
psycopg does when PostgreSQL is down; tests/faults/ stops a real PostgreSQL.
"""

from django.conf import settings
from django.db import OperationalError, connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import RequestFactory

import pytest
from rest_framework.test import APIClient

from apps.core.faults import server_error_view
from openzaak_governance.urls import handler500
from tests.api.helpers import ENGLISH, assert_problem
from tests.parties.factories import PartyFactory


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def database_down(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: BaseDatabaseWrapper) -> None:
        raise OperationalError(
            'connection to server at "127.0.0.1", port 5432 failed: Connection refused'
        )

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)


def _statement_timeout(execute, sql, params, many, context):
    raise OperationalError("canceling statement due to statement timeout")


def test_a_page_is_a_dutch_503_while_the_database_is_down(client, database_down):
    response = client.get("/")

    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/html")
    assert response["Retry-After"] == str(settings.DATABASE_RETRY_AFTER)
    assert "Het register is tijdelijk niet beschikbaar." in response.text


def test_a_page_is_an_english_503_when_english_is_asked(client, database_down):
    response = client.get("/", headers=ENGLISH)

    assert response.status_code == 503
    assert "The register is temporarily unavailable." in response.text


def test_the_admin_is_a_503_while_the_database_is_down(client, database_down):
    response = client.get("/admin/login/")

    assert response.status_code == 503
    assert response["Retry-After"]


def test_the_api_is_a_503_problem_while_the_database_is_down(api_client, database_down):
    response = api_client.get("/api/v1/parties")

    body = assert_problem(response, 503)
    assert body["type"] == "urn:problem-type:database_unavailable"
    assert response["Retry-After"] == str(settings.DATABASE_RETRY_AFTER)


def test_a_write_is_a_503_problem_while_the_database_is_down(api_client, database_down):
    response = api_client.post(
        "/api/v1/sources",
        {"title": "Jaarverslag", "documentUrl": "https://example.org"},
        format="json",
        headers={"authorization": "Token 0123456789abcdef"},
    )

    assert_problem(response, 503)
    assert response["Retry-After"]


@pytest.mark.django_db
def test_a_statement_timeout_is_a_503_problem(api_client):
    PartyFactory()

    with connection.execute_wrapper(_statement_timeout):
        response = api_client.get("/api/v1/parties")

    assert_problem(response, 503)


@pytest.mark.parametrize(
    "path", ["/api/v1", "/api/v1/openapi.json", "/api/v1/openapi.yaml", "/api/v1/docs"]
)
def test_the_api_root_document_and_docs_need_no_database(
    api_client, database_down, path
):
    response = api_client.get(path)

    assert response.status_code == 200


def test_an_unknown_api_path_needs_no_database(api_client, database_down):
    response = api_client.get("/api/v1/nowhere")

    assert_problem(response, 404)


def test_a_database_fault_outside_a_view_is_a_503_not_a_500():
    request = RequestFactory().get("/api/v1/parties")

    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = handler500(request)

    assert response.status_code == 503
    assert response["Retry-After"]


def test_any_other_uncaught_error_is_still_a_500():
    request = RequestFactory().get("/api/v1/parties")
    fallback_called = []
    view = server_error_view(lambda request: fallback_called.append(request) or 500)

    try:
        raise ValueError("a bug")
    except ValueError:
        answer = view(request)

    assert answer == 500
    assert fallback_called == [request]

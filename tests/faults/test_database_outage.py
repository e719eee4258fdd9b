"""A real PostgreSQL stopped, started, locked or replaced by one that never
answers, under gunicorn: every answer is a bounded 503 with Retry-After, the
app needs no restart to recover, and what needs no database keeps answering."""

import json

import psycopg
import pytest

from tests.faults.conftest import CONNECT_TIMEOUT, STATEMENT_TIMEOUT

pytestmark = pytest.mark.pg_cluster

ENGLISH = {"Accept-Language": "en"}


def test_while_postgresql_runs_the_app_is_ready(app):
    ready = app.get("/health/ready")
    parties = app.get("/api/v1/parties")

    assert ready.status == 200
    assert parties.status == 200


def test_while_postgresql_is_down_a_page_is_a_503_page_with_retry_after(
    app, postgresql_down
):
    answer = app.get("/", headers=ENGLISH)

    assert answer.status == 503
    assert answer.headers["Content-Type"].startswith("text/html")
    assert int(answer.headers["Retry-After"]) > 0
    assert b"The register is temporarily unavailable." in answer.body


def test_while_postgresql_is_down_the_api_is_a_503_problem_with_retry_after(
    app, postgresql_down
):
    answer = app.get("/api/v1/parties")

    assert answer.status == 503
    assert answer.headers["Content-Type"] == "application/problem+json"
    assert int(answer.headers["Retry-After"]) > 0
    assert json.loads(answer.body)["status"] == 503


def test_while_postgresql_is_down_readiness_is_503(app, postgresql_down):
    answer = app.get("/health/ready")

    assert answer.status == 503
    assert answer.headers["Retry-After"]


@pytest.mark.parametrize(
    "path", ["/health/live", "/api/v1", "/api/v1/openapi.json", "/api/v1/docs"]
)
def test_while_postgresql_is_down_what_needs_no_database_answers(
    app, postgresql_down, path
):
    answer = app.get(path)

    assert answer.status == 200


def test_after_postgresql_is_back_the_same_server_answers_again(app, cluster):
    cluster.stop()
    during = app.get("/api/v1/parties")
    cluster.start()

    after = [app.get("/api/v1/parties").status for _ in range(4)]  # both workers

    assert during.status == 503
    assert after == [200] * 4
    assert app.process.poll() is None  # no restart


def test_a_query_held_up_by_a_lock_is_cut_off_by_the_statement_timeout(app, cluster):
    with psycopg.connect(cluster.url.replace("postgres://", "postgresql://")) as lock:
        lock.execute("LOCK TABLE parties_party IN ACCESS EXCLUSIVE MODE")

        answer = app.get("/api/v1/parties")

    assert answer.status == 503
    assert answer.headers["Retry-After"]
    assert answer.seconds < STATEMENT_TIMEOUT + 3


def test_a_database_that_never_answers_is_a_503_within_the_connect_timeout(
    app_on_hanging_database,
):
    answer = app_on_hanging_database.get("/api/v1/parties")

    assert answer.status == 503
    assert answer.headers["Content-Type"] == "application/problem+json"
    assert answer.seconds < CONNECT_TIMEOUT + 3


def test_readiness_on_a_database_that_never_answers_is_a_bounded_503(
    app_on_hanging_database,
):
    answer = app_on_hanging_database.get("/health/ready")

    assert answer.status == 503
    assert answer.seconds < CONNECT_TIMEOUT + 3


def test_liveness_on_a_database_that_never_answers_is_immediate(
    app_on_hanging_database,
):
    answer = app_on_hanging_database.get("/health/live")

    assert answer.status == 200
    assert answer.seconds < 1


def test_gunicorn_leaves_a_long_url_to_the_app_a_414_problem(
    app_on_hanging_database,
):
    answer = app_on_hanging_database.get("/api/v1/parties?search=" + "x" * 6000)

    assert answer.status == 414
    assert answer.headers["Content-Type"] == "application/problem+json"

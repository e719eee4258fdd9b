"""Optimistic concurrency: every record has a strong ETag, and a write needs the
ETag its writer read, so that no change is lost without anyone noticing."""

from unittest import mock

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from apps.contracts.models import Contract
from apps.core.models import Source
from apps.parties.models import Party
from tests.api.helpers import ENGLISH, assert_problem, if_match
from tests.contracts.factories import ContractFactory
from tests.core.factories import SourceFactory
from tests.parties.factories import PartyFactory

pytestmark = pytest.mark.django_db

WRITES = [
    ("put", {"title": "Nieuw", "documentUrl": "https://example.org/new"}),
    ("patch", {"title": "Nieuw"}),
    ("delete", None),
]


def write(client, method: str, url: str, body: dict | None, **headers: str):
    return getattr(client, method)(url, body, format="json", headers=headers)


# --- The ETag ----------------------------------------------------------------------


def test_a_record_answers_with_a_strong_etag(api_client):
    party = PartyFactory()

    response = api_client.get(f"/api/v1/parties/{party.uuid}")

    assert response.status_code == 200
    assert response["ETag"].startswith('"')  # strong: no W/ in front
    assert response["ETag"].endswith('"')


def test_the_etag_is_the_same_for_every_reader_of_the_same_representation(
    api_client, token_client
):
    contract = ContractFactory()
    url = f"/api/v1/contracts/{contract.uuid}"

    assert api_client.get(url)["ETag"] == token_client.get(url)["ETag"]


def test_a_reader_who_sees_internal_fields_gets_another_etag(api_client, token_client):
    party = PartyFactory(notes="Intern: contact via de regiegroep.")
    url = f"/api/v1/parties/{party.uuid}"

    assert api_client.get(url)["ETag"] != token_client.get(url)["ETag"]


def test_a_patch_answers_with_the_etag_a_later_read_gets(token_client):
    contract = ContractFactory()
    url = f"/api/v1/contracts/{contract.uuid}"

    response = token_client.patch(
        url, {"title": "Na"}, format="json", headers=if_match(token_client, url)
    )

    assert response.status_code == 200, response.content
    assert response["ETag"] == token_client.get(url)["ETag"]
    assert response.json() == token_client.get(url).json()


def test_a_new_record_answers_with_its_etag(token_client):
    response = token_client.post(
        "/api/v1/sources", {"title": "Jaarverslag"}, format="json"
    )

    assert response.status_code == 201, response.content
    assert response["ETag"] == token_client.get(response["Location"])["ETag"]


def test_every_write_gives_a_new_etag_even_when_the_clock_stands_still(token_client):
    source = SourceFactory()
    url = f"/api/v1/sources/{source.uuid}"
    frozen = timezone.now()
    etags = [token_client.get(url)["ETag"]]

    with mock.patch("django.utils.timezone.now", return_value=frozen):
        for _ in range(3):
            response = token_client.patch(
                url, {}, format="json", headers={"if-match": etags[-1]}
            )
            assert response.status_code == 200, response.content
            etags.append(response["ETag"])

    assert len(set(etags)) == 4
    source.refresh_from_db()
    assert source.updated_at > frozen


# --- Preconditions ------------------------------------------------------------------


@pytest.mark.parametrize(("method", "body"), WRITES, ids=[w[0] for w in WRITES])
def test_a_write_with_a_stale_etag_is_a_412_problem(token_client, method, body):
    source = SourceFactory(title="Oud")
    url = f"/api/v1/sources/{source.uuid}"
    stale = token_client.get(url)["ETag"]
    token_client.patch(
        url, {"summary": "Iemand anders"}, format="json", headers={"if-match": stale}
    )

    response = write(token_client, method, url, body, **{"if-match": stale})

    body = assert_problem(response, 412)
    assert body["type"] == "urn:problem-type:precondition_failed"
    source.refresh_from_db()
    assert source.title == "Oud"
    assert source.summary == "Iemand anders"


@pytest.mark.parametrize("etag", ['"nonsense"', "nonsense", "", 'W/"x"'])
def test_a_write_with_an_etag_that_is_not_the_records_is_a_412(token_client, etag):
    source = SourceFactory(title="Oud")
    url = f"/api/v1/sources/{source.uuid}"

    response = token_client.patch(
        url, {"title": "Nieuw"}, format="json", headers={"if-match": etag}
    )

    assert_problem(response, 412)
    source.refresh_from_db()
    assert source.title == "Oud"


def test_the_weak_form_of_the_current_etag_is_a_412(token_client):
    source = SourceFactory()
    url = f"/api/v1/sources/{source.uuid}"
    etag = token_client.get(url)["ETag"]

    response = token_client.patch(
        url, {"title": "Nieuw"}, format="json", headers={"if-match": f"W/{etag}"}
    )

    assert_problem(response, 412)


def test_if_match_may_list_the_current_etag_among_others(token_client):
    source = SourceFactory()
    url = f"/api/v1/sources/{source.uuid}"
    etag = token_client.get(url)["ETag"]

    response = token_client.patch(
        url, {"title": "Nieuw"}, format="json", headers={"if-match": f'"old", {etag}'}
    )

    assert response.status_code == 200, response.content


@pytest.mark.parametrize(("method", "body"), WRITES, ids=[w[0] for w in WRITES])
def test_a_write_without_if_match_is_a_428_problem(token_client, method, body):
    source = SourceFactory(title="Oud")
    url = f"/api/v1/sources/{source.uuid}"

    response = write(token_client, method, url, body, **ENGLISH)

    body = assert_problem(response, 428)
    assert body["type"] == "urn:problem-type:precondition_required"
    assert "If-Match" in body["detail"]
    assert Source.objects.get(pk=source.pk).title == "Oud"


def test_if_unmodified_since_alone_is_a_428(token_client):
    source = SourceFactory(title="Oud")
    url = f"/api/v1/sources/{source.uuid}"

    response = token_client.patch(
        url,
        {"title": "Nieuw"},
        format="json",
        headers={"if-unmodified-since": "Mon, 01 Jan 2001 00:00:00 GMT", **ENGLISH},
    )

    body = assert_problem(response, 428)
    assert "If-Unmodified-Since" in body["detail"]
    assert Source.objects.get(pk=source.pk).title == "Oud"


def test_if_match_star_is_a_428(token_client):
    party = PartyFactory()

    response = token_client.delete(
        f"/api/v1/parties/{party.uuid}", headers={"if-match": "*"}
    )

    assert_problem(response, 428)
    assert Party.objects.filter(pk=party.pk).exists()


def test_a_precondition_problem_speaks_dutch_by_default(token_client):
    source = SourceFactory()

    response = token_client.patch(f"/api/v1/sources/{source.uuid}", {}, format="json")

    body = assert_problem(response, 428)
    assert "Writing needs" not in body["detail"]


def test_the_precondition_is_checked_before_the_body(token_client):
    source = SourceFactory()

    response = token_client.patch(
        f"/api/v1/sources/{source.uuid}",
        {"title": ""},
        format="json",
        headers={"if-match": '"stale"'},
    )

    assert_problem(response, 412)


def test_a_read_with_a_stale_if_match_is_a_412_problem(api_client):
    source = SourceFactory()

    response = api_client.get(
        f"/api/v1/sources/{source.uuid}", headers={"if-match": '"stale"'}
    )

    assert_problem(response, 412)


# --- Only the fields sent --------------------------------------------------------------


def test_a_patch_writes_only_the_fields_it_sends(token_client):
    contract = ContractFactory(title="Voor", description="Blijft")
    url = f"/api/v1/contracts/{contract.uuid}"
    headers = if_match(token_client, url)

    with CaptureQueriesContext(connection) as queries:
        response = token_client.patch(
            url, {"title": "Na"}, format="json", headers=headers
        )

    assert response.status_code == 200, response.content
    table = Contract._meta.db_table
    (update,) = [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].startswith(f'UPDATE "{table}"')
    ]
    assert '"title"' in update
    assert '"updated_at"' in update
    assert '"description"' not in update
    assert '"end_date"' not in update


def test_a_write_locks_the_row_it_changes(token_client):
    source = SourceFactory()
    url = f"/api/v1/sources/{source.uuid}"
    headers = if_match(token_client, url)

    with CaptureQueriesContext(connection) as queries:
        token_client.patch(url, {"title": "Na"}, format="json", headers=headers)

    if connection.features.has_select_for_update:
        assert any("FOR UPDATE" in query["sql"] for query in queries.captured_queries)
    else:
        pytest.skip("SQLite has no row locks; it writes one transaction at a time")


def test_a_linked_records_change_is_a_new_version_of_the_record(token_client):
    party = PartyFactory()
    source = SourceFactory()
    url = f"/api/v1/parties/{party.uuid}"
    before = token_client.get(url)["ETag"]

    response = token_client.patch(
        url,
        {
            "citations": [
                {
                    "source": f"http://testserver/api/v1/sources/{source.uuid}",
                    "locator": "p. 1",
                }
            ]
        },
        format="json",
        headers={"if-match": before},
    )

    assert response.status_code == 200, response.content
    assert response["ETag"] != before
    assert list(party.sources) == [source]


# --- The OpenAPI document ----------------------------------------------------------


@pytest.fixture
def document(client) -> dict:
    return client.get("/api/v1/openapi.json").json()


def operations(document: dict, *methods: str):
    for path, path_item in document["paths"].items():
        for method in methods:
            if method in path_item:
                yield path, method, path_item[method]


def test_every_write_documents_if_match_and_its_412_and_428(document):
    writes = list(operations(document, "put", "patch", "delete"))

    assert len(writes) == 20 * 3
    for path, method, operation in writes:
        (if_match,) = [p for p in operation["parameters"] if p["name"] == "If-Match"]
        assert if_match["in"] == "header"
        assert if_match["required"] is True
        for code in ("412", "428"):
            content = operation["responses"][code]["content"]
            assert list(content) == ["application/problem+json"], (path, method)


def test_every_record_and_write_response_documents_its_etag(document):
    for path, method, operation in operations(document, "get", "post", "put", "patch"):
        if method == "get" and "{" not in path:
            continue  # a collection
        success = operation["responses"].get("201") or operation["responses"]["200"]
        assert success["headers"]["ETag"]["required"] is True, (path, method)

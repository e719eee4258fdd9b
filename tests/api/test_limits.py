"""Input limits: deep JSON, large bodies, long URLs, unknown parameters and
loose dates each get a clear problem+json answer, never a 500 or a silent guess."""

import io
import json

from django.test import Client

import pytest

from apps.core.api.parsers import DepthLimitedJSONParser, json_depth
from apps.core.models import Source
from openzaak_governance import urls
from tests.api.helpers import ENGLISH, assert_problem, invalid_params
from tests.contracts.factories import ContractFactory

pytestmark = pytest.mark.django_db

COLLECTIONS = sorted(
    f"/api/v1/{prefix}" for prefix, _viewset, _name in urls.router.registry
)


def nested(depth: int) -> str:
    """A JSON object holding ``depth`` levels of objects."""
    return '{"a":' * (depth - 1) + "{}" + "}" * (depth - 1)


# --- nested JSON -------------------------------------------------------------------


@pytest.mark.parametrize("path", COLLECTIONS)
def test_json_nested_500_deep_is_a_400_on_every_collection(token_client, path):
    response = token_client.post(
        path, nested(500), content_type="application/json", headers=ENGLISH
    )

    assert invalid_params(response) == {
        "body": ["The JSON is nested too deeply (at most 50 levels)."]
    }


def test_json_nested_deeper_than_the_stack_is_a_400(token_client):
    response = token_client.post(
        "/api/v1/sources", "[" * 100_000, content_type="application/json"
    )

    assert list(invalid_params(response)) == ["body"]


def test_json_at_the_depth_limit_is_read():
    data = DepthLimitedJSONParser().parse(io.BytesIO(nested(50).encode()))

    assert json_depth(data) == 50


def test_json_with_nan_is_a_400(token_client):
    response = token_client.post(
        "/api/v1/sources",
        '{"title": NaN, "documentUrl": "https://example.org"}',
        content_type="application/json",
    )

    assert list(invalid_params(response)) == ["body"]


# --- body size ---------------------------------------------------------------------


def test_a_body_over_the_upload_limit_is_a_413_problem(token_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = json.dumps({"title": "x" * 2000, "documentUrl": "https://example.org"})

    response = token_client.post(
        "/api/v1/sources", body, content_type="application/json"
    )

    assert_problem(response, 413)
    assert not Source.objects.exists()


def test_a_body_within_the_upload_limit_is_read(token_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = json.dumps({"title": "Jaarverslag", "documentUrl": "https://example.org"})

    response = token_client.post(
        "/api/v1/sources", body, content_type="application/json"
    )

    assert response.status_code == 201, response.content


# --- URL length --------------------------------------------------------------------


def test_a_url_over_the_limit_is_a_414_problem_on_the_api(api_client, settings):
    response = api_client.get(
        "/api/v1/parties", {"search": "x" * settings.MAX_URL_LENGTH}
    )

    assert_problem(response, 414)


def test_a_url_over_the_limit_is_a_414_page_elsewhere(client, settings):
    response = client.get("/", {"q": "x" * settings.MAX_URL_LENGTH})

    assert response.status_code == 414
    assert response["Content-Type"].startswith("text/html")


def test_a_url_at_the_limit_is_answered(api_client, settings):
    path = "/api/v1/parties?search="
    url = path + "x" * (settings.MAX_URL_LENGTH - len(path))

    response = api_client.get(url)

    assert response.status_code == 200


# --- any path under /api/ ------------------------------------------------------------


@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/parties/%0A",
        "/api/v1/parties/%0Aabc",
        "/api/v1/%0A",
        "/api/v2/parties",
        "/api/",
        "/api/v1/",
    ],
)
def test_any_unknown_path_under_api_is_a_404_problem(api_client, settings, debug, path):
    settings.DEBUG = debug

    response = api_client.get(path)

    assert_problem(response, 404)


# --- unknown query parameters ---------------------------------------------------------


def test_an_unknown_parameter_is_a_400_naming_it_as_sent(api_client):
    ContractFactory()

    response = api_client.get("/api/v1/contracts", {"active_on": "1900-01-01"})

    assert list(invalid_params(response)) == ["active_on"]


def test_each_unknown_parameter_is_named(api_client):
    response = api_client.get("/api/v1/parties", {"colour": "red", "size": "L"})

    assert sorted(invalid_params(response)) == ["colour", "size"]


def test_the_reason_lists_the_known_parameters(api_client):
    response = api_client.get("/api/v1/work-categories", {"nmae": "x"}, headers=ENGLISH)

    assert invalid_params(response) == {
        "nmae": [
            "Unknown parameter. Known parameters: basis, ordering, page, "
            "pageSize, publicationState, slug, source."
        ]
    }


def test_pagination_ordering_and_search_are_known(api_client):
    response = api_client.get(
        "/api/v1/contracts",
        {"page": "1", "pageSize": "5", "ordering": "title", "search": "x"},
    )

    assert response.status_code == 200, response.content


@pytest.fixture(scope="module")
def document() -> dict:
    """Generated once: it needs no database, and takes seconds to build."""
    return json.loads(Client().get("/api/v1/openapi.json").content)


@pytest.mark.parametrize("path", COLLECTIONS)
def test_every_documented_parameter_is_known(api_client, document, path):
    operation = document["paths"][path.removeprefix("/api/v1")]["get"]
    names = [p["name"] for p in operation["parameters"] if p["in"] == "query"]

    response = api_client.get(path, {name: "" for name in names})

    # Empty typed values are a 400 of their own; none is "unknown".
    codes = (
        {p["code"] for p in response.json().get("invalidParams", [])}
        if response.status_code == 400
        else set()
    )
    assert "unknown" not in codes


# --- dates in request bodies -----------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["2024-1-1", "20240101", "2024-01-01T00:00", 20240101]
)
def test_a_body_date_that_is_not_yyyy_mm_dd_is_a_400(token_client, value):
    response = token_client.post(
        "/api/v1/sources",
        {
            "title": "Jaarverslag",
            "documentUrl": "https://example.org",
            "publishedOn": value,
        },
        format="json",
    )

    assert list(invalid_params(response)) == ["publishedOn"]


def test_a_body_date_as_yyyy_mm_dd_is_accepted(token_client):
    response = token_client.post(
        "/api/v1/sources",
        {
            "title": "Jaarverslag",
            "documentUrl": "https://example.org",
            "publishedOn": "2024-01-01",
        },
        format="json",
    )

    assert response.status_code == 201, response.content
    assert response.json()["publishedOn"] == "2024-01-01"


# --- the OpenAPI document ---------------------------------------------------------------


def test_the_document_states_that_reads_are_public(document):
    reads = [
        path_item["get"]
        for path_item in document["paths"].values()
        if "get" in path_item
    ]

    assert reads
    assert all({} in operation["security"] for operation in reads)


def test_the_document_states_that_writes_need_credentials(document):
    writes = [
        operation
        for path_item in document["paths"].values()
        for method, operation in path_item.items()
        if method in {"post", "put", "patch", "delete"}
    ]

    assert writes
    assert all({} not in operation["security"] for operation in writes)


def test_the_document_states_the_limits_and_the_outage_answer(document):
    operation = document["paths"]["/parties"]["post"]

    assert {"413", "414", "503"} <= set(operation["responses"])
    assert "Retry-After" in operation["responses"]["503"]["headers"]

"""The OpenAPI document: valid OpenAPI 3, typed filters, and examples that work."""

import json
import re

from django.core.management import call_command

import pytest
from drf_spectacular.validation import validate_schema

pytestmark = pytest.mark.django_db

SEMVER = re.compile(r"^\d+\.\d+\.\d+$")


@pytest.fixture
def document(client) -> dict:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return json.loads(response.content)


def test_the_document_is_valid_openapi_3(document):
    validate_schema(document)

    assert document["openapi"].startswith("3.")


def test_the_document_states_version_contact_and_an_absolute_https_server(document):
    info = document["info"]

    assert SEMVER.match(info["version"])
    assert {"name", "email", "url"} <= set(info["contact"])
    assert [server["url"] for server in document["servers"]] == [
        "https://openzaak-governance.example.org/api/v1"
    ]


def test_the_yaml_document_is_served_too(client):
    response = client.get("/api/v1/openapi.yaml")

    assert response.status_code == 200
    assert b"openapi: 3." in response.content


@pytest.mark.parametrize(
    ("path", "name", "expected"),
    [
        ("/contracts", "activeOn", {"type": "string", "format": "date"}),
        ("/contracts", "periodFrom", {"type": "string", "format": "date"}),
        ("/contracts", "client", {"type": "string", "format": "uuid"}),
        ("/contracts", "party", {"type": "string", "format": "uuid"}),
        ("/contracts", "valueMin", {"type": "number"}),
        ("/role-types", "requiredByDefault", {"type": "boolean"}),
        ("/funding-streams", "amountMax", {"type": "number"}),
        ("/parties", "memberOf", {"type": "string", "format": "uuid"}),
        ("/role-assignments", "roleType", {"type": "string", "format": "uuid"}),
        ("/improvement-goals", "overdueOn", {"type": "string", "format": "date"}),
    ],
)
def test_filters_are_typed(document, path, name, expected):
    parameters = {
        parameter["name"]: parameter["schema"]
        for parameter in document["paths"][path]["get"]["parameters"]
    }

    assert expected.items() <= parameters[name].items()


def test_every_collection_and_detail_is_in_the_document(document):
    resources = {path.strip("/").split("/")[0] for path in document["paths"]}

    assert resources == {
        "parties",
        "memberships",
        "contact-points",
        "components",
        "standards",
        "ecosystems",
        "role-types",
        "role-requirements",
        "role-assignments",
        "governing-bodies",
        "work-categories",
        "contracts",
        "lots",
        "funding-streams",
        "reliability-themes",
        "improvement-goals",
        "reliability-dimensions",
        "reviews",
        "events",
        "sources",
    }
    for resource in resources:
        assert f"/{resource}" in document["paths"]
        assert f"/{resource}/{{uuid}}" in document["paths"]


def test_every_error_response_is_documented_as_problem_json(document):
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            for code, response in responses.items():
                if code.startswith(("4", "5")):
                    assert list(response["content"]) == ["application/problem+json"], (
                        method,
                        path,
                        code,
                    )
            if operation.get("parameters"):
                assert "400" in responses, (method, path)
            if method in {"post", "put", "patch", "delete"}:
                assert {"401", "403"} <= set(responses), (method, path)
            if "{uuid}" in path:
                assert "404" in responses, (method, path)


def test_the_parameter_examples_work_on_the_demo_data(client, document):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    tried = 0

    for path, operations in document["paths"].items():
        examples = {
            parameter["name"]: parameter["example"]
            for parameter in operations.get("get", {}).get("parameters", [])
            if "example" in parameter
        }
        if not examples:
            continue
        response = client.get(f"/api/v1{path}", examples)
        tried += 1

        assert response.status_code == 200, (path, response.content)
        assert json.loads(response.content)["count"] > 0, (path, examples)

    assert tried >= 5

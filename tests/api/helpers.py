"""Assertions shared by the API tests."""

from typing import Any

from django.conf import settings
from django.db import models

PROBLEM_FIELDS = {"type", "title", "status", "detail", "instance"}
ENGLISH = {"accept-language": "en"}


def uuids(response: Any) -> set[str]:
    """The UUIDs of the records on a successful page of a collection."""
    assert response.status_code == 200, response.content
    return {row["uuid"] for row in response.json()["results"]}


def ordered_uuids(response: Any) -> list[str]:
    assert response.status_code == 200, response.content
    return [row["uuid"] for row in response.json()["results"]]


def uuids_of(*records: models.Model) -> set[str]:
    return {str(record.uuid) for record in records}


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    """``response`` is an RFC 9457 problem with ``status``; returns its body."""
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert response["API-Version"] == settings.API_VERSION
    body = response.json()
    assert body.keys() >= PROBLEM_FIELDS
    assert body["status"] == status
    assert body["instance"] == response.wsgi_request.get_full_path()
    assert all(
        isinstance(body[name], str) and body[name]
        for name in PROBLEM_FIELDS - {"status"}
    )
    return body


def invalid_params(response: Any) -> dict[str, list[str]]:
    """A 400 problem's invalid parameters, as ``{name: [reason, …]}``."""
    body = assert_problem(response, 400)
    assert body["invalidParams"], body
    params: dict[str, list[str]] = {}
    for param in body["invalidParams"]:
        assert {"name", "code", "reason"} <= param.keys()
        params.setdefault(param["name"], []).append(param["reason"])
    return params


def if_match(client: Any, url: str, **headers: str) -> dict[str, str]:
    """Headers for a write of the record at ``url``: its current ETag in
    ``If-Match`` (read with ``client``, as a writer would), plus ``headers``."""
    response = client.get(url)
    assert response.status_code == 200, response.content
    return {"if-match": response["ETag"], **headers}

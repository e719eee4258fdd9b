"""Two clients that write the same record at the same moment, against a live
server on PostgreSQL: one wins, the other is told (412), and no change is lost."""

import json
import threading
import urllib.error
import urllib.request
from typing import Any

from django.db import connection

import pytest

from apps.contracts.models import Contract
from tests.contracts.factories import ContractFactory

ROUNDS = 20

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs row locks and concurrent transactions: PostgreSQL only "
        "(SQLite writes one transaction at a time)",
    ),
]


def call(
    method: str, url: str, token: str, body: dict | None = None, etag: str = ""
) -> tuple[int, dict[str, str], Any]:
    """One HTTP request to the live server: status, headers and JSON body."""
    headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
    if etag:
        headers["If-Match"] = etag
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), json.load(error)


def concurrently(*requests: tuple) -> list[tuple[int, dict[str, str], Any]]:
    """The requests, each in its own thread, let go at the same moment."""
    barrier = threading.Barrier(len(requests))
    results: list[Any] = [None] * len(requests)

    def run(index: int, args: tuple) -> None:
        barrier.wait()
        results[index] = call(*args)

    threads = [
        threading.Thread(target=run, args=(index, args))
        for index, args in enumerate(requests)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.fixture
def token_key(coordinator_token: Any) -> str:
    # A token object (DRF authtoken) or already its key (knox).
    return getattr(coordinator_token, "key", coordinator_token)


def test_two_patches_of_one_version_never_both_succeed(live_server, token_key):
    contract = ContractFactory(title="Voor", description="Voor")
    url = f"{live_server.url}/api/v1/contracts/{contract.uuid}"

    for round_ in range(ROUNDS):
        _status, headers, _body = call("GET", url, token_key)
        etag = headers["ETag"]
        title, description = f"Titel {round_}", f"Beschrijving {round_}"

        results = concurrently(
            ("PATCH", url, token_key, {"title": title}, etag),
            ("PATCH", url, token_key, {"description": description}, etag),
        )

        statuses = sorted(status for status, _headers, _body in results)
        assert statuses == [200, 412], (round_, results)
        contract.refresh_from_db()
        winner = [status for status, _h, _b in results].index(200)
        assert (contract.title == title) == (winner == 0), round_
        assert (contract.description == description) == (winner == 1), round_


def test_two_patches_that_read_again_after_a_412_both_land(live_server, token_key):
    contract = ContractFactory(title="Voor", description="Voor")
    url = f"{live_server.url}/api/v1/contracts/{contract.uuid}"

    for round_ in range(ROUNDS):
        changes = [{"title": f"Titel {round_}"}, {"description": f"Tekst {round_}"}]
        etag = call("GET", url, token_key)[1]["ETag"]

        results = concurrently(
            *[("PATCH", url, token_key, change, etag) for change in changes]
        )
        for (status, _headers, _body), change in zip(results, changes, strict=True):
            if status == 412:  # the loser reads the record again and retries
                fresh = call("GET", url, token_key)[1]["ETag"]
                assert call("PATCH", url, token_key, change, fresh)[0] == 200

        contract = Contract.objects.get(pk=contract.pk)
        assert contract.title == f"Titel {round_}", round_
        assert contract.description == f"Tekst {round_}", round_

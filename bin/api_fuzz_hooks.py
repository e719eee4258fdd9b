"""schemathesis hooks for bin/api-fuzz.sh: writes that reach real records.

A generated write addresses a random UUID (a 404) and a random ``If-Match`` (a
412). To test the writes themselves, a PUT, PATCH or DELETE is pointed at an
existing record of its collection (chosen by the generated UUID, so a run stays
reproducible with its seed) with that record's current ETag in ``If-Match``, so
that its body is what is tested (tests/api/test_concurrency.py covers the 412s).
A case without ``If-Match`` (negative mode drops required headers) stays
without: a 428.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from typing import Any

import requests
import schemathesis

BASE_URL = os.environ["FUZZ_BASE_URL"].rstrip("/")
SESSION = requests.Session()
SESSION.headers["Authorization"] = f"Token {os.environ['FUZZ_TOKEN']}"
CONDITIONAL = {"PUT", "PATCH", "DELETE"}

_records: dict[str, list[str]] = {}


def _existing(collection: str) -> list[str]:
    if not _records.get(collection):
        response = SESSION.get(f"{BASE_URL}{collection}", params={"pageSize": 100})
        rows = response.json().get("results", []) if response.ok else []
        _records[collection] = [row["uuid"] for row in rows]
    return _records[collection]


def _number(value: Any) -> int:
    return int(hashlib.sha256(str(value).encode()).hexdigest(), 16)


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    if case.method.upper() not in CONDITIONAL or not case.path_parameters:
        return
    generated = case.path_parameters.get("uuid")
    try:
        uuid.UUID(str(generated))
    except ValueError:
        return  # not a UUID: the 404 is what is being tested
    collection = case.operation.path.split("/{", 1)[0]
    records = _existing(collection)
    if not records:
        return
    record = records[_number(generated) % len(records)]
    case.path_parameters["uuid"] = record
    headers = case.headers if case.headers is not None else {}
    if "If-Match" in headers:
        response = SESSION.get(f"{BASE_URL}{collection}/{record}")
        if response.status_code == 200:
            headers["If-Match"] = response.headers["ETag"]
        else:
            _records.pop(collection, None)  # deleted meanwhile: read the list again

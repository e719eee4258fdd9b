"""What the OpenAPI document states about access, limits and faults.

- Reads are public: a GET needs no credentials (``{}`` among the security
  alternatives), writes need a token or a session.
- Every operation may answer 414 (address too long) and 503 (database
  unavailable, with ``Retry-After``); every write 413 (body too large).
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema
from rest_framework import permissions

from apps.core.api.errors import PROBLEM_CONTENT_TYPE

#: Permissions that let anyone read (DRF's and ours).
ANONYMOUS_READS = (
    permissions.DjangoModelPermissionsOrAnonReadOnly,
    permissions.IsAuthenticatedOrReadOnly,
)


class RegisterAutoSchema(AutoSchema):
    """drf-spectacular's schema, stating that anonymous reads are allowed."""

    def get_auth(self) -> list[dict[str, Any]]:
        auths = super().get_auth()
        anonymous_reads = any(
            isinstance(permission, ANONYMOUS_READS)
            for permission in self.view.get_permissions()
        )
        if (
            anonymous_reads
            and self.method in permissions.SAFE_METHODS
            and {} not in auths
        ):
            auths.append({})
        return auths


LIMIT_RESPONSES: dict[str, str] = {
    "413": "The request body is too large.",
    "414": "The address (path and query) is too long.",
    "503": "The register is temporarily unavailable (its database does not "
    "answer); try again after Retry-After seconds.",
}


def _problem_response(code: str) -> dict[str, Any]:
    response: dict[str, Any] = {
        "description": LIMIT_RESPONSES[code],
        "content": {
            PROBLEM_CONTENT_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}
        },
    }
    if code == "503":
        response["headers"] = {
            "Retry-After": {
                "description": "Seconds to wait before trying again.",
                "required": True,
                "schema": {"type": "integer", "minimum": 0},
            }
        }
    return response


def document_limits_and_faults(
    result: dict, generator: Any, request: Any, public: bool
) -> dict:
    """Add the 413, 414 and 503 answers (after ``schema_postprocess``, so that
    they carry the API-Version header too)."""
    version_header = {"API-Version": {"$ref": "#/components/headers/API-Version"}}
    for path_item in result.get("paths", {}).values():
        for method, operation in path_item.items():
            codes = ["414", "503"]
            if method in {"post", "put", "patch"}:
                codes.insert(0, "413")
            responses = operation.setdefault("responses", {})
            for code in codes:
                response = responses.setdefault(code, _problem_response(code))
                response.setdefault("headers", {}).update(version_header)
    return result

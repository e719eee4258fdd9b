"""Hooks that complete the OpenAPI document."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .errors import PROBLEM_CONTENT_TYPE

PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": _("Problem details (RFC 9457)."),
    "required": ["type", "title", "status", "detail", "instance"],
    "properties": {
        "type": {
            "type": "string",
            "format": "uri",
            "description": _("Identifies the kind of problem."),
        },
        "title": {"type": "string", "description": _("Short summary of the problem.")},
        "status": {"type": "integer", "description": _("The HTTP status code.")},
        "detail": {
            "type": "string",
            "description": _("What went wrong, for a person."),
        },
        "instance": {
            "type": "string",
            "format": "uri-reference",
            "description": _("The request the problem occurred on."),
        },
    },
}
INVALID_PARAMS_SCHEMA: dict[str, Any] = {
    "type": "array",
    "description": _("Each invalid query parameter or field, with the reason."),
    "items": {
        "type": "object",
        "required": ["name", "code", "reason"],
        "properties": {
            "name": {"type": "string", "description": _("Parameter or field name.")},
            "code": {"type": "string", "description": _("Machine-readable reason.")},
            "reason": {"type": "string", "description": _("Reason, for a person.")},
        },
    },
}

ERROR_RESPONSES: dict[str, tuple[str, Promise]] = {
    "400": ("ValidationProblem", _("Invalid query parameters or fields.")),
    "401": ("Problem", _("Not authenticated: send a valid token.")),
    "403": ("Problem", _("Not allowed for this user.")),
    "404": ("Problem", _("Not found.")),
    "409": ("Problem", _("Conflicts with other records (e.g. still referred to).")),
    "429": ("Problem", _("Too many requests; retry later.")),
}


def _error_codes(path: str, method: str, operation: dict[str, Any]) -> list[str]:
    writes = method in {"post", "put", "patch", "delete"}
    codes = ["429"]
    if operation.get("parameters") or method in {"post", "put", "patch"}:
        codes.append("400")
    if writes:
        codes += ["401", "403", "409"]
    if "{" in path or method == "get":
        codes.append("404")  # unknown record, or a page past the last one
    return codes


def _resolved(value: Any) -> Any:
    """``value`` with its lazy translations in the active language, as JSON needs."""
    if isinstance(value, Promise):
        return str(value)
    if isinstance(value, dict):
        return {key: _resolved(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_resolved(item) for item in value]
    return value


def schema_postprocess(
    result: dict, generator: Any, request: Any, public: bool
) -> dict:
    """What every operation answers besides success: the API-Version header on
    every response and problem+json bodies for each error it can return."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    problem_schema = _resolved(PROBLEM_SCHEMA)
    schemas["Problem"] = problem_schema
    schemas["ValidationProblem"] = {
        **problem_schema,
        "required": [*problem_schema["required"], "invalidParams"],
        "properties": {
            **problem_schema["properties"],
            "invalidParams": _resolved(INVALID_PARAMS_SCHEMA),
        },
    }
    result.setdefault("components", {})["headers"] = {
        "API-Version": {
            "description": gettext("The full version of the API that answered."),
            "required": True,
            "schema": {"type": "string", "example": settings.API_VERSION},
        }
    }
    version_header = {"API-Version": {"$ref": "#/components/headers/API-Version"}}
    for path, path_item in result.get("paths", {}).items():
        for method, operation in path_item.items():
            responses = operation.setdefault("responses", {})
            for code in _error_codes(path, method, operation):
                schema_name, description = ERROR_RESPONSES[code]
                responses.setdefault(
                    code,
                    {
                        "description": str(description),
                        "content": {
                            PROBLEM_CONTENT_TYPE: {
                                "schema": {
                                    "$ref": f"#/components/schemas/{schema_name}"
                                }
                            }
                        },
                    },
                )
            if method == "get":
                responses.setdefault(
                    "304", {"description": gettext("Not modified since the ETag sent.")}
                )
            for response in responses.values():
                response.setdefault("headers", {}).update(version_header)
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "path" and parameter["name"] == "uuid":
                    parameter["schema"] = {"type": "string", "format": "uuid"}
                    parameter.setdefault("description", gettext("The record's UUID."))
    return result


class PublicSchemaMixin:
    """The OpenAPI document may be read from any origin (ADR: publish OpenAPI)."""

    def finalize_response(
        self, request: Any, response: Any, *args: Any, **kwargs: Any
    ) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response

"""Hooks that complete the OpenAPI document."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from .errors import PROBLEM_CONTENT_TYPE

PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "Problem details (RFC 9457).",
    "required": ["type", "title", "status", "detail", "instance"],
    "properties": {
        "type": {
            "type": "string",
            "format": "uri",
            "description": "Identifies the kind of problem.",
        },
        "title": {"type": "string", "description": "Short summary of the problem."},
        "status": {"type": "integer", "description": "The HTTP status code."},
        "detail": {"type": "string", "description": "What went wrong, for a person."},
        "instance": {
            "type": "string",
            "format": "uri-reference",
            "description": "The request the problem occurred on.",
        },
    },
}
INVALID_PARAMS_SCHEMA: dict[str, Any] = {
    "type": "array",
    "description": "Each invalid query parameter or field, with the reason.",
    "items": {
        "type": "object",
        "required": ["name", "code", "reason"],
        "properties": {
            "name": {"type": "string", "description": "Parameter or field name."},
            "code": {"type": "string", "description": "Machine-readable reason."},
            "reason": {"type": "string", "description": "Reason, for a person."},
        },
    },
}

ERROR_RESPONSES: dict[str, tuple[str, str]] = {
    "400": ("ValidationProblem", "Invalid query parameters or fields."),
    "401": ("Problem", "Not authenticated: send a valid token."),
    "403": ("Problem", "Not allowed for this user."),
    "404": ("Problem", "Not found."),
    "409": ("Problem", "Conflicts with other records (e.g. still referred to)."),
    "429": ("Problem", "Too many requests; retry later."),
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


def schema_postprocess(
    result: dict, generator: Any, request: Any, public: bool
) -> dict:
    """What every operation answers besides success: the API-Version header on
    every response and problem+json bodies for each error it can return."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Problem"] = PROBLEM_SCHEMA
    schemas["ValidationProblem"] = {
        **PROBLEM_SCHEMA,
        "required": [*PROBLEM_SCHEMA["required"], "invalidParams"],
        "properties": {
            **PROBLEM_SCHEMA["properties"],
            "invalidParams": INVALID_PARAMS_SCHEMA,
        },
    }
    result.setdefault("components", {})["headers"] = {
        "API-Version": {
            "description": "The full version of the API that answered.",
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
                        "description": description,
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
                    "304", {"description": "Not modified since the ETag sent."}
                )
            for response in responses.values():
                response.setdefault("headers", {}).update(version_header)
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "path" and parameter["name"] == "uuid":
                    parameter["schema"] = {"type": "string", "format": "uuid"}
                    parameter.setdefault("description", "The record's UUID.")
    return result


class PublicSchemaMixin:
    """The OpenAPI document may be read from any origin (ADR: publish OpenAPI)."""

    def finalize_response(
        self, request: Any, response: Any, *args: Any, **kwargs: Any
    ) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response

"""The v1 REST API: router, problem+json errors, version header, schema hooks."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError, RestrictedError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from djangorestframework_camel_case.middleware import CamelCaseMiddleWare
from djangorestframework_camel_case.render import CamelCaseJSONRenderer
from djangorestframework_camel_case.util import camelize_re, underscore_to_camel
from rest_framework import exceptions, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.routers import DefaultRouter
from rest_framework.views import APIView
from rest_framework.views import exception_handler as drf_exception_handler

API_PREFIX = "/api/"
PROBLEM_CONTENT_TYPE = "application/problem+json"

router = DefaultRouter(trailing_slash=False)


def is_api_request(request: HttpRequest) -> bool:
    return request.path.startswith(API_PREFIX)


def camel(name: str) -> str:
    """``start_date`` as the API spells it: ``startDate``."""
    return re.sub(camelize_re, underscore_to_camel, name)


# --- Errors as application/problem+json (RFC 9457) ---------------------------


def problem(
    *,
    status_code: int,
    title: str,
    detail: str = "",
    code: str = "",
    instance: str = "",
    invalid_params: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    """A problem details document; ``code`` names the kind of problem."""
    body: dict[str, Any] = {
        "type": f"urn:problem-type:{code or status_code}",
        "title": title,
        "status": status_code,
        "detail": detail or title,
        "instance": instance,
    }
    if invalid_params is not None:
        body["invalid_params"] = invalid_params
    return body


def _invalid_params(detail: Any, prefix: str = "") -> Iterator[dict[str, str]]:
    """Flatten DRF's nested error detail into name/code/reason entries."""
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = (
                key
                if key == settings.REST_FRAMEWORK["NON_FIELD_ERRORS_KEY"]
                else camel(str(key))
            )
            yield from _invalid_params(value, f"{prefix}.{name}" if prefix else name)
    elif isinstance(detail, list):
        for index, value in enumerate(detail):
            if isinstance(value, dict | list):
                yield from _invalid_params(value, f"{prefix}.{index}")
            else:
                yield from _invalid_params(value, prefix)
    else:
        yield {
            "name": prefix or settings.REST_FRAMEWORK["NON_FIELD_ERRORS_KEY"],
            "code": getattr(detail, "code", "invalid") or "invalid",
            "reason": str(detail),
        }


#: A fixed title per status; DRF's default details are templates ("Method
#: "{method}" not allowed.") that belong in ``detail``, filled in.
PROBLEM_TITLES = {
    400: _("Bad request."),
    401: _("Not authenticated."),
    403: _("Not allowed."),
    404: _("Not found."),
    405: _("Method not allowed."),
    409: _("The record is still referred to."),
    406: _("Not acceptable."),
    415: _("Unsupported media type."),
    429: _("Too many requests."),
}


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Every error of the API as ``application/problem+json``."""
    request = context.get("request")
    instance = request.get_full_path() if request is not None else ""

    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(
            exc.message_dict if hasattr(exc, "error_dict") else exc.messages
        )
    elif isinstance(exc, ProtectedError | RestrictedError):
        blocking = (
            sorted(
                {
                    str(obj._meta.verbose_name_plural)
                    for obj in exc.protected_objects
                    if hasattr(obj, "_meta")
                }
            )
            if isinstance(exc, ProtectedError)
            else []
        )
        body = problem(
            status_code=status.HTTP_409_CONFLICT,
            title=gettext("The record is still referred to."),
            detail=gettext(
                "It cannot be deleted while other records refer to it: %(records)s."
            )
            % {"records": ", ".join(blocking) or "-"},
            code="protected",
            instance=instance,
        )
        return Response(body, status=409, content_type=PROBLEM_CONTENT_TYPE)
    elif isinstance(exc, IntegrityError):
        body = problem(
            status_code=status.HTTP_409_CONFLICT,
            title=gettext("The change conflicts with another record."),
            detail=gettext(
                "The database refused the change because it conflicts with "
                "existing data, for example an overlapping period."
            ),
            code="conflict",
            instance=instance,
        )
        return Response(body, status=409, content_type=PROBLEM_CONTENT_TYPE)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()

    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    assert isinstance(exc, exceptions.APIException)
    if isinstance(exc, exceptions.ValidationError):
        body = problem(
            status_code=response.status_code,
            title=gettext("Invalid input."),
            detail=gettext("One or more parameters or fields are invalid."),
            code="invalid",
            instance=instance,
            invalid_params=list(_invalid_params(exc.detail)),
        )
    elif isinstance(exc, exceptions.ParseError):
        # A body that is no JSON is invalid input too: name the body.
        body = problem(
            status_code=response.status_code,
            title=gettext("Invalid input."),
            detail=str(exc.detail),
            code="parse_error",
            instance=instance,
            invalid_params=[
                {"name": "body", "code": "parse_error", "reason": str(exc.detail)}
            ],
        )
    else:
        codes = exc.get_codes()
        body = problem(
            status_code=response.status_code,
            title=str(PROBLEM_TITLES.get(response.status_code, exc.default_detail)),
            detail=str(exc.detail),
            code=codes if isinstance(codes, str) else exc.default_code,
            instance=instance,
        )
    response.data = body
    response.content_type = PROBLEM_CONTENT_TYPE
    if request is not None:
        # Errors are JSON even for a browser that asked for HTML.
        request.accepted_renderer = CamelCaseJSONRenderer()
        request.accepted_media_type = PROBLEM_CONTENT_TYPE
    return response


def problem_view(
    status_code: int, title: Any, code: str
) -> Callable[..., HttpResponse]:
    """A Django error view that answers API paths with problem+json (and other
    paths with Django's own error page)."""

    def view(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
        from django.views import defaults

        if not is_api_request(request):
            if status_code == 500:
                return defaults.server_error(request)
            fallback = {
                400: defaults.bad_request,
                403: defaults.permission_denied,
                404: defaults.page_not_found,
            }
            return fallback[status_code](request, exception)
        body = problem(
            status_code=status_code,
            title=str(title),
            code=code,
            instance=request.get_full_path(),
        )
        response = JsonResponse(
            body, status=status_code, content_type=PROBLEM_CONTENT_TYPE
        )
        response["API-Version"] = settings.API_VERSION
        return response

    return view


# --- Middleware ----------------------------------------------------------------


class ApiCamelCaseMiddleware(CamelCaseMiddleWare):
    """Read camelCase query parameters (``activeOn``) on API paths only."""

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if is_api_request(request):
            return super().__call__(request)
        return self.get_response(request)


class ApiVersionMiddleware:
    """Every API response states the full API version (ADR: version header)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if is_api_request(request):
            response["API-Version"] = settings.API_VERSION
        return response


# --- Pagination ----------------------------------------------------------------


class RegisterPagination(PageNumberPagination):
    """Pages of ``pageSize`` records (at most 100), with the total count.

    A page or page size that is no positive whole number is a 400 (DRF would
    silently fall back to the default); a page past the last one is a 404.
    """

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100

    def _positive_int(
        self, request: Any, name: str, maximum: int | None = None
    ) -> int | None:
        raw = request.query_params.get(name)
        if raw is None:
            return None
        # isascii(): str.isdigit() also accepts digits int() refuses, such as "²".
        if (
            not (raw.isascii() and raw.isdigit())
            or int(raw) < 1
            or (maximum and int(raw) > maximum)
        ):
            message = (
                gettext("Enter a whole number from 1 to %(maximum)s.")
                % {"maximum": maximum}
                if maximum
                else gettext("Enter a whole number of at least 1.")
            )
            raise exceptions.ValidationError({name: [message]})
        return int(raw)

    def get_page_size(self, request: Any) -> int:
        size = self._positive_int(
            request, self.page_size_query_param, self.max_page_size
        )
        return size or self.page_size

    def paginate_queryset(self, queryset: Any, request: Any, view: Any = None) -> Any:
        self._positive_int(request, self.page_query_param)
        return super().paginate_queryset(queryset, request, view)

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["maximum"] = self.max_page_size
        return parameters


# --- OpenAPI document ------------------------------------------------------------


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


def parameter_examples() -> dict[str, dict[str, Any]]:
    """Example query parameters per collection, taken from the demo ecosystem so
    that a reader can try them against a register loaded with ``load_demo``."""
    from apps.components.models import Component
    from apps.demo.seed.upsert import demo_uuid
    from apps.parties.models import Party

    dimpact = str(demo_uuid(Party, "dimpact"))
    utrecht = str(demo_uuid(Party, "utrecht"))
    openzaak = str(demo_uuid(Component, "openzaak"))
    # Dimpact's members are certain on the day of the 2018 list only.
    return {
        "/parties": {
            "kind": "municipality",
            "memberOf": dimpact,
            "activeOn": "2018-05-30",
        },
        "/memberships": {"organisation": dimpact, "activeOn": "2018-05-30"},
        "/role-assignments": {"component": openzaak, "activeOn": "2025-10-16"},
        "/contracts": {"party": dimpact, "contractType": "one_off", "valueMin": 0},
        "/funding-streams": {"funder": utrecht, "amountMin": 1000},
        "/improvement-goals": {"status": "proposed", "periodFrom": "2025-01-01"},
        "/events": {"dateFrom": "2020-01-01", "component": openzaak},
        "/sources": {"search": "OpenZaak"},
    }


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
    examples = parameter_examples()
    for path, path_item in result.get("paths", {}).items():
        for parameter in path_item.get("get", {}).get("parameters", []):
            if parameter["name"] in examples.get(path, {}):
                parameter["example"] = examples[path][parameter["name"]]
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


class ApiRootView(APIView):
    """``/api/v1``: where the document is, and the address of each collection."""

    authentication_classes: list = []
    permission_classes: list = []
    schema = None  # described by the OpenAPI document itself, not an operation

    def get(self, request: Any) -> Response:
        from django.urls import reverse

        resources = {
            camel(prefix.replace("-", "_")): request.build_absolute_uri(
                reverse(f"{basename}-list")
            )
            for prefix, _viewset, basename in router.registry
        }
        return Response(
            {
                "openapi": request.build_absolute_uri(reverse("schema")),
                "documentation": request.build_absolute_uri(reverse("api-docs")),
                "resources": resources,
            }
        )


class PublicSchemaMixin:
    """The OpenAPI document may be read from any origin (ADR: publish OpenAPI)."""

    def finalize_response(
        self, request: Any, response: Any, *args: Any, **kwargs: Any
    ) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response


class NotFoundView(APIView):
    """Any path under /api/v1 that names no resource: a problem+json 404."""

    authentication_classes: list = []
    permission_classes: list = []
    schema = None  # not an operation of the API

    def initial(self, request: Any, *args: Any, **kwargs: Any) -> None:
        raise exceptions.NotFound()

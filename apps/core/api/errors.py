"""Errors of the API as ``application/problem+json`` (RFC 9457)."""

from __future__ import annotations

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

from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from apps.core.services import RecordInUseError

from .naming import camel, is_api_request
from .renderers import CamelCaseJSONRenderer

PROBLEM_CONTENT_TYPE = "application/problem+json"


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = _("The record is still referred to.")
    default_code = "protected"


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


def _referred_to(kinds: list[str], instance: str) -> Response:
    """The 409 for a record that others still refer to, naming their kinds."""
    body = problem(
        status_code=status.HTTP_409_CONFLICT,
        title=gettext("The record is still referred to."),
        detail=gettext(
            "It cannot be deleted while other records refer to it: %(records)s."
        )
        % {"records": ", ".join(kinds) or "-"},
        code="protected",
        instance=instance,
    )
    return Response(body, status=409, content_type=PROBLEM_CONTENT_TYPE)


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Every error of the API as ``application/problem+json``."""
    request = context.get("request")
    instance = request.get_full_path() if request is not None else ""

    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(
            exc.message_dict if hasattr(exc, "error_dict") else exc.messages
        )
    elif isinstance(exc, ProtectedError | RestrictedError):
        objects = (
            exc.protected_objects
            if isinstance(exc, ProtectedError)
            else exc.restricted_objects
        )
        kinds = sorted(
            {
                str(obj._meta.verbose_name_plural)
                for obj in objects
                if hasattr(obj, "_meta")
            }
        )
        return _referred_to(kinds, instance)
    elif isinstance(exc, RecordInUseError):
        return _referred_to(exc.kinds, instance)
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

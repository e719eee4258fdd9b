"""Faults answered properly: an unreachable or slow database is a 503 with
``Retry-After`` (problem+json on API paths, a translated page elsewhere), never
a 500 or a hang.

The answers are made without touching the database, so they work while it is
down.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext

from apps.core.api.errors import PROBLEM_CONTENT_TYPE, problem
from apps.core.api.naming import is_api_request

logger = logging.getLogger(__name__)

#: What a database that is down, unreachable or too slow raises (through
#: Django's wrappers): connection refused or timed out, a connection lost
#: mid-request, a statement cancelled by ``statement_timeout``, SQLite's
#: "database is locked".
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def error_response(
    request: HttpRequest,
    *,
    status: int,
    title: str,
    detail: str,
    code: str,
    invalid_params: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> HttpResponse:
    """An error answered outside DRF: problem+json on API paths, a short
    translated HTML page elsewhere."""
    if is_api_request(request):
        body = problem(
            status_code=status,
            title=title,
            detail=detail,
            code=code,
            instance=request.get_full_path(),
            invalid_params=invalid_params,
        )
        if "invalid_params" in body:
            body["invalidParams"] = body.pop("invalid_params")
        response: HttpResponse = JsonResponse(
            body, status=status, content_type=PROBLEM_CONTENT_TYPE
        )
        response["API-Version"] = settings.API_VERSION
    else:
        try:
            response = render(
                request,
                "core/error.html",
                {"status": status, "title": title, "detail": detail},
                status=status,
            )
        except Exception:  # an error page must not fail: plain text then
            logger.exception("The error page could not be rendered")
            response = HttpResponse(
                f"{title}\n\n{detail}\n",
                status=status,
                content_type="text/plain; charset=utf-8",
            )
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def database_unavailable_response(request: HttpRequest) -> HttpResponse:
    """503 Service Unavailable, with when to try again."""
    return error_response(
        request,
        status=503,
        title=gettext("The register is temporarily unavailable."),
        detail=gettext(
            "Its database does not answer at the moment. Please try again shortly."
        ),
        code="database_unavailable",
        headers={
            "Retry-After": str(settings.DATABASE_RETRY_AFTER),
            "Cache-Control": "no-store",
        },
    )


class DatabaseUnavailableMiddleware:
    """A database error raised by a view is a 503, not a 500.

    ``ATOMIC_REQUESTS`` opens its transaction in the handler, around the view
    (``BaseHandler.make_view_atomic``), so connecting fails there, before the
    view's code runs; Django passes that exception to ``process_exception``,
    like any other from the view. Errors raised by other middleware reach
    :func:`server_error` instead.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(
        self, request: HttpRequest, exception: Exception
    ) -> HttpResponse | None:
        if not isinstance(exception, DATABASE_UNAVAILABLE):
            return None
        logger.warning(
            "Database unavailable, answered 503 on %s: %s: %s",
            request.path,
            type(exception).__name__,
            exception,
        )
        return database_unavailable_response(request)


def server_error_view(
    fallback: Callable[..., HttpResponse],
) -> Callable[..., HttpResponse]:
    """``handler500``: a 503 when the uncaught exception is a database fault
    (raised outside the view, e.g. saving the session), else ``fallback``."""

    def view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        # Django calls handler500 while handling the exception, so it is current.
        if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
            return database_unavailable_response(request)
        return fallback(request, *args, **kwargs)

    return view

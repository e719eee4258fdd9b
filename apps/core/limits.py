"""Request limits answered by the app itself, in its own error format.

gunicorn (``gunicorn.conf.py``) and the reverse proxy keep their own, larger
limits as a backstop; below those, a URL that is too long is a 414 and an API
body that is too large a 413, as problem+json on API paths.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext

from apps.core.api.naming import is_api_request

from .faults import error_response


def _content_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0  # Django reads no body then either


class RequestLimitsMiddleware:
    """414 for a URL over ``MAX_URL_LENGTH``; 413 for an API body over
    ``DATA_UPLOAD_MAX_MEMORY_SIZE``.

    Django applies that size itself only when a form reads ``request.POST`` or
    ``request.body``; the API's JSON parser reads the stream, so it is checked
    here, before any of it is read.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if len(request.get_full_path()) > settings.MAX_URL_LENGTH:
            return error_response(
                request,
                status=414,
                title=gettext("The address is too long."),
                detail=gettext(
                    "Addresses may be at most %(limit)s characters long, "
                    "including the query."
                )
                % {"limit": settings.MAX_URL_LENGTH},
                code="uri_too_long",
            )
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if (
            is_api_request(request)
            and limit is not None
            and _content_length(request) > limit
        ):
            return error_response(
                request,
                status=413,
                title=gettext("The request body is too large."),
                detail=gettext("A request body may be at most %(limit)s bytes.")
                % {"limit": limit},
                code="content_too_large",
            )
        return self.get_response(request)

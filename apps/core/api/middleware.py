"""Middleware that applies to API paths only."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from djangorestframework_camel_case.middleware import CamelCaseMiddleWare

from .naming import is_api_request


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

"""The API's router, its root and the answer for a path that names nothing."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.routers import DefaultRouter
from rest_framework.views import APIView

from .naming import camel

router = DefaultRouter(trailing_slash=False)


class ApiRootView(APIView):
    """``/api/v1``: where the document is, and the address of each collection."""

    authentication_classes: list = []
    permission_classes: list = []
    schema = None  # described by the OpenAPI document itself, not an operation

    def get(self, request: Any) -> Response:
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


class NotFoundView(APIView):
    """Any path under /api/v1 that names no resource: a problem+json 404."""

    authentication_classes: list = []
    permission_classes: list = []
    schema = None  # not an operation of the API

    def initial(self, request: Any, *args: Any, **kwargs: Any) -> None:
        raise exceptions.NotFound()

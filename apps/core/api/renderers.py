"""The API's JSON renderer: snake_case names in Python, camelCase on the wire."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.utils.encoding import force_str
from django.utils.functional import Promise

from rest_framework.renderers import JSONRenderer

from .naming import camel


@lru_cache(maxsize=4096)
def _camel_key(key: str) -> str:
    return camel(key) if "_" in key else key


def camelize(data: Any) -> Any:
    """``data`` with every dictionary key in camelCase, as
    ``djangorestframework_camel_case`` spells it.

    The same result as that library's ``camelize`` (a test compares them), with
    each distinct key converted once instead of once per record: on a list of
    100 records that was a tenth of the request.
    """
    if isinstance(data, Promise):
        return force_str(data)
    if isinstance(data, dict):
        return {
            (_camel_key(key) if isinstance(key, str) else force_str(key)): camelize(
                value
            )
            for key, value in data.items()
        }
    if isinstance(data, list | tuple):
        return [camelize(item) for item in data]
    if isinstance(data, str | bytes) or not hasattr(data, "__iter__"):
        return data
    return [camelize(item) for item in data]


class CamelCaseJSONRenderer(JSONRenderer):
    """JSON with camelCase property names."""

    def render(
        self,
        data: Any,
        accepted_media_type: str | None = None,
        renderer_context: dict[str, Any] | None = None,
    ) -> bytes:
        return super().render(camelize(data), accepted_media_type, renderer_context)

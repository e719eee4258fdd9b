"""The API's JSON parser: camelCase to snake_case, strict JSON, bounded depth."""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.utils.translation import gettext

from djangorestframework_camel_case.parser import CamelCaseJSONParser
from djangorestframework_camel_case.util import underscoreize
from rest_framework.exceptions import ParseError


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")


def json_depth(value: Any) -> int:
    """How deeply ``value`` nests objects and arrays (a scalar is 0), counted
    without recursion so that no depth can exhaust the stack."""
    deepest = 0
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        pending.extend((child, depth + 1) for child in children)
    return deepest


class DepthLimitedJSONParser(CamelCaseJSONParser):
    """camelCase JSON, refused (400) when nested deeper than
    ``API_MAX_JSON_DEPTH``: the camel-case conversion recurses, and JSON
    nested hundreds deep would exhaust the stack (a 500) instead.

    ``NaN`` and ``Infinity`` are refused too: they are not JSON (RFC 8259).
    """

    def parse(
        self,
        stream: Any,
        media_type: str | None = None,
        parser_context: dict[str, Any] | None = None,
    ) -> Any:
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        limit = settings.API_MAX_JSON_DEPTH
        too_deep = ParseError(
            gettext("The JSON is nested too deeply (at most %(limit)s levels).")
            % {"limit": limit}
        )
        try:
            data = json.loads(
                stream.read().decode(encoding), parse_constant=_refuse_constant
            )
        except RecursionError as exc:
            raise too_deep from exc
        except ValueError as exc:  # also a body that is not in ``encoding``
            raise ParseError(
                gettext("JSON parse error: %(error)s") % {"error": exc}
            ) from exc
        if json_depth(data) > limit:
            raise too_deep
        return underscoreize(data, **self.json_underscoreize)

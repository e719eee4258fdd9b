"""How the API spells names and which requests are API requests."""

from __future__ import annotations

import re

from django.http import HttpRequest

from djangorestframework_camel_case.util import camelize_re, underscore_to_camel

API_PREFIX = "/api/"


def is_api_request(request: HttpRequest) -> bool:
    """Whether ``request`` is for the API (and answers in JSON)."""
    return request.path.startswith(API_PREFIX)


def camel(name: str) -> str:
    """``start_date`` as the API spells it: ``startDate``."""
    return re.sub(camelize_re, underscore_to_camel, name)

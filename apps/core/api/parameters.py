"""Query parameters a collection does not know are a 400 that names them.

A typo (``?active_on=…`` for ``activeOn``) would otherwise be ignored silently
and answer with every record. Names are checked as the client spelled them:
the camel-case middleware has already turned ``activeOn`` into ``active_on``
in ``request.GET``, so the raw query string is read.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, QueryDict
from django.utils.translation import gettext

from rest_framework import exceptions
from rest_framework.response import Response

from apps.core.api.errors import exception_handler as problem_exception_handler
from apps.core.api.naming import camel


class UnknownParameters(exceptions.ValidationError):
    """Parameters a collection does not accept, by the names the client sent."""

    def __init__(self, names: list[str], known: list[str]) -> None:
        self.names = names
        self.reason = gettext("Unknown parameter. Known parameters: %(known)s.") % {
            "known": ", ".join(known)
        }
        super().__init__({name: [self.reason] for name in names}, code="unknown")


def known_parameters(view: Any) -> list[str]:
    """The query parameters a list view takes, as the API spells them."""
    names = []
    filterset_class = getattr(view, "filterset_class", None)
    if filterset_class is not None:
        names += [camel(name) for name in filterset_class.base_filters]
    paginator = getattr(view, "paginator", None)
    if paginator is not None:
        names += [
            name
            for name in (
                getattr(paginator, "page_query_param", None),
                camel(getattr(paginator, "page_size_query_param", None) or ""),
            )
            if name
        ]
    return sorted(set(names))


def refuse_unknown_parameters(request: HttpRequest, view: Any) -> None:
    """Raise :class:`UnknownParameters` for any parameter ``view`` does not take."""
    raw = QueryDict(request.META.get("QUERY_STRING", ""), encoding=request.encoding)
    known = known_parameters(view)
    unknown = [name for name in raw if name not in known]
    if unknown:
        raise UnknownParameters(unknown, known)


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """The API's problem+json handler, naming unknown parameters as sent
    (it would spell ``active_on`` as ``activeOn``, which is known)."""
    response = problem_exception_handler(exc, context)
    if response is not None and isinstance(exc, UnknownParameters):
        response.data["invalid_params"] = [
            {"name": name, "code": "unknown", "reason": exc.reason}
            for name in exc.names
        ]
    return response

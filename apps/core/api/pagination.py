"""Pages of the API's collections."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext

from rest_framework import exceptions
from rest_framework.pagination import PageNumberPagination


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

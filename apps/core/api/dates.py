"""Dates in request bodies as the query parameters take them: ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime
import re
from typing import Any

from rest_framework import serializers

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class IsoDateField(serializers.DateField):
    """A date as ``YYYY-MM-DD`` (RFC 3339 full-date) and nothing else.

    DRF's ISO 8601 parsing goes through ``date.fromisoformat`` and Django's
    ``parse_date``, which also take ``20240101`` and ``2024-1-1``.
    """

    def to_internal_value(self, value: Any) -> datetime.date:
        if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
            self.fail("invalid", format="YYYY-MM-DD")
        return super().to_internal_value(value)

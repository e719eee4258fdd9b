"""Filter building blocks: "in force on a date", period overlap, links by UUID."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from django import forms
from django.db.models import Model, QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import ValidationError

from apps.core import publication
from apps.core.constants import Certainty, PublicationState
from apps.core.querysets import PeriodQuerySet

from .naming import camel

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@extend_schema_field(OpenApiTypes.BOOL)
class StrictBooleanFilter(filters.TypedChoiceFilter):
    """``true`` or ``false``; anything else is a 400, never silently ignored."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("choices", [("true", "true"), ("false", "false")])
        kwargs.setdefault("coerce", lambda value: value == "true")
        super().__init__(**kwargs)


class IsoDateField(forms.DateField):
    """``YYYY-MM-DD`` (RFC 3339 full-date) and nothing else."""

    def to_python(self, value: Any) -> date | None:
        if value in self.empty_values:
            return None
        if not ISO_DATE.fullmatch(str(value)):
            raise forms.ValidationError(
                gettext("Enter a date as YYYY-MM-DD."), code="invalid"
            )
        return super().to_python(value)


class IsoDateFilter(filters.DateFilter):
    """A date as ``YYYY-MM-DD`` only, whatever the request's language (Django's
    date field would also read localised formats such as 01/02/2020)."""

    field_class = IsoDateField

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("input_formats", ["%Y-%m-%d"])
        super().__init__(**kwargs)


def visible_choices(model: type[Model]) -> Any:
    """The records of ``model`` a request's reader may name in a filter: a draft
    given to an anonymous reader is "unknown", like a UUID that does not exist,
    so a filter never reveals that a draft exists."""

    def choices(request: Any) -> QuerySet:
        user = getattr(request, "user", None)
        return publication.visible(model._default_manager.all(), user)

    return choices


class PublicationFilterSet(filters.FilterSet):
    """The publication state, a filter of every register resource (added by the
    base viewset's filter backend)."""

    publication_state = filters.ChoiceFilter(
        choices=PublicationState.choices,
        help_text=(
            "Only records in this publication state. Coordinators see every "
            "state; other readers see published records only, so for them "
            "'draft' and 'withdrawn' give an empty list."
        ),
    )


def uuid_filter(
    model: type[Model], help_text: str | Promise, **kwargs: Any
) -> filters.ModelChoiceFilter:
    """Filter on a related record given by its UUID (an unknown UUID, or one the
    reader may not see, is a 400)."""
    return filters.ModelChoiceFilter(
        queryset=visible_choices(model),
        to_field_name="uuid",
        help_text=help_text,
        **kwargs,
    )


#: Sorting by a period: ``start`` by the start's window (an unknown start by its
#: known-since date), ``end`` likewise.
PERIOD_ORDERING = (("start_latest", "start"), ("end_latest", "end"))


def ordering_filter(*fields: str | tuple[str, str]) -> filters.OrderingFilter:
    """Ordering on ``fields``, spelled camelCase in the API (``-startDate``); a
    ``(field, name)`` pair sorts on ``field`` under another name."""
    return filters.OrderingFilter(
        fields=[
            field if isinstance(field, tuple) else (field, camel(field))
            for field in fields
        ],
        help_text=_("Sort by these fields, comma-separated; a leading '-' reverses."),
    )


class PeriodFilterSet(filters.FilterSet):
    """Filters every record that holds for a period has."""

    active_on = IsoDateFilter(
        method="filter_active_on",
        help_text=_(
            "Only records that certainly hold on this date (YYYY-MM-DD); with "
            "certainty=possible also those that may hold on it."
        ),
    )
    certainty = filters.ChoiceFilter(
        choices=Certainty.choices,
        method="filter_certainty",
        help_text=_(
            "With activeOn or periodFrom/periodTo: 'certain' (the default) gives "
            "what certainly holds; 'possible' adds what may hold, given uncertain "
            "dates."
        ),
    )
    period_from = IsoDateFilter(
        method="filter_period",
        help_text=_(
            "Only records whose period overlaps the period starting on this date."
        ),
    )
    period_to = IsoDateFilter(
        method="filter_period",
        help_text=_(
            "Only records whose period overlaps the period ending on this date."
        ),
    )

    @extend_schema_field(OpenApiTypes.DATE)
    def filter_active_on(
        self, queryset: PeriodQuerySet, name: str, value: Any
    ) -> QuerySet:
        return queryset.active_on(value, self.certainty_value)

    def filter_certainty(self, queryset: QuerySet, name: str, value: Any) -> QuerySet:
        return queryset  # read by the date filters

    @property
    def certainty_value(self) -> str:
        return self.form.cleaned_data.get("certainty") or Certainty.CERTAIN

    @extend_schema_field(OpenApiTypes.DATE)
    def filter_period(
        self, queryset: PeriodQuerySet, name: str, value: Any
    ) -> QuerySet:
        return queryset  # both ends are applied together in filter_queryset

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        start = self.form.cleaned_data.get("period_from")
        end = self.form.cleaned_data.get("period_to")
        if start and end and end < start:
            raise ValidationError(
                {"period_to": [gettext("periodTo cannot be before periodFrom.")]}
            )
        if start or end:
            queryset = queryset.overlapping(start, end, self.certainty_value)
        return queryset

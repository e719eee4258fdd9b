"""Serializer building blocks shared by every register resource."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from rest_framework import serializers
from rest_framework.settings import api_settings
from rest_framework.validators import UniqueValidator

from apps.core import publication
from apps.core.constants import START_PRECISIONS, Precision
from apps.core.periods import period_values

from .concurrency import ChangedFieldsSerializerMixin
from .dates import IsoDateField

#: Publication fields every publishable resource shows, read-only: a record is
#: published through its ``publish`` operation, never by writing the field.
PUBLICATION_FIELDS: dict[str, Any] = {
    "publication_state": _(
        "draft, published or withdrawn. Readers who are not coordinators see "
        "published records only. Changed by the publish and withdraw operations."
    ),
    "published_at": _("When the record was last published."),
}
INTERNAL_FIELD_NOTE = _("Only for coordinators: absent for other readers.")


#: A UUID that stands for the record's own in a cached link (see ``_link``).
_LINK_PLACEHOLDER = "00000000-0000-4000-8000-000000000000"


def _link(
    field: serializers.HyperlinkedRelatedField,
    obj: Any,
    view_name: str,
    request: Any,
    format: str | None,
) -> str | None:
    """The link to ``obj`` by its UUID.

    The URL resolver is asked once per request and resource for a link with a
    placeholder UUID, which each record's UUID then replaces: resolving every
    link of a list of 100 records anew cost about a fifth of the request.
    """
    lookup_value = getattr(obj, field.lookup_field, None)
    if lookup_value in (None, ""):
        return None
    if request is None:
        return field.reverse(
            view_name, kwargs={field.lookup_url_kwarg: lookup_value}, format=format
        )
    templates = request.__dict__.setdefault("_link_templates", {})
    key = (view_name, field.lookup_url_kwarg, format)
    template = templates.get(key)
    if template is None:
        template = field.reverse(
            view_name,
            kwargs={field.lookup_url_kwarg: _LINK_PLACEHOLDER},
            request=request,
            format=format,
        )
        templates[key] = template
    return template.replace(_LINK_PLACEHOLDER, str(lookup_value))


class UUIDHyperlinkedIdentityField(serializers.HyperlinkedIdentityField):
    """The resource's own URL, by its public UUID."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("lookup_field", "uuid")
        super().__init__(**kwargs)

    def get_url(
        self, obj: Any, view_name: str, request: Any, format: str | None
    ) -> str | None:
        return _link(self, obj, view_name, request, format)


class UUIDHyperlinkedRelatedField(serializers.HyperlinkedRelatedField):
    """A link to a related resource, by its public UUID."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("lookup_field", "uuid")
        super().__init__(**kwargs)

    def get_url(
        self, obj: Any, view_name: str, request: Any, format: str | None
    ) -> str | None:
        return _link(self, obj, view_name, request, format)


class RegisterSerializer(
    ChangedFieldsSerializerMixin, serializers.HyperlinkedModelSerializer
):
    """A register record: its URL and UUID, related records as links, and the
    model's own rules (constraints, ``clean()``) checked before it is saved, so a
    broken rule is a 400 with the field named, never a database error."""

    serializer_url_field = UUIDHyperlinkedIdentityField
    serializer_related_field = UUIDHyperlinkedRelatedField
    serializer_field_mapping = {
        **serializers.HyperlinkedModelSerializer.serializer_field_mapping,
        models.DateField: IsoDateField,
    }

    def get_field_names(self, declared_fields: Any, info: Any) -> list[str]:
        names = list(super().get_field_names(declared_fields, info))
        if publication.is_publishable(self.Meta.model):
            names += [name for name in PUBLICATION_FIELDS if name not in names]
        return names

    def get_extra_kwargs(self) -> dict[str, Any]:
        extra = super().get_extra_kwargs()
        model = self.Meta.model
        if publication.is_publishable(model):
            for name, help_text in PUBLICATION_FIELDS.items():
                extra[name] = {
                    **extra.get(name, {}),
                    "read_only": True,
                    "help_text": help_text,
                }
            for name in model.internal_fields:
                field = model._meta.get_field(name)
                help_text = extra.get(name, {}).get("help_text", field.help_text)
                extra[name] = {
                    **extra.get(name, {}),
                    "help_text": f"{help_text} {INTERNAL_FIELD_NOTE}".strip(),
                }
        return extra

    def to_representation(self, instance: Any) -> dict[str, Any]:
        data = super().to_representation(instance)
        request = self.context.get("request")
        if publication.is_publishable(type(instance)) and not (
            publication.is_coordinator(getattr(request, "user", None))
        ):
            for name in type(instance).internal_fields:
                data.pop(name, None)
        return data

    def build_field(
        self, field_name: str, info: Any, model_class: Any, nested_depth: int
    ) -> tuple[type[serializers.Field], dict[str, Any]]:
        # ``url`` is always the record's own link. DRF would otherwise serialise a
        # model field named ``url`` (sources, standards, contact points) in its
        # place; those show their web address under another name.
        if field_name == self.url_field_name:
            return self.build_url_field(field_name, model_class)
        field_class, kwargs = super().build_field(
            field_name, info, model_class, nested_depth
        )
        # Uniqueness is reported by the model's full_clean() below, in our words.
        kwargs["validators"] = [
            validator
            for validator in kwargs.get("validators", [])
            if not isinstance(validator, UniqueValidator)
        ]
        return field_class, kwargs

    def get_validators(self) -> list:
        # The model's full_clean() below checks every constraint with our messages.
        return []

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        attrs = super().validate(attrs)
        model: type[models.Model] = self.Meta.model
        many_to_many = {
            field.name for field in model._meta.many_to_many if field.name in attrs
        }
        candidate = self.candidate(attrs)
        try:
            candidate.full_clean(validate_unique=True)
            if isinstance(candidate, publication.PublishableModel):
                publication.validate_published_links(
                    candidate,
                    {name: attrs[name] for name in many_to_many},
                    foreign_keys=False,  # full_clean() checked them
                )
        except DjangoValidationError as error:
            raise serializers.ValidationError(self._as_drf_errors(error)) from error
        return attrs

    def candidate(self, attrs: dict[str, Any]) -> models.Model:
        """The record as it would be saved (unsaved; many-to-many links left
        out): the instance with ``attrs`` set, or a new one."""
        model: type[models.Model] = self.Meta.model
        many_to_many = {field.name for field in model._meta.many_to_many}
        if self.instance is not None:
            candidate = model(
                **{
                    field.attname: getattr(self.instance, field.attname)
                    for field in model._meta.concrete_fields
                }
            )
            candidate._state.adding = False
        else:
            candidate = model()
        for name, value in attrs.items():
            if name not in many_to_many:
                setattr(candidate, name, value)
        return candidate

    def _as_drf_errors(self, error: DjangoValidationError) -> dict[str, list[str]]:
        """Django's errors keyed by the API's field names; a broken constraint is
        reported on the field it is about, so a client knows what to change."""
        errors: dict[str, list[str]] = {}
        for field, field_errors in error.error_dict.items():
            for field_error in field_errors:
                name = field
                if field == NON_FIELD_ERRORS:
                    name = (
                        self._constraint_field(field_error)
                        or api_settings.NON_FIELD_ERRORS_KEY
                    )
                errors.setdefault(self._api_name(name), []).extend(field_error.messages)
        return errors

    def _constraint_field(self, error: DjangoValidationError) -> str | None:
        """The model field a broken constraint is about: the unique field, or the
        first field its condition names.

        The constraint is found by its ``violation_error_code``; one without a
        code is recognised by its message.
        """
        constraint = _broken_constraint(self.Meta.model, error)
        if constraint is None:
            return None
        if isinstance(constraint, models.UniqueConstraint) and constraint.fields:
            return constraint.fields[-1]
        condition = getattr(constraint, "condition", None)
        if condition is not None:
            return _first_field(condition)
        return None

    def _api_name(self, model_field: str) -> str:
        if model_field in self.fields:
            return model_field
        for name, field in self.fields.items():
            if field.source == model_field:
                return name
        return model_field


def _broken_constraint(
    model: type[models.Model], error: DjangoValidationError
) -> models.BaseConstraint | None:
    """The constraint of ``model`` that raised ``error``, if any."""
    constraints = model._meta.constraints
    if error.code:
        for constraint in constraints:
            if constraint.violation_error_code == error.code:
                return constraint
    message = error.messages[0] if error.messages else ""
    for constraint in constraints:
        if constraint.violation_error_code is None and message == str(
            constraint.get_violation_error_message()
        ):
            return constraint
    return None


def _first_field(condition: models.Q) -> str | None:
    for child in condition.children:
        if isinstance(child, models.Q):
            found = _first_field(child)
            if found:
                return found
        else:
            return child[0].split("__")[0]
    return None


PARTIAL_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"

#: The period as every dated resource states it.
PERIOD_API_FIELDS = [
    "start",
    "start_precision",
    "known_since",
    "end",
    "end_precision",
    "last_confirmed",
    "start_earliest",
    "start_latest",
    "end_earliest",
    "end_latest",
]
_PERIOD_INPUTS = ("start", "known_since", "end", "end_precision", "last_confirmed")


class PartialDateField(serializers.RegexField):
    """A day, a month or a year as ISO 8601 writes it: ``2019-06-15``, ``2019-06``
    or ``2019``."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 10)
        super().__init__(PARTIAL_DATE_PATTERN, **kwargs)
        self.error_messages["invalid"] = _(
            "Enter a day (2019-06-15), a month (2019-06) or a year (2019)."
        )

    def to_representation(self, value: Any) -> str | None:
        return None if value is None else str(value)


class PeriodSerializerMixin(serializers.Serializer):
    """The period of a dated record: each boundary as precisely as it is known.

    A client writes ``start`` (or, when the start is unknown, ``knownSince``) and
    ``end`` (or, when there is no end date, ``endPrecision`` ``ongoing`` or
    ``unknown`` with ``lastConfirmed``); the windows are computed.
    """

    start = PartialDateField(
        required=False,
        allow_null=True,
        help_text=_(
            "The start as precisely as it is known: a day (2019-06-15), a month "
            "(2019-06) or a year (2019); null when unknown."
        ),
    )
    start_precision = serializers.ChoiceField(
        choices=START_PRECISIONS,
        read_only=True,
        help_text=_("How much is known of the start."),
    )
    known_since = IsoDateField(
        required=False,
        allow_null=True,
        help_text=_(
            "For an unknown start: the earliest date on which a source shows it "
            "holding."
        ),
    )
    end = PartialDateField(
        required=False,
        allow_null=True,
        help_text=_(
            "The end as precisely as it is known (a day, a month or a year); null "
            "when still going or unknown."
        ),
    )
    end_precision = serializers.ChoiceField(
        choices=Precision.choices,
        required=False,
        help_text=_(
            "How much is known of the end. Without an end date, write ``ongoing`` "
            "(still going) or ``unknown`` (with lastConfirmed)."
        ),
    )
    last_confirmed = IsoDateField(
        required=False,
        allow_null=True,
        help_text=_("For an unknown end: the last date on which it was seen holding."),
    )
    start_earliest = serializers.DateField(
        read_only=True,
        allow_null=True,
        help_text=_("First day the start may lie on; null when unknown."),
    )
    start_latest = serializers.DateField(
        read_only=True,
        help_text=_(
            "Last day the start may lie on (for an unknown start: known since)."
        ),
    )
    end_earliest = serializers.DateField(
        read_only=True,
        allow_null=True,
        help_text=_(
            "First day the end may lie on (for an unknown end: last confirmed); "
            "null while still going."
        ),
    )
    end_latest = serializers.DateField(
        read_only=True,
        allow_null=True,
        help_text=_("Last day the end may lie on; null when unknown or still going."),
    )

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        # Report a missing period together with the other missing fields.
        try:
            return super().to_internal_value(data)
        except serializers.ValidationError as error:
            if isinstance(error.detail, dict) and self.instance is None:
                try:
                    self._period_values(
                        {
                            name: data.get(name)
                            for name in _PERIOD_INPUTS
                            if hasattr(data, "get") and name not in error.detail
                        }
                    )
                except serializers.ValidationError as period_error:
                    raise serializers.ValidationError(
                        {**period_error.detail, **error.detail}
                    ) from error
            raise

    def _period_values(self, statement: dict[str, Any]) -> dict[str, Any]:
        try:
            return period_values(
                start=statement.get("start"),
                known_since=statement.get("known_since"),
                end=statement.get("end"),
                end_state=statement.get("end_precision"),
                last_confirmed=statement.get("last_confirmed"),
            )
        except DjangoValidationError as error:
            raise serializers.ValidationError(
                {
                    ("end_precision" if name == "end_state" else name): messages
                    for name, messages in error.message_dict.items()
                }
            ) from error

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        stated = {name: attrs.pop(name) for name in _PERIOD_INPUTS if name in attrs}
        if stated or self.instance is None:
            current = self._current_statement() if self.partial else {}
            # A boundary stated anew replaces the way it was stated before.
            if "start" in stated or "known_since" in stated:
                current.pop("start", None)
                current.pop("known_since", None)
            if "end" in stated or "end_precision" in stated:
                for name in ("end", "end_precision", "last_confirmed"):
                    current.pop(name, None)
            attrs.update(self._period_values({**current, **stated}))
        try:
            return super().validate(attrs)
        except serializers.ValidationError as error:
            raise serializers.ValidationError(
                _period_error_keys(error.detail)
            ) from error

    def _current_statement(self) -> dict[str, Any]:
        record = self.instance
        if record is None:
            return {}
        end = record.end
        return {
            "start": record.start,
            "known_since": record.known_since,
            "end": end,
            "end_precision": None if end else record.end_precision,
            "last_confirmed": record.last_confirmed,
        }


def _period_error_keys(detail: Any) -> Any:
    """Errors on the stored windows reported on the field a client writes."""
    if not isinstance(detail, dict):
        return detail
    remapped: dict[str, Any] = {}
    for name, messages in detail.items():
        target = name
        if name in ("start_precision", "start_earliest", "start_latest"):
            target = "start"
        elif name in ("end_earliest", "end_latest"):
            target = "end"
        remapped.setdefault(target, [])
        remapped[target] = [*remapped[target], *messages]
    return remapped

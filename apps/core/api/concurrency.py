"""Optimistic concurrency in the API: a strong ETag on every record, and writes
that need the ETag the client read (``If-Match``).

The ETag is a digest of the record's representation, which holds its UUID and
its version (``updatedAt``, to the microsecond; :mod:`apps.core.concurrency`). So
it changes with every write of the record, and also when a linked record's name
that the representation shows changes: it stays a strong validator (RFC 9110
8.8.1), and a reader never gets a 304 for a representation that changed. The
price is a 412 for a writer whose copy only differs in such a name; it reads the
record again and retries.

A write (PUT, PATCH, DELETE) locks the row, compares the ETag of its current
representation with ``If-Match`` and only then changes it, all in one
transaction: two clients that read the same version cannot both write it. A
PATCH writes only the fields it sends (``save(update_fields=…)``).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models import QuerySet
from django.utils.http import parse_etags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from rest_framework import exceptions, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import ModelSerializer, raise_errors_on_nested_writes
from rest_framework.utils import model_meta

from apps.core.concurrency import advance_version

LOCKING_ACTIONS = {"update", "partial_update", "destroy"}
CONDITIONAL_METHODS = {"put", "patch", "delete"}


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = _("The record has changed since you read it.")
    default_code = "precondition_failed"


class PreconditionRequired(exceptions.APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_detail = _("Send the ETag of the record you read in If-Match.")
    default_code = "precondition_required"


def representation_etag(data: Any) -> str:
    """The strong ETag of a representation: a digest of its data."""
    text = json.dumps(
        data, cls=DjangoJSONEncoder, sort_keys=True, separators=(",", ":")
    )
    return f'"{hashlib.sha256(text.encode()).hexdigest()[:32]}"'


def check_if_match(request: Request, current_etag: str) -> None:
    """Refuse a write unless ``If-Match`` names ``current_etag``.

    ``If-Unmodified-Since`` alone is not enough: an HTTP date counts whole
    seconds, so two writes within one second would pass it. ``If-Match: *`` says
    "whatever it is now", which is how updates get lost, so it is refused too.
    """
    header = request.headers.get("If-Match")
    if header is None:
        if "If-Unmodified-Since" in request.headers:
            raise PreconditionRequired(
                gettext(
                    "If-Unmodified-Since is not enough, since it counts whole "
                    "seconds: send the ETag of the record you read in If-Match."
                )
            )
        raise PreconditionRequired(
            gettext(
                "Writing needs the ETag of the record you read: GET it, then send "
                "its ETag header in If-Match."
            )
        )
    etags = parse_etags(header)
    if etags == ["*"]:
        raise PreconditionRequired(
            gettext(
                "If-Match: * would overwrite changes you have not seen: send the "
                "ETag of the record you read."
            )
        )
    if current_etag not in etags:  # strong comparison: a weak W/"…" never matches
        raise PreconditionFailed(
            gettext(
                "The record has changed since you read it (or If-Match holds "
                "another ETag). GET it again and apply your change to that."
            )
        )


class ChangedFieldsSerializerMixin:
    """An update writes only the fields the request sends, the row's version
    moved strictly forward; links (many-to-many) are set after the row."""

    def update(self, instance: models.Model, validated_data: dict[str, Any]) -> Any:
        assert isinstance(self, ModelSerializer)
        raise_errors_on_nested_writes("update", self, validated_data)
        info = model_meta.get_field_info(instance)
        previous = getattr(instance, "updated_at", None)
        fields: list[str] = []
        links: list[tuple[str, Any]] = []
        for attr, value in validated_data.items():
            if attr in info.relations and info.relations[attr].to_many:
                links.append((attr, value))
            else:
                setattr(instance, attr, value)
                fields.append(attr)
        if previous is not None:
            fields.append("updated_at")  # also for links only: the record changed
        instance.save(update_fields=fields or None)
        for attr, value in links:
            getattr(instance, attr).set(value)
        advance_version(instance, previous)
        return instance


class ConditionalWriteMixin:
    """For a ModelViewSet: an ETag on each record it answers with, and writes that
    need ``If-Match`` (412 when stale, 428 when missing), under a row lock."""

    def get_queryset(self) -> QuerySet:
        queryset = super().get_queryset()  # type: ignore[misc]
        if getattr(self, "action", None) in LOCKING_ACTIONS:
            # of=("self",): PostgreSQL cannot lock the nullable side of the outer
            # joins select_related() makes; the record's own row is what counts.
            queryset = queryset.select_for_update(of=("self",))
        return queryset

    def etag_of(self, instance: models.Model) -> str:
        return representation_etag(self.get_serializer(instance).data)  # type: ignore[attr-defined]

    def record_response(
        self, instance: models.Model, *, status_code: int = status.HTTP_200_OK
    ) -> Response:
        """The record as a GET would show it now, with its ETag."""
        fresh = self.get_queryset().get(pk=instance.pk)
        data = self.get_serializer(fresh).data  # type: ignore[attr-defined]
        headers = {"ETag": representation_etag(data)}
        if status_code == status.HTTP_201_CREATED:
            headers.update(self.get_success_headers(data))  # type: ignore[attr-defined]
        return Response(data, status=status_code, headers=headers)

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        instance = self.get_object()  # type: ignore[attr-defined]
        data = self.get_serializer(instance).data  # type: ignore[attr-defined]
        etag = representation_etag(data)
        if "If-Match" in request.headers and etag not in parse_etags(
            request.headers["If-Match"]
        ):
            raise PreconditionFailed()
        # ConditionalGetMiddleware answers If-None-Match with a 304 for this ETag.
        return Response(data, headers={"ETag": etag})

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = self.get_serializer(data=request.data)  # type: ignore[attr-defined]
        serializer.is_valid(raise_exception=True)
        self.perform_create(serializer)  # type: ignore[attr-defined]
        return self.record_response(
            serializer.instance, status_code=status.HTTP_201_CREATED
        )

    def update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        partial = kwargs.pop("partial", False)
        with transaction.atomic():
            instance = self.get_object()  # type: ignore[attr-defined]
            check_if_match(request, self.etag_of(instance))
            serializer = self.get_serializer(  # type: ignore[attr-defined]
                instance, data=request.data, partial=partial
            )
            serializer.is_valid(raise_exception=True)
            self.perform_update(serializer)  # type: ignore[attr-defined]
            return self.record_response(serializer.instance)

    def destroy(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        with transaction.atomic():
            instance = self.get_object()  # type: ignore[attr-defined]
            check_if_match(request, self.etag_of(instance))
            self.perform_destroy(instance)  # type: ignore[attr-defined]
        return Response(status=status.HTTP_204_NO_CONTENT)


# --- OpenAPI document ----------------------------------------------------------------

IF_MATCH_PARAMETER: dict[str, Any] = {
    "name": "If-Match",
    "in": "header",
    "required": True,
    "description": (
        "The ETag of the record as you read it (from the ETag header of its GET). "
        "A write is refused with 412 when the record has changed since, and with "
        "428 without this header; If-Unmodified-Since alone is not enough."
    ),
    "schema": {"type": "string", "example": '"3f2a9c0e8b7d6a5f4e3d2c1b0a998877"'},
}
ETAG_HEADER: dict[str, Any] = {
    "description": (
        "Strong entity tag of the record's current representation: send it in "
        "If-Match to change or delete the record, or in If-None-Match to read it "
        "only when it has changed."
    ),
    "required": True,
    "schema": {"type": "string"},
}
PRECONDITION_RESPONSES: dict[str, str] = {
    "412": "The record changed since it was read (If-Match holds another ETag).",
    "428": "If-Match is missing (or is *): send the ETag of the record you read.",
}


def schema_postprocess(
    result: dict, generator: Any, request: Any, public: bool
) -> dict:
    """Document optimistic concurrency: the ETag header of each record's
    representation, the If-Match header every write needs, and its 412 and 428."""
    # Inline, not a component: the hook after this one sets components.headers.
    etag_header = {"ETag": ETAG_HEADER}
    for path, path_item in result.get("paths", {}).items():
        for method, operation in path_item.items():
            responses = operation.get("responses", {})
            is_record = "{" in path and method in {"get", "put", "patch"}
            for code in ("200", "201") if is_record or method == "post" else ():
                if code in responses:
                    responses[code].setdefault("headers", {}).update(etag_header)
            if method not in CONDITIONAL_METHODS:
                continue
            operation.setdefault("parameters", []).append(dict(IF_MATCH_PARAMETER))
            for code, description in PRECONDITION_RESPONSES.items():
                responses.setdefault(
                    code,
                    {
                        "description": description,
                        "content": {
                            "application/problem+json": {
                                "schema": {"$ref": "#/components/schemas/Problem"}
                            }
                        },
                    },
                )
    return result

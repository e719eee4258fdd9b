"""The viewset every register resource uses."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Model, QuerySet
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from django_filters import rest_framework as filters
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, permissions, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from apps.core import publication
from apps.core.services import record_delete

from .concurrency import ConditionalWriteMixin, representation_etag
from .errors import Conflict
from .filters import PublicationFilterSet
from .parameters import refuse_unknown_parameters

UUID_PATTERN = (
    "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)


def with_publication_filter(model: Any, filterset_class: type | None) -> type | None:
    """``filterset_class`` with the ``publicationState`` filter every register
    resource has (see ``PublicationFilterSet``)."""
    if not publication.is_publishable(model):
        return filterset_class
    if filterset_class is None:
        meta = type("Meta", (), {"model": model, "fields": []})
        return type(
            f"{model.__name__}FilterSet", (PublicationFilterSet,), {"Meta": meta}
        )
    if issubclass(filterset_class, PublicationFilterSet):
        return filterset_class
    return type(filterset_class.__name__, (filterset_class, PublicationFilterSet), {})


class CanChangeRecord(permissions.DjangoModelPermissions):
    """Publishing and withdrawing (a POST) need the model's change permission."""

    perms_map = {
        **permissions.DjangoModelPermissions.perms_map,
        "POST": ["%(app_label)s.change_%(model_name)s"],
    }


class PublishSerializer(serializers.Serializer):
    cascade = serializers.BooleanField(
        default=False,
        help_text=_(
            "Also publish every unpublished record this one depends on (links, "
            "cited sources, and theirs). Without it, such records make the "
            "request a 400 that names them."
        ),
    )


class RegisterViewSet(ConditionalWriteMixin, viewsets.ModelViewSet):
    """Read by anyone; written by users with the model's permission.

    Records are addressed by their UUID; anything else in the path is a 404.
    Anonymous readers and users who are not coordinators see published records
    only (and no personal contact points or internal fields); coordinators (staff
    users) see every record and may filter on ``publicationState``. Each record
    has an ETag, and changing or deleting it needs that ETag in ``If-Match``
    (see ``concurrency.py``).
    """

    lookup_field = "uuid"
    lookup_value_regex = UUID_PATTERN
    permission_classes = [permissions.DjangoModelPermissionsOrAnonReadOnly]
    filter_backends = [DjangoFilterBackend]
    http_method_names = ["get", "post", "put", "patch", "delete", "head", "options"]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        model = getattr(getattr(cls, "queryset", None), "model", None)
        cls.filterset_class = with_publication_filter(
            model, getattr(cls, "filterset_class", None)
        )

    def get_queryset(self) -> QuerySet:
        # One rule for every resource: what this reader may see, the prefetched
        # links included (a draft source never shows in a published record's
        # list of sources).
        queryset = super().get_queryset()
        user = getattr(self.request, "user", None)
        return publication.visible_prefetches(publication.visible(queryset, user), user)

    @extend_schema(
        request=PublishSerializer,
        summary=_("Publish the record"),
        description=_(
            "Make the record public. With `cascade`, every unpublished record it "
            "depends on is published in the same step; without it, such records "
            "make this a 400 naming them. Needs the change permission."
        ),
    )
    @action(detail=True, methods=["post"], permission_classes=[CanChangeRecord])
    def publish(self, request: Request, uuid: str | None = None) -> Response:
        record = self.get_object()
        body = PublishSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        try:
            publication.record_publish(
                record=record, user=request.user, cascade=body.validated_data["cascade"]
            )
        except DjangoValidationError as error:
            raise exceptions.ValidationError({"cascade": error.messages}) from error
        return self._answer(record)

    @extend_schema(
        request=None,
        summary=_("Withdraw the record"),
        description=_(
            "Take a published record off the public register (it stays visible "
            "to coordinators). Refused with a 409 naming them while published "
            "records point at it. Needs the change permission."
        ),
    )
    @action(detail=True, methods=["post"], permission_classes=[CanChangeRecord])
    def withdraw(self, request: Request, uuid: str | None = None) -> Response:
        record = self.get_object()
        try:
            publication.record_withdraw(record=record, user=request.user)
        except DjangoValidationError as error:
            raise Conflict(" ".join(error.messages)) from error
        return self._answer(record)

    def _answer(self, record: Any) -> Response:
        """The record after a publication step, with its new ETag (the state is
        part of its representation)."""
        data = self.get_serializer(record).data
        return Response(data, headers={"ETag": representation_etag(data)})

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        if self.action != "list":
            return queryset  # the collection's filters do not apply to one record
        refuse_unknown_parameters(self.request, self)
        repeated = [
            key for key, values in self.request.query_params.lists() if len(values) > 1
        ]
        if repeated:
            raise exceptions.ValidationError(
                {key: [gettext("Give this parameter once.")] for key in repeated}
            )
        self._refuse_empty_values()
        queryset = super().filter_queryset(queryset)
        # Pages must be stable: end every ordering (the asked one or the model's
        # default) with the primary key, which breaks ties.
        ordering = [*queryset.query.order_by] or [*queryset.model._meta.ordering]
        if not {"pk", "-pk", "id", "-id"} & set(ordering):
            ordering.append("pk")
        return queryset.order_by(*ordering)

    def _refuse_empty_values(self) -> None:
        """``activeOn=`` (a typed parameter without a value) is a 400, not "no
        filter": a client that sent it meant something. Text may be empty."""
        filterset_class = getattr(self, "filterset_class", None)
        if filterset_class is None:
            return
        empty = [
            name
            for name, filter_ in filterset_class.base_filters.items()
            if self.request.query_params.get(name) == ""
            and not isinstance(filter_, filters.CharFilter)
        ]
        if empty:
            raise exceptions.ValidationError(
                {
                    name: [gettext("Give a value, or leave the parameter out.")]
                    for name in empty
                }
            )

    def perform_destroy(self, instance: Model) -> None:
        # Refused with a 409 (RecordInUseError) while other records refer to it.
        record_delete(record=instance)

"""The viewset every register resource uses."""

from __future__ import annotations

from django.db.models import Model, QuerySet
from django.utils.translation import gettext

from django_filters import rest_framework as filters
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import exceptions, permissions, viewsets

from apps.core.services import record_delete

UUID_PATTERN = (
    "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)


class RegisterViewSet(viewsets.ModelViewSet):
    """Read by anyone; written by users with the model's permission.

    Records are addressed by their UUID; anything else in the path is a 404.
    """

    lookup_field = "uuid"
    lookup_value_regex = UUID_PATTERN
    permission_classes = [permissions.DjangoModelPermissionsOrAnonReadOnly]
    filter_backends = [DjangoFilterBackend]
    http_method_names = ["get", "post", "put", "patch", "delete", "head", "options"]

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        if self.action != "list":
            return queryset  # the collection's filters do not apply to one record
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

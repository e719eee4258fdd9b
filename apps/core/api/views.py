"""The viewset every register resource uses."""

from __future__ import annotations

from django.db.models import QuerySet

from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import permissions, viewsets

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
        queryset = super().filter_queryset(queryset)
        # Pages must be stable: end every ordering (the asked one or the model's
        # default) with the primary key, which breaks ties.
        ordering = [*queryset.query.order_by] or [*queryset.model._meta.ordering]
        if not {"pk", "-pk", "id", "-id"} & set(ordering):
            ordering.append("pk")
        return queryset.order_by(*ordering)

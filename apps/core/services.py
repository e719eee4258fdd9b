"""Writes that concern the register as a whole."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction

#: Apps whose records the ecosystem coordinator maintains.
REGISTER_APP_LABELS: tuple[str, ...] = (
    "core",
    "parties",
    "components",
    "roles",
    "contracts",
    "funding",
    "goals",
    "timeline",
)


@transaction.atomic
def coordinator_group_sync() -> Group:
    """Give the coordinators' group every permission on the register's records."""
    group, _created = Group.objects.get_or_create(name=settings.COORDINATOR_GROUP_NAME)
    permissions = Permission.objects.filter(
        content_type__app_label__in=REGISTER_APP_LABELS
    )
    group.permissions.set(permissions)
    return group


def coordinator_group_sync_on_migrate(**kwargs: Any) -> None:
    """``post_migrate`` receiver: permissions exist only after the migrations ran."""
    coordinator_group_sync()

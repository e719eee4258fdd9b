"""Writes that concern the register as a whole."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.db import transaction
from django.db.models import Q

from knox.models import AuthToken
from knox.settings import knox_settings

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

#: What the coordinator may do with logins and tokens besides the register:
#: read the login attempts, lockouts and logins, unlock (delete an attempt),
#: and see and revoke API tokens.
COORDINATOR_LOGIN_PERMISSIONS: tuple[tuple[str, str], ...] = (
    ("axes", "view_accessattempt"),
    ("axes", "delete_accessattempt"),
    ("axes", "view_accessfailurelog"),
    ("axes", "view_accesslog"),
    ("knox", "view_authtoken"),
    ("knox", "delete_authtoken"),
)


@transaction.atomic
def coordinator_group_sync() -> Group:
    """Give the coordinators' group every permission on the register's records."""
    group, _created = Group.objects.get_or_create(name=settings.COORDINATOR_GROUP_NAME)
    login_permissions = Q()
    for app_label, codename in COORDINATOR_LOGIN_PERMISSIONS:
        login_permissions |= Q(content_type__app_label=app_label, codename=codename)
    permissions = Permission.objects.filter(
        Q(content_type__app_label__in=REGISTER_APP_LABELS) | login_permissions
    )
    group.permissions.set(permissions)
    return group


def coordinator_group_sync_on_migrate(**kwargs: Any) -> None:
    """``post_migrate`` receiver: permissions exist only after the migrations ran."""
    coordinator_group_sync()


def api_token_create(
    *, user: AbstractBaseUser, lifetime: timedelta | None = None
) -> tuple[AuthToken, str]:
    """A new API token for ``user`` and its key. Only a digest is stored, so the
    key can be shown only now. ``lifetime`` defaults to ``API_TOKEN_TTL_HOURS``."""
    return AuthToken.objects.create(
        user=user, expiry=lifetime if lifetime is not None else knox_settings.TOKEN_TTL
    )

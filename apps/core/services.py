"""Writes that concern the register as a whole."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.db import router, transaction
from django.db.models import Model, ProtectedError, Q, RestrictedError
from django.db.models.deletion import Collector

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


class RecordInUseError(Exception):
    """A record cannot be deleted because other records refer to it."""

    def __init__(self, record: Model, kinds: list[str]) -> None:
        self.record = record
        #: The kinds of records (plural names) that refer to it, sorted.
        self.kinds = kinds
        super().__init__(f"{record!r} is referred to by: {', '.join(kinds)}")


def record_referred_by(record: Model) -> list[str]:
    """The kinds of records (plural names, sorted) that keep ``record`` from being
    deleted: those that protect it with a foreign key, and those that link to it
    through a many-to-many field (such as the records that cite a source).

    A many-to-many link has no ``PROTECT``: deleting the record would silently
    drop the links, so they count as references too.
    """
    kinds = set()
    for relation in record._meta.related_objects:
        if relation.many_to_many and relation.related_model is not type(record):
            accessor = relation.get_accessor_name()
            if accessor and getattr(record, accessor).exists():
                kinds.add(str(relation.related_model._meta.verbose_name_plural))
    collector = Collector(using=router.db_for_write(type(record), instance=record))
    try:
        collector.collect([record])
    except ProtectedError as exc:
        kinds |= _plural_names(exc.protected_objects)
    except RestrictedError as exc:
        kinds |= _plural_names(exc.restricted_objects)
    return sorted(kinds)


def _plural_names(records: Any) -> set[str]:
    return {
        str(obj._meta.verbose_name_plural) for obj in records if hasattr(obj, "_meta")
    }


@transaction.atomic
def record_delete(*, record: Model) -> None:
    """Delete ``record`` unless other records refer to it.

    Raises :class:`RecordInUseError`, naming the kinds of records that refer to it.
    Every way of deleting a register record (API, admin) goes through here.
    """
    kinds = record_referred_by(record)
    if kinds:
        raise RecordInUseError(record, kinds)
    try:
        record.delete()
    except (ProtectedError, RestrictedError) as exc:  # a reference added meanwhile
        objects = getattr(exc, "protected_objects", None) or getattr(
            exc, "restricted_objects", ()
        )
        raise RecordInUseError(record, sorted(_plural_names(objects))) from exc


def api_token_create(
    *, user: AbstractBaseUser, lifetime: timedelta | None = None
) -> tuple[AuthToken, str]:
    """A new API token for ``user`` and its key. Only a digest is stored, so the
    key can be shown only now. ``lifetime`` defaults to ``API_TOKEN_TTL_HOURS``."""
    return AuthToken.objects.create(
        user=user, expiry=lifetime if lifetime is not None else knox_settings.TOKEN_TTL
    )

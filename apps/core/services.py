"""Writes that concern the register as a whole."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import router, transaction
from django.db.models import Model, ProtectedError, RestrictedError
from django.db.models.deletion import Collector

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

"""Publication: which records the public sees, and publishing or withdrawing one.

The rule: a published record never points at one that is not published (a draft
or a withdrawn record). What a record points at is read from its model's fields,
generically, in one place (``dependencies_of`` and ``dependants_of``), so a new
model or link needs no code here:

- a foreign key or many-to-many link to a publishable model is a dependency;
- a *part* (a record without a publication state of its own, such as a party's
  alias or a review's score) follows its parent: the part's links are the
  parent's dependencies, and a link to a record from a part of a published parent
  keeps that record from being withdrawn.

Readers: coordinators (staff users) see everything; anyone else sees published
records only, and never a record marked personal (``is_personal``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext

from .constants import PublicationState
from .models import CitableModel, PublishableModel, Source

#: A model field that marks a record as personal data, never shown publicly.
PERSONAL_FIELD = "is_personal"


# --- Who sees what ---------------------------------------------------------------


def is_coordinator(user: Any) -> bool:
    """Whether ``user`` reads the whole register, drafts and internal fields."""
    return bool(user is not None and user.is_authenticated and user.is_staff)


def is_publishable(model: type[models.Model] | None) -> bool:
    return isinstance(model, type) and issubclass(model, PublishableModel)


def visible(queryset: QuerySet, user: Any) -> QuerySet:
    """The records of ``queryset`` that ``user`` may read.

    Every reader of the register (API, pages, exports) goes through this: the
    publication state (``visible_to``) and, for anyone but a coordinator, no
    personal records.
    """
    model = queryset.model
    if not is_publishable(model):
        return queryset
    queryset = queryset.visible_to(user)
    if not is_coordinator(user) and _has_field(model, PERSONAL_FIELD):
        queryset = queryset.exclude(**{PERSONAL_FIELD: True})
    return queryset


def visible_prefetches(queryset: QuerySet, user: Any) -> QuerySet:
    """``queryset`` with each prefetched link limited to what ``user`` may read.

    A published record's links are published by the rule above; this keeps the
    public from seeing a draft even where the data break it. A prefetched part
    (a review's scores) keeps only rows whose own links are visible. Each lookup
    stays one query, so query counts do not change.
    """
    if is_coordinator(user) or not queryset._prefetch_related_lookups:
        return queryset
    lookups = [
        _visible_lookup(queryset.model, lookup, user)
        for lookup in queryset._prefetch_related_lookups
    ]
    return queryset.prefetch_related(None).prefetch_related(*lookups)


def _visible_lookup(
    model: type[models.Model], lookup: str | models.Prefetch, user: Any
) -> models.Prefetch:
    if isinstance(lookup, str):
        path, inner = lookup, None
    else:
        path, inner = lookup.prefetch_through, lookup.queryset
    target = model
    for name in path.split("__"):
        target = target._meta.get_field(name).related_model
    if inner is None:
        inner = target._default_manager.all()
    inner = visible(inner, user)
    if not is_publishable(target):
        inner = inner.filter(_visible_links_q(target))
    to_attr = None if isinstance(lookup, str) else lookup.to_attr
    return models.Prefetch(path, queryset=inner, to_attr=to_attr)


def _visible_links_q(part: type[models.Model]) -> models.Q:
    """A part's rows whose links (other than to its parent) the public may see."""
    condition = models.Q()
    parent = _parent_fk(part)
    for field in _forward_fks(part):
        if field is parent or not is_publishable(field.related_model):
            continue
        published = models.Q(
            **{f"{field.name}__publication_state": PublicationState.PUBLISHED}
        )
        if field.null:
            published |= models.Q(**{f"{field.name}__isnull": True})
        condition &= published
    return condition


# --- What depends on what ----------------------------------------------------------


def _has_field(model: type[models.Model], name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def _forward_fks(model: type[models.Model]) -> Iterator[models.ForeignKey]:
    for field in model._meta.concrete_fields:
        if field.is_relation and (field.many_to_one or field.one_to_one):
            yield field


def _forward_m2ms(model: type[models.Model]) -> Iterator[models.ManyToManyField]:
    yield from model._meta.many_to_many


def _parent_fk(part: type[models.Model]) -> models.ForeignKey | None:
    """The link by which a part belongs to its publishable parent (deleted with it)."""
    for field in _forward_fks(part):
        if (
            is_publishable(field.related_model)
            and field.remote_field.on_delete is models.CASCADE
        ):
            return field
    return None


def _parts(model: type[models.Model]) -> Iterator[models.ManyToOneRel]:
    """The reverse relations to ``model``'s parts."""
    for relation in model._meta.related_objects:
        if (
            relation.one_to_many
            and not is_publishable(relation.related_model)
            and _parent_fk(relation.related_model) is relation.remote_field
        ):
            yield relation


def _links(
    record: models.Model, *, skip: str | None = None
) -> Iterator[tuple[str, Any]]:
    """(field name, publishable record) for every link of ``record``."""
    model = type(record)
    for field in _forward_fks(model):
        if (
            field.name != skip
            and is_publishable(field.related_model)
            and getattr(record, field.attname) is not None
        ):
            yield field.name, getattr(record, field.name)
    if record.pk is None:
        return
    for field in _forward_m2ms(model):
        if is_publishable(field.related_model):
            for target in getattr(record, field.name).all():
                yield field.name, target


def dependencies_of(record: PublishableModel) -> list[PublishableModel]:
    """The publishable records ``record`` points at directly, its parts' links
    included (a review's scores point at dimensions)."""
    found = [target for _name, target in _links(record)]
    if record.pk is not None and isinstance(record, CitableModel):
        # Citations are parts through a generic relation: their sources count.
        found += [citation.source for citation in record.citations.all()]
    if record.pk is not None:
        for relation in _parts(type(record)):
            parent = relation.remote_field.name
            for part in getattr(record, relation.get_accessor_name()).all():
                found += [target for _name, target in _links(part, skip=parent)]
    return _unique(found)


def unpublished_dependencies(record: PublishableModel) -> list[PublishableModel]:
    """Every record that must be published before ``record`` may be: its
    unpublished dependencies, theirs, and so on."""
    seen = {_key(record)}
    todo = [record]
    missing: list[PublishableModel] = []
    while todo:
        for target in dependencies_of(todo.pop()):
            if _key(target) in seen:
                continue
            seen.add(_key(target))
            if not target.is_published:
                missing.append(target)
                todo.append(target)
    return missing


def published_dependants(record: PublishableModel) -> list[PublishableModel]:
    """The published records that point at ``record`` (through a part too)."""
    found: list[PublishableModel] = []
    for relation in type(record)._meta.related_objects:
        other = relation.related_model
        name = relation.remote_field.name
        if is_publishable(other):
            if getattr(relation, "symmetrical", False):
                # A symmetrical link to the same model (incompatible role types)
                # is stored both ways and read from this side.
                rows = getattr(record, relation.remote_field.name).all()
                found += [row for row in rows if row.is_published]
                continue
            found += other._default_manager.filter(**{name: record}).published()
        else:
            parent_fk = _parent_fk(other)
            if parent_fk is None or parent_fk.name == name:
                continue  # not a part, or the part's link to its own parent
            parents = other._default_manager.filter(**{name: record}).values(
                parent_fk.attname
            )
            found += parent_fk.related_model._default_manager.filter(
                pk__in=parents
            ).published()
    if record.pk is not None and isinstance(record, Source):
        # A source is pointed at by the records citing it (a generic relation).
        for citation in record.citations.all():
            cited = citation.record
            if cited is not None and cited.is_published:
                found.append(cited)
    return [row for row in _unique(found) if _key(row) != _key(record)]


def _key(record: models.Model) -> tuple[str, Any]:
    return (record._meta.label, record.pk)


def _unique(records: Iterable[models.Model]) -> list[Any]:
    seen: set[tuple[str, Any]] = set()
    result = []
    for record in records:
        if _key(record) not in seen:
            seen.add(_key(record))
            result.append(record)
    return result


def describe(records: Iterable[models.Model]) -> str:
    """``party "Dimpact", source "Annual report"``: for messages."""
    return ", ".join(f'{record._meta.verbose_name} "{record}"' for record in records)


# --- Checking a change -------------------------------------------------------------


def unpublished_links(
    record: PublishableModel,
    m2m: dict[str, Iterable[Any]] | None = None,
    *,
    foreign_keys: bool = True,
) -> dict[str, list[PublishableModel]]:
    """For a published ``record``: per field, the linked records that are not
    published. ``m2m`` gives many-to-many values about to be saved (a form's or a
    request's); ``foreign_keys=False`` leaves out the foreign keys, which
    ``clean()`` already checked."""
    if not record.is_published:
        return {}
    problems: dict[str, list[PublishableModel]] = {}
    model = type(record)
    for field in _forward_fks(model):
        if (
            foreign_keys
            and is_publishable(field.related_model)
            and getattr(record, field.attname) is not None
        ):
            target = getattr(record, field.name)
            if not target.is_published:
                problems[field.name] = [target]
    for name, targets in (m2m or {}).items():
        field = model._meta.get_field(name)
        if is_publishable(field.related_model):
            drafts = [target for target in targets if not target.is_published]
            if drafts:
                problems[name] = drafts
    return problems


def validate_published_links(
    record: PublishableModel,
    m2m: dict[str, Iterable[Any]] | None = None,
    *,
    foreign_keys: bool = True,
) -> None:
    """Refuse a published record that points at an unpublished one, naming the
    field (``clean()`` of every publishable model, forms and the API call it)."""
    problems = unpublished_links(record, m2m, foreign_keys=foreign_keys)
    if problems:
        raise ValidationError(
            {
                name: unpublished_link_message(targets)
                for name, targets in problems.items()
            },
            code="unpublished_link",
        )


def unpublished_part_links(part: models.Model) -> dict[str, PublishableModel]:
    """For a part of a published parent (a score of a published review): per
    field, the linked record that is not published."""
    parent_fk = _parent_fk(type(part))
    if parent_fk is None or getattr(part, parent_fk.attname) is None:
        return {}
    if not getattr(part, parent_fk.name).is_published:
        return {}
    return {
        name: target
        for name, target in _links(part, skip=parent_fk.name)
        if not target.is_published
    }


def unpublished_cited_sources(sources: Iterable[models.Model]) -> list[Any]:
    """The sources among ``sources`` a published record may not cite (yet)."""
    return _unique(source for source in sources if not source.is_published)


def unpublished_link_message(targets: Iterable[models.Model]) -> str:
    return gettext(
        "A published record cannot point at an unpublished one: %(records)s. "
        "Publish it first."
    ) % {"records": describe(targets)}


# --- Services ------------------------------------------------------------------------


@transaction.atomic
def record_publish(
    *, record: PublishableModel, user: Any, cascade: bool = True
) -> list[PublishableModel]:
    """Publish ``record`` and, with ``cascade``, every unpublished record it
    depends on, in one transaction; without ``cascade`` refuse, naming them.

    Returns the records published, ``record`` first. History keeps each change
    (it is a normal save). Only the publication fields are written: the record's
    other rules were checked when it was saved.
    """
    missing = unpublished_dependencies(record)
    if missing and not cascade:
        raise ValidationError(
            gettext(
                "It depends on records that are not published: %(records)s. "
                "Publish them too, or first."
            )
            % {"records": describe(missing)},
            code="unpublished_dependencies",
        )
    published = []
    now = timezone.now()
    for row in [record, *missing]:
        if row.is_published:
            continue
        row.publication_state = PublicationState.PUBLISHED
        row.published_at = now
        row.published_by = user if getattr(user, "pk", None) else None
        row.save(
            update_fields=[
                "publication_state",
                "published_at",
                "published_by",
                "updated_at",
            ]
        )
        published.append(row)
    return published


@transaction.atomic
def record_withdraw(*, record: PublishableModel, user: Any) -> PublishableModel:
    """Take a published ``record`` off the public register; refused while
    published records point at it (they are named)."""
    if not record.is_published:
        raise ValidationError(
            gettext("Only a published record can be withdrawn."), code="not_published"
        )
    _withdrawn, refused = records_withdraw(records=[record], user=user)
    if refused:
        raise ValidationError(refused[0][1], code="published_dependants")
    return record


@transaction.atomic
def records_withdraw(
    *, records: Iterable[PublishableModel], user: Any
) -> tuple[list[PublishableModel], list[tuple[PublishableModel, str]]]:
    """Withdraw the published ``records`` together: one may point at another
    (two incompatible role types point at each other). A record stays published,
    and is returned with the reason, while a published record not withdrawn with
    it points at it. Returns (withdrawn, refused)."""
    chosen = {_key(record): record for record in records if record.is_published}
    blockers = {key: published_dependants(record) for key, record in chosen.items()}
    refused: dict[tuple[str, Any], list[PublishableModel]] = {}
    changed = True
    while changed:
        changed = False
        for key in list(chosen):
            outside = [row for row in blockers[key] if _key(row) not in chosen]
            if outside:
                refused[key] = outside
                del chosen[key]
                changed = True
    for record in chosen.values():
        record.publication_state = PublicationState.WITHDRAWN
        record.save(update_fields=["publication_state", "updated_at"])
    reasons = [
        (
            record,
            gettext("Published records point at it: %(records)s. Withdraw them first.")
            % {"records": describe(refused[_key(record)])},
        )
        for record in records
        if _key(record) in refused
    ]
    return list(chosen.values()), reasons

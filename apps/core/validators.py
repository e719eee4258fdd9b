"""Checks that no portable database constraint expresses."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .constants import Precision

if TYPE_CHECKING:
    from .models import PeriodModel


def validate_no_overlap(record: PeriodModel) -> None:
    """Refuse ``record`` when an identical record (equal on its model's
    ``overlap_key``) certainly holds on a day it certainly holds.

    On PostgreSQL an exclusion constraint enforces the same rule in the database
    (see ``exclusion_constraint``).
    """
    if record.overlapping_siblings().exists():
        raise ValidationError(
            _("An identical %(record)s already exists for an overlapping period."),
            code="overlap",
            params={"record": record._meta.verbose_name},
        )


def _day(value: Any) -> str:
    return formats.date_format(value, "DATE_FORMAT")


def _existence_targets(
    record: PeriodModel, links: Mapping[str, Any] | None
) -> Iterator[tuple[str, Any]]:
    if links is not None:
        yield from ((name, target) for name, target in links.items() if target)
        return
    for name in record.existence_of:
        field = record._meta.get_field(name)
        if getattr(record, field.attname) is not None:
            yield name, getattr(record, name)


def existence_findings(
    record: PeriodModel, links: Mapping[str, Any] | None = None
) -> tuple[dict[str, list[str]], list[str]]:
    """What the existence of ``record``'s parties and components says about its
    start: refusals (keyed by the link's field) and warnings.

    A record cannot certainly begin before its party or component certainly
    exists, nor after it has certainly ceased; where the windows leave doubt, it
    is a warning. ``links`` replaces the record's ``existence_of`` links by
    others that share its period (a funding stream's hops: ``{"party": …}``).
    """
    errors: dict[str, list[str]] = {}
    warnings: list[str] = []
    if record.start_latest is None:
        return errors, warnings
    for name, target in _existence_targets(record, links):
        params = {
            "what": target,
            "record": record._meta.verbose_name,
        }
        if (
            target.start_earliest is not None
            and record.start_latest < target.start_earliest
        ):
            errors.setdefault(name, []).append(
                gettext(
                    "%(what)s exists only from %(since)s, but this %(record)s "
                    "holds on %(day)s."
                )
                % {
                    **params,
                    "since": _day(target.start_earliest),
                    "day": _day(record.start_latest),
                }
            )
            continue
        if (
            record.start_earliest is not None
            and target.end_latest is not None
            and record.start_earliest > target.end_latest
        ):
            errors.setdefault(name, []).append(
                gettext(
                    "%(what)s ceased to exist by %(until)s, before this %(record)s "
                    "begins."
                )
                % {**params, "until": _day(target.end_latest)}
            )
            continue
        if record.start_latest < target.start_latest:
            warnings.append(
                gettext(
                    "%(what)s may not exist yet on %(day)s, when this %(record)s "
                    "holds: it is known to exist from %(since)s."
                )
                % {
                    **params,
                    "day": _day(record.start_latest),
                    "since": _day(target.start_latest),
                }
            )
        begins = record.start_earliest or record.start_latest
        if (
            target.end_precision != Precision.ONGOING
            and target.end_earliest is not None
            and begins > target.end_earliest
        ):
            warnings.append(
                gettext(
                    "%(what)s may have ceased to exist (it is certain only until "
                    "%(until)s) when this %(record)s begins."
                )
                % {**params, "until": _day(target.end_earliest)}
            )
    return errors, warnings


def validate_existence(record: PeriodModel) -> None:
    errors, _warnings = existence_findings(record)
    if errors:
        raise ValidationError(errors, code="existence")

"""The role check: every rule about who holds which role, for a component or an
ecosystem on a date, in one place.

The rules are data (role types, their requirements and governing bodies): a role
required but vacant, fewer holders than the minimum or more than the maximum, role
types one party must not combine (the four-eyes rule), a role held outside its
scope, an intended holder, and a body's rules on seats (no simple majority for
one party, at most so many seats per party). A violated rule is recorded, not
refused: the register shows the ecosystem as it is, and the check says what is
wrong, certainly or only possibly (where the dates leave it open, see
``apps.core.periods``). The admin, the API and the pages call ``role_check``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import formats, timezone
from django.utils.translation import gettext

from apps.components.models import Component, Ecosystem
from apps.core import periods
from apps.core.constants import Certainty, Holds
from apps.parties.models import Party

from .constants import AssignmentStatus, RoleScope, ViolationKind
from .models import GoverningBody, RoleAssignment, RoleRequirement, RoleType


@dataclass(frozen=True)
class Violation:
    """A rule the roles of a component or ecosystem break on a day."""

    kind: str
    message: str
    #: ``True`` when the rule is certainly broken on the day; ``False`` when
    #: only possibly, because the dates of the records involved leave it open.
    certain: bool
    role_type: RoleType | None = None
    assignments: tuple[RoleAssignment, ...] = ()
    parties: tuple[Party, ...] = ()
    body: GoverningBody | None = None
    #: For reports: the other role type of an incompatible pair.
    other_role_type: RoleType | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def certainty(self) -> str:
        return Certainty.CERTAIN if self.certain else Certainty.POSSIBLE


@dataclass(frozen=True)
class Requirement:
    """What a target asks of a role type, after its requirements and defaults."""

    required: bool
    min_holders: int
    max_holders: int | None
    source: RoleRequirement | None = None


def _day(value: date) -> str:
    return formats.date_format(value, "DATE_FORMAT")


def _names(parties: Iterable[Party]) -> str:
    return ", ".join(sorted({party.name for party in parties}))


def visible(queryset: QuerySet, user: Any) -> QuerySet:
    """All records for the admin (``user`` None), else what ``user`` may read."""
    return queryset if user is None else queryset.visible_to(user)


def requirement_for(
    role_type: RoleType,
    own: dict[int, RoleRequirement],
    inherited: dict[int, list[RoleRequirement]],
) -> Requirement:
    """The requirement of a target for ``role_type``: its own, else one of its
    ecosystems' (one that requires it wins), else the role type's default."""
    chosen = own.get(role_type.pk)
    if chosen is None and inherited.get(role_type.pk):
        candidates = inherited[role_type.pk]
        chosen = next((r for r in candidates if r.required), candidates[0])
    if chosen is None:
        return Requirement(
            role_type.required_by_default, role_type.min_holders, role_type.max_holders
        )
    return Requirement(
        chosen.required,
        chosen.min_holders if chosen.min_holders is not None else role_type.min_holders,
        chosen.max_holders if chosen.max_holders is not None else role_type.max_holders,
        chosen,
    )


def role_check(
    *,
    component: Component | None = None,
    ecosystem: Ecosystem | None = None,
    day: date | None = None,
    user: Any = None,
) -> list[Violation]:
    """Every rule the roles of ``component`` or ``ecosystem`` break on ``day``
    (default today), as violations with their explanation.

    ``user``: only the records that user may read (the public sees published
    ones); ``None`` for every record, as the admin shows them. Five queries,
    whatever the number of roles.
    """
    if (component is None) == (ecosystem is None):
        raise ValueError("Check a component or an ecosystem.")
    day = day or timezone.localdate()
    target: Component | Ecosystem = component or ecosystem  # type: ignore[assignment]
    scope = RoleScope.COMPONENT if component is not None else RoleScope.ECOSYSTEM
    on_target = {"component": component} if component else {"ecosystem": ecosystem}

    assignments = list(
        visible(RoleAssignment.objects.filter(**on_target), user)
        .active_on(day, Certainty.POSSIBLE)
        .with_holds_on(day)
        .with_related()
        .order_by("role_type__position", "party__name", "pk")
    )
    # Every role type, with the ones it must not be combined with.
    role_types = {
        role_type.pk: role_type
        for role_type in visible(
            RoleType.objects.prefetch_related("incompatible_with"), user
        )
    }
    if component is not None:
        requirements = visible(
            RoleRequirement.objects.filter(
                Q(component=component) | Q(ecosystem__components=component)
            ),
            user,
        )
    else:
        requirements = visible(
            RoleRequirement.objects.filter(ecosystem=ecosystem), user
        )
    own: dict[int, RoleRequirement] = {}
    inherited: dict[int, list[RoleRequirement]] = defaultdict(list)
    for requirement in requirements.order_by("pk").distinct():
        if requirement.component_id or scope == RoleScope.ECOSYSTEM:
            own[requirement.role_type_id] = requirement
        else:
            inherited[requirement.role_type_id].append(requirement)
    bodies = list(visible(GoverningBody.objects.filter(**on_target), user))

    context = {"target": target, "day": _day(day)}
    current = [a for a in assignments if a.status == AssignmentStatus.CURRENT]
    violations: list[Violation] = []
    for role_type in role_types.values():
        if role_type.scope != scope:
            continue
        held = [a for a in current if a.role_type_id == role_type.pk]
        violations += _holder_violations(
            role_type,
            requirement_for(role_type, own, inherited),
            held,
            context,
        )
    violations += _incompatible_violations(current, role_types, context)
    violations += _scope_violations(current, scope, context)
    for body in bodies:
        seats = [a for a in current if a.body_id == body.pk]
        violations += _body_violations(body, seats, context)
    violations += _intended(
        [a for a in assignments if a.status == AssignmentStatus.INTENDED], context
    )
    return violations


def _parties(assignments: Iterable[RoleAssignment]) -> dict[int, Party]:
    return {a.party_id: a.party for a in assignments}


def _holder_violations(
    role_type: RoleType,
    requirement: Requirement,
    held: list[RoleAssignment],
    context: dict[str, Any],
) -> list[Violation]:
    certain = _parties(a for a in held if a.holds == Holds.YES)
    possible = _parties(held)
    values = {**context, "role": role_type}
    found: list[Violation] = []

    def violation(kind: str, message: str, is_certain: bool) -> Violation:
        return Violation(
            kind=kind,
            message=message,
            certain=is_certain,
            role_type=role_type,
            assignments=tuple(held),
            parties=tuple(possible.values()),
            extra={"requirement": requirement.source},
        )

    minimum = max(requirement.min_holders, 1) if requirement.required else 0
    if requirement.required and not possible:
        found.append(
            violation(
                ViolationKind.REQUIRED_VACANT,
                gettext(
                    "%(target)s requires a holder of the role %(role)s, but nobody "
                    "holds it on %(day)s."
                )
                % values,
                True,
            )
        )
    elif requirement.required and not certain:
        found.append(
            violation(
                ViolationKind.REQUIRED_VACANT,
                gettext(
                    "%(target)s requires a holder of the role %(role)s; nobody "
                    "certainly holds it on %(day)s (the dates leave %(parties)s "
                    "open)."
                )
                % {**values, "parties": _names(possible.values())},
                False,
            )
        )
    if minimum > 1 and possible:
        values_min = {
            **values,
            "minimum": minimum,
            "parties": _names(possible.values()),
        }
        if len(possible) < minimum:
            found.append(
                violation(
                    ViolationKind.BELOW_MINIMUM,
                    gettext(
                        "%(target)s has fewer holders of the role %(role)s than "
                        "the minimum of %(minimum)s on %(day)s: %(parties)s."
                    )
                    % values_min,
                    True,
                )
            )
        elif certain and len(certain) < minimum:
            found.append(
                violation(
                    ViolationKind.BELOW_MINIMUM,
                    gettext(
                        "%(target)s may have fewer holders of the role %(role)s "
                        "than the minimum of %(minimum)s on %(day)s: only "
                        "%(certain)s certainly hold it."
                    )
                    % {**values_min, "certain": _names(certain.values())},
                    False,
                )
            )
    maximum = requirement.max_holders
    if maximum is not None and len(possible) > maximum:
        is_certain = len(certain) > maximum
        message = (
            gettext(
                "%(target)s has more holders of the role %(role)s than the maximum "
                "of %(maximum)s on %(day)s: %(parties)s."
            )
            if is_certain
            else gettext(
                "%(target)s may have more holders of the role %(role)s than the "
                "maximum of %(maximum)s on %(day)s: %(parties)s."
            )
        )
        found.append(
            violation(
                ViolationKind.ABOVE_MAXIMUM,
                message
                % {**values, "maximum": maximum, "parties": _names(possible.values())},
                is_certain,
            )
        )
    return found


def _incompatible_violations(
    current: list[RoleAssignment],
    role_types: dict[int, RoleType],
    context: dict[str, Any],
) -> list[Violation]:
    found: list[Violation] = []
    seen: set[tuple[int, int, int]] = set()
    for one in current:
        role_type = role_types.get(one.role_type_id, one.role_type)
        forbidden = {other.pk for other in role_type.incompatible_with.all()}
        for other in current:
            if other.party_id != one.party_id or other.role_type_id not in forbidden:
                continue
            first, second = sorted((one.role_type_id, other.role_type_id))
            key = (one.party_id, first, second)
            if key in seen:
                continue
            seen.add(key)
            is_certain = one.holds == Holds.YES and other.holds == Holds.YES
            values = {
                **context,
                "party": one.party,
                "role": one.role_type,
                "other": other.role_type,
            }
            message = (
                gettext(
                    "%(party)s holds the role %(role)s for %(target)s on %(day)s, "
                    "which must not be combined with the role %(other)s it also "
                    "holds."
                )
                if is_certain
                else gettext(
                    "%(party)s may hold the role %(role)s for %(target)s on "
                    "%(day)s (the dates leave it open), which must not be combined "
                    "with the role %(other)s it also holds."
                )
            )
            found.append(
                Violation(
                    kind=ViolationKind.INCOMPATIBLE,
                    message=message % values,
                    certain=is_certain,
                    role_type=one.role_type,
                    other_role_type=other.role_type,
                    assignments=(one, other),
                    parties=(one.party,),
                )
            )
    return found


def _scope_violations(
    current: list[RoleAssignment], scope: str, context: dict[str, Any]
) -> list[Violation]:
    return [
        Violation(
            kind=ViolationKind.SCOPE_MISMATCH,
            message=gettext(
                "%(party)s holds the role %(role)s for %(target)s, but that role is "
                "held %(scope)s."
            )
            % {
                **context,
                "party": a.party,
                "role": a.role_type,
                "scope": RoleScope(a.role_type.scope).label,
            },
            certain=a.holds == Holds.YES,
            role_type=a.role_type,
            assignments=(a,),
            parties=(a.party,),
        )
        for a in current
        if a.role_type.scope != scope
    ]


def _body_violations(
    body: GoverningBody, seats: list[RoleAssignment], context: dict[str, Any]
) -> list[Violation]:
    certain: dict[int, int] = defaultdict(int)
    possible: dict[int, int] = defaultdict(int)
    for seat in seats:
        possible[seat.party_id] += seat.seats
        if seat.holds == Holds.YES:
            certain[seat.party_id] += seat.seats
    total_possible = sum(possible.values())
    parties = _parties(seats)
    found: list[Violation] = []
    for party_id, party in sorted(parties.items(), key=lambda item: item[1].name):
        own = tuple(seat for seat in seats if seat.party_id == party_id)
        values = {**context, "party": party, "body": body}
        if body.majority_cap:
            # Certainly a majority: its certain seats outnumber all others that
            # may hold. Possibly: counting every seat that may hold, it has the
            # majority (seats whose dates leave it open count as held).
            mine, others = certain[party_id], total_possible - possible[party_id]
            if mine and mine > others:
                found.append(
                    Violation(
                        kind=ViolationKind.SEAT_MAJORITY,
                        message=gettext(
                            "%(party)s holds %(seats)s of the %(total)s seats on "
                            "%(body)s on %(day)s: a simple majority, which the "
                            "body's rules do not allow."
                        )
                        % {**values, "seats": mine, "total": mine + others},
                        certain=True,
                        assignments=own,
                        parties=(party,),
                        body=body,
                    )
                )
            else:
                mine = possible[party_id]
                others = total_possible - mine
                if mine > others:
                    found.append(
                        Violation(
                            kind=ViolationKind.SEAT_MAJORITY,
                            message=gettext(
                                "%(party)s may hold a simple majority of the seats "
                                "on %(body)s on %(day)s (%(seats)s of %(total)s; "
                                "the dates leave it open), which the body's rules "
                                "do not allow."
                            )
                            % {**values, "seats": mine, "total": mine + others},
                            certain=False,
                            assignments=own,
                            parties=(party,),
                            body=body,
                        )
                    )
        maximum = body.max_seats_per_party
        if maximum is not None and possible[party_id] > maximum:
            is_certain = certain[party_id] > maximum
            message = (
                gettext(
                    "%(party)s holds %(seats)s seats on %(body)s on %(day)s; the "
                    "body allows at most %(maximum)s per party."
                )
                if is_certain
                else gettext(
                    "%(party)s may hold %(seats)s seats on %(body)s on %(day)s (the "
                    "dates leave it open); the body allows at most %(maximum)s per "
                    "party."
                )
            )
            found.append(
                Violation(
                    kind=ViolationKind.SEATS_PER_PARTY,
                    message=message
                    % {
                        **values,
                        "seats": certain[party_id]
                        if is_certain
                        else possible[party_id],
                        "maximum": maximum,
                    },
                    certain=is_certain,
                    assignments=own,
                    parties=(party,),
                    body=body,
                )
            )
    return found


def _intended(
    intended: list[RoleAssignment], context: dict[str, Any]
) -> list[Violation]:
    return [
        Violation(
            kind=ViolationKind.INTENDED,
            message=gettext(
                "Intended: %(party)s as %(role)s of %(target)s by %(target_date)s "
                "(not counted as a holder)."
            )
            % {
                **context,
                "party": a.party,
                "role": a.role_type,
                "target_date": _day(a.target_date) if a.target_date else "?",
            },
            certain=a.holds == Holds.YES,
            role_type=a.role_type,
            assignments=(a,),
            parties=(a.party,),
        )
        for a in intended
    ]


def incompatible_with_assignment(
    assignment: RoleAssignment,
) -> QuerySet[RoleAssignment]:
    """Current roles the same party holds for the same component or ecosystem,
    certainly in a period overlapping this one's, whose role types must not be
    combined with this one's."""
    span = periods.certain_span(assignment)
    if (
        span is None
        or assignment.status != AssignmentStatus.CURRENT
        or not (assignment.party_id and assignment.role_type_id)
        or not (assignment.component_id or assignment.ecosystem_id)
    ):
        return RoleAssignment.objects.none()
    return (
        RoleAssignment.objects.current()
        .overlapping(*span)
        .filter(
            party_id=assignment.party_id,
            component_id=assignment.component_id,
            ecosystem_id=assignment.ecosystem_id,
            role_type__in=assignment.role_type.incompatible_with.all(),
        )
        .exclude(pk=assignment.pk)
        .with_related()
    )


def check_day_for(assignment: RoleAssignment, today: date | None = None) -> date:
    """The day on which to check the roles around ``assignment``: today, or the
    nearest day on which it certainly holds when that is not today."""
    today = today or timezone.localdate()
    span = periods.certain_span(assignment)
    if span is None:
        return today
    start, end = span
    if today < start:
        return start
    if end is not None and today > end:
        return end
    return today


def role_check_for_assignment(
    assignment: RoleAssignment, *, user: Any = None
) -> list[Violation]:
    """The role check of what ``assignment`` is held for, on the day it is best
    read (see ``check_day_for``)."""
    day = check_day_for(assignment)
    if assignment.component_id:
        return role_check(component=assignment.component, day=day, user=user)
    if assignment.ecosystem_id:
        return role_check(ecosystem=assignment.ecosystem, day=day, user=user)
    return []

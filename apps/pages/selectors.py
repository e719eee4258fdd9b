"""Reads for the public pages; they span the register's apps.

Every read here is for an anonymous reader: published records only, through
``apps.core.publication.visible`` (also for prefetched links). The domain rules
stay in their homes (periods, the role check, coverage, members, on behalf of);
this module only gathers what a page shows, in a bounded number of queries
whatever the number of rows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch, Q, QuerySet
from django.urls import reverse

from apps.components.models import Component
from apps.contracts.constants import ContractStatus, ContractType
from apps.contracts.models import Contract, Lot, WorkCategory
from apps.core.constants import Certainty, Holds, PublicationState
from apps.core.models import Citation
from apps.core.publication import visible, visible_prefetches
from apps.funding.models import FundingStream
from apps.funding.selectors import contracts_with_coverage, coverage
from apps.goals.models import (
    ImprovementGoal,
    ReliabilityScore,
    ReliabilityTheme,
    Review,
)
from apps.parties.constants import PartyKind
from apps.parties.models import Membership, Party
from apps.roles.constants import AssignmentStatus, RoleScope, ViolationKind
from apps.roles.models import RoleAssignment, RoleType
from apps.roles.rules import Violation, role_check
from apps.timeline.models import Event

#: Who reads the public pages: nobody logged in.
PUBLIC = AnonymousUser()

ZERO = Decimal("0.00")


def public(queryset: QuerySet) -> QuerySet:
    """The records of ``queryset`` the public may read, prefetched links too."""
    return visible_prefetches(visible(queryset, PUBLIC), PUBLIC)


def with_citations(queryset: QuerySet, *paths: str) -> QuerySet:
    """Each record's citations with their published sources (for "what it
    rests on"), also of the records at ``paths`` (prefetched links)."""
    citations = Citation.objects.filter(
        source__publication_state=PublicationState.PUBLISHED
    ).select_related("source")
    lookups = [
        Prefetch(f"{path}__citations" if path else "citations", queryset=citations)
        for path in ("", *paths)
    ]
    return queryset.prefetch_related(*lookups)


# -- components ------------------------------------------------------------------


def components() -> QuerySet[Component]:
    return public(Component.objects.order_by("name"))


def component_assignments(component: Component) -> QuerySet[RoleAssignment]:
    """Every published role of ``component``, with party and role type."""
    return with_citations(
        public(
            RoleAssignment.objects.filter(component=component)
            .with_related()
            .order_by("role_type__position", "role_type__name", "party__name", "pk")
        )
    )


def component_contracts(component: Component) -> QuerySet[Contract]:
    """Every published contract covering ``component``, with lots and totals."""
    return with_citations(
        public(
            contracts_with_coverage(
                Contract.objects.filter(components=component).with_related(),
                user=PUBLIC,
            ).order_by("start_earliest", "title", "pk")
        ),
        "lots",
    )


@dataclass
class MatrixCell:
    """Who holds a role type: a party's current and intended assignments."""

    current: list[RoleAssignment] = field(default_factory=list)
    intended: list[RoleAssignment] = field(default_factory=list)
    #: Violations this cell takes part in (incompatible roles combined).
    violations: list[Violation] = field(default_factory=list)

    @property
    def holds(self) -> str:
        """yes, unknown (the dates leave it open) or no, for the current ones."""
        answers = {getattr(a, "holds", Holds.UNKNOWN) for a in self.current}
        if Holds.YES in answers:
            return Holds.YES
        return Holds.UNKNOWN if answers else Holds.NO


@dataclass
class MatrixRow:
    role_type: RoleType
    cells: list[MatrixCell]
    #: The row's own violations: vacant, too few, too many holders.
    violations: list[Violation] = field(default_factory=list)
    #: The matrix's columns, in the order of ``cells``.
    parties: list[Party] = field(default_factory=list)

    @property
    def zipped(self) -> list[tuple[Party, MatrixCell]]:
        return list(zip(self.parties, self.cells, strict=True))

    @property
    def holders(self) -> int:
        return sum(1 for cell in self.cells if cell.current)

    @property
    def single_holder(self) -> bool:
        """Held by one party only: nobody else could take it over."""
        return self.holders == 1


@dataclass
class Matrix:
    """Role types by parties on a day, with the rule check's violations."""

    day: date
    parties: list[Party]
    rows: list[MatrixRow]
    violations: list[Violation]

    @property
    def by_party(self) -> list[tuple[Party, list[tuple[MatrixRow, MatrixCell]]]]:
        """The matrix turned: per party, its cell under each role type."""
        return [
            (party, [(row, row.cells[index]) for row in self.rows])
            for index, party in enumerate(self.parties)
        ]


ROW_KINDS = {
    ViolationKind.REQUIRED_VACANT,
    ViolationKind.BELOW_MINIMUM,
    ViolationKind.ABOVE_MAXIMUM,
}


def role_matrix(component: Component, day: date) -> Matrix:
    """Who does what for ``component`` on ``day``: every component-scoped role
    type that is held, intended or required, against the parties holding them.

    Violations come from the role check (``apps.roles.rules.role_check``), which
    is the one home of the rules; the matrix only places them."""
    violations = role_check(component=component, day=day, user=PUBLIC)
    assignments = list(
        with_citations(
            public(
                RoleAssignment.objects.filter(component=component)
                .active_on(day, Certainty.POSSIBLE)
                .with_holds_on(day)
                .with_related()
            )
        )
    )
    role_types = {
        role_type.pk: role_type
        for role_type in public(
            RoleType.objects.filter(scope=RoleScope.COMPONENT).order_by(
                "position", "name"
            )
        )
    }
    row_violations: dict[int, list[Violation]] = defaultdict(list)
    for violation in violations:
        if violation.kind in ROW_KINDS and violation.role_type is not None:
            row_violations[violation.role_type.pk].append(violation)
    shown = {a.role_type_id for a in assignments} | set(row_violations)
    parties = sorted(
        {a.party_id: a.party for a in assignments}.values(), key=lambda p: p.name
    )
    column = {party.pk: index for index, party in enumerate(parties)}
    rows = []
    for role_type in role_types.values():
        if role_type.pk not in shown:
            continue
        cells = [MatrixCell() for _ in parties]
        for assignment in assignments:
            if assignment.role_type_id != role_type.pk:
                continue
            cell = cells[column[assignment.party_id]]
            if assignment.status == AssignmentStatus.INTENDED:
                cell.intended.append(assignment)
            else:
                cell.current.append(assignment)
        rows.append(
            MatrixRow(role_type, cells, row_violations.get(role_type.pk, []), parties)
        )
    for violation in violations:
        if violation.kind != ViolationKind.INCOMPATIBLE:
            continue
        involved = {a.pk for a in violation.assignments}
        for row in rows:
            for cell in row.cells:
                if any(a.pk in involved for a in cell.current):
                    cell.violations.append(violation)
    return Matrix(day, parties, rows, violations)


# -- the overview ----------------------------------------------------------------


@dataclass
class ComponentCard:
    component: Component
    matrix: Matrix
    parties_by_kind: list[tuple[str, list[Party]]]
    contracts_in_force: list[Contract]
    value_in_force: Decimal | None
    value_complete: bool
    funding_this_year: Decimal
    goals_by_status: list[tuple[str, int]]
    last_review: Review | None

    @property
    def open_violations(self) -> list[Violation]:
        return [v for v in self.matrix.violations if v.kind != ViolationKind.INTENDED]


def parties_by_kind(parties: list[Party]) -> list[tuple[str, list[Party]]]:
    grouped: dict[str, list[Party]] = defaultdict(list)
    for party in sorted({p.pk: p for p in parties}.values(), key=lambda p: p.name):
        grouped[party.kind].append(party)
    order = [kind for kind, _label in PartyKind.choices]
    return [
        (str(PartyKind(kind).label), grouped[kind]) for kind in order if kind in grouped
    ]


def contracts_in_force(component: Component, day: date) -> list[Contract]:
    return list(
        public(
            contracts_with_coverage(
                Contract.objects.filter(components=component)
                .with_related()
                .in_status(ContractStatus.IN_FORCE, day, Certainty.POSSIBLE)
                .with_status(day),
                user=PUBLIC,
            ).order_by("title", "pk")
        )
    )


def component_streams(component: Component) -> QuerySet[FundingStream]:
    """The published streams that pay for work on ``component``: for it, or for a
    contract or lot covering it (each once)."""
    covering = Contract.objects.filter(components=component).values("pk")
    return public(
        FundingStream.objects.filter(
            Q(component=component)
            | Q(contract__in=covering)
            | Q(lot__contract__in=covering)
        ).with_related()
    )


def year_amount(stream: FundingStream, year: int) -> Decimal:
    """What ``stream`` pays in ``year``: its yearly amount when it states them,
    else its whole amount in the year it starts, when that year is known."""
    amounts = list(stream.amounts.all())
    if amounts:
        return sum((a.amount for a in amounts if a.year == year), ZERO)
    start = stream.start_earliest
    if (
        start is not None
        and stream.start_latest is not None
        and start.year == stream.start_latest.year == year
    ):
        return stream.amount or ZERO
    return ZERO


def component_card(component: Component, day: date) -> ComponentCard:
    matrix = role_matrix(component, day)
    in_force = contracts_in_force(component, day)
    totals = [c.total for c in in_force]
    known = [t.amount for t in totals if t.amount is not None]
    parties = [p for p in matrix.parties] + [
        party for c in in_force for party in (c.client, c.contractor)
    ]
    streams = list(component_streams(component))
    goals = public(
        ImprovementGoal.objects.filter(theme__component=component).order_by()
    ).values_list("status", flat=True)
    counts: dict[str, int] = defaultdict(int)
    for status in goals:
        counts[status] += 1
    from apps.goals.constants import GoalStatus

    return ComponentCard(
        component=component,
        matrix=matrix,
        parties_by_kind=parties_by_kind(parties),
        contracts_in_force=in_force,
        value_in_force=sum(known, ZERO) if known else None,
        value_complete=bool(totals) and all(t.complete for t in totals),
        funding_this_year=sum((year_amount(s, day.year) for s in streams), ZERO),
        goals_by_status=[
            (str(label), counts[value])
            for value, label in GoalStatus.choices
            if counts.get(value)
        ],
        last_review=public(Review.objects.filter(component=component, held_on__lte=day))
        .order_by("-held_on")
        .first(),
    )


def recent_events(day: date, limit: int = 8) -> list[Event]:
    """What changed lately: the newest dated events up to ``day``."""
    return list(
        with_citations(
            public(
                Event.objects.filter(date__lte=day)
                .select_related("component")
                .prefetch_related("parties")
                .order_by("-date", "-pk")
            )
        )[:limit]
    )


# -- timeline --------------------------------------------------------------------


@dataclass
class Bar:
    """One record on a timeline, its boundaries as windows (see periods)."""

    label: str
    detail: str
    url: str
    kind: str  # role, one_off, continuous
    record: Any
    # x positions in the drawing (0..width)
    start_from: float = 0.0
    start_to: float = 0.0
    end_from: float = 0.0
    end_to: float = 0.0
    open_end: bool = False
    unknown_end: bool = False
    unknown_start: bool = False
    y: float = 0.0
    #: where the drawing's time axis starts (after the labels)
    offset: float = 0.0

    @property
    def label_y(self) -> float:
        return self.y + 14

    @property
    def segments(self) -> list[tuple[float, float, str]]:
        """(x, width, how) pieces: ``fade-in`` where the start lies somewhere,
        ``solid`` where it certainly holds, ``fade-out`` where the end lies
        somewhere (or is unknown)."""
        pieces = []
        if self.start_to > self.start_from:
            pieces.append((self.start_from, self.start_to - self.start_from, "fade-in"))
        if self.end_from > self.start_to:
            pieces.append((self.start_to, self.end_from - self.start_to, "solid"))
        if self.end_to > self.end_from:
            pieces.append((self.end_from, self.end_to - self.end_from, "fade-out"))
        if not pieces:
            pieces.append((self.start_to, 2.0, "solid"))
        return [
            (round(self.offset + x, 1), round(max(w, 2.0), 1), how)
            for x, w, how in pieces
        ]


@dataclass
class Timeline:
    first_year: int
    last_year: int
    width: int
    label_width: int
    row_height: int
    bars: list[Bar]
    years: list[tuple[int, float]]
    today_x: float

    @property
    def height(self) -> int:
        return 30 + self.row_height * len(self.bars) + 10

    @property
    def plot_width(self) -> int:
        return self.width - self.label_width


def _x(day: date, first: date, last: date, width: float) -> float:
    total = (last - first).days or 1
    offset = min(max((day - first).days, 0), total)
    return round(offset / total * width, 1)


def timeline(
    assignments: list[RoleAssignment],
    contracts: list[Contract],
    day: date,
) -> Timeline:
    """Roles and contract lots over the years, uncertain boundaries as windows:
    a start somewhere in its window, an end somewhere in its own, an unknown end
    fading out after it was last confirmed."""
    from apps.core.constants import Precision
    from apps.core.periods import period_display

    items: list[tuple[Any, str, str, str]] = []
    for assignment in assignments:
        label = f"{assignment.role_type.name}: {assignment.party.name}"
        if assignment.status == AssignmentStatus.INTENDED:
            label += " (" + str(AssignmentStatus.INTENDED.label) + ")"
        items.append(
            (
                assignment,
                label,
                "role",
                reverse("pages:party", args=[assignment.party.slug]),
            )
        )
    for contract in contracts:
        for lot in contract.lots.all():
            kind = (
                "continuous"
                if lot.contract_type == ContractType.CONTINUOUS
                else "one_off"
            )
            items.append(
                (
                    lot,
                    f"{contract.title}: {lot.name}",
                    kind,
                    reverse("pages:contract", args=[contract.uuid]),
                )
            )
    dates = [day]
    for record, *_rest in items:
        dates += [
            d
            for d in (
                record.start_earliest,
                record.start_latest,
                record.end_earliest,
                record.end_latest,
            )
            if d
        ]
    first = date(min(d.year for d in dates), 1, 1)
    last = date(max(d.year for d in dates) + 1, 1, 1)
    label_width, width = 300, 960
    plot = width - label_width
    bars = []
    for index, (record, label, kind, url) in enumerate(items):
        start_from = record.start_earliest or first
        start_to = record.start_latest or start_from
        ongoing = record.end_precision == Precision.ONGOING
        if ongoing:
            end_from = end_to = max(day, start_to)
        elif record.end_latest:
            end_from, end_to = record.end_earliest or start_to, record.end_latest
        else:  # end unknown: certainly until last confirmed, open after
            end_from = record.end_earliest or start_to
            end_to = max(end_from, day)
        bars.append(
            Bar(
                label=label,
                detail=period_display(record),
                url=url,
                kind=kind,
                record=record,
                start_from=_x(start_from, first, last, plot),
                start_to=_x(start_to, first, last, plot),
                end_from=_x(end_from, first, last, plot),
                end_to=_x(end_to, first, last, plot),
                open_end=ongoing,
                unknown_end=not ongoing and record.end_latest is None,
                unknown_start=record.start_earliest is None,
                y=30 + index * 22,
                offset=label_width,
            )
        )
    years = [
        (year, _x(date(year, 1, 1), first, last, plot))
        for year in range(first.year, last.year + 1)
    ]
    return Timeline(
        first.year,
        last.year,
        width,
        label_width,
        22,
        bars,
        years,
        _x(day, first, last, plot),
    )


# -- parties ---------------------------------------------------------------------


def parties(
    *,
    kind: str = "",
    role_type: RoleType | None = None,
    component: Component | None = None,
    member_of: Party | None = None,
    search: str = "",
    day: date,
) -> QuerySet[Party]:
    """The published parties, filtered as the parties page offers."""
    queryset = public(Party.objects.all())
    if kind:
        queryset = queryset.filter(kind=kind)
    if search:
        text = search.strip()
        queryset = queryset.filter(
            Q(pk__in=Party.objects.search(text).values("pk"))
            | Q(cbs_code__iexact=text)
            | Q(oin=text)
        )
    held = public(RoleAssignment.objects.all()).active_on(day, Certainty.POSSIBLE)
    if role_type is not None:
        queryset = queryset.filter(
            pk__in=held.filter(role_type=role_type).values("party_id")
        )
    if component is not None:
        queryset = queryset.filter(
            Q(pk__in=held.filter(component=component).values("party_id"))
            | Q(
                pk__in=public(Contract.objects.filter(components=component)).values(
                    "contractor_id"
                )
            )
            | Q(
                pk__in=public(Contract.objects.filter(components=component)).values(
                    "client_id"
                )
            )
        )
    if member_of is not None:
        queryset = queryset.members_of(
            member_of, day, Certainty.POSSIBLE, published_only=True
        )
    return with_citations(queryset.order_by("name"))


@dataclass
class PartyPage:
    party: Party
    day: date
    names: list
    memberships: list[Membership]
    members: list[Membership]
    members_on_day: list[Party]
    roles_now: list[RoleAssignment]
    roles_before: list[RoleAssignment]
    contracts_as_client: list[Contract]
    contracts_as_contractor: list[Contract]
    funding_given: list[FundingStream]
    funding_received: list[FundingStream]
    funding_through: list[FundingStream]
    on_behalf: dict[str, list[Any]]
    goals_owned: list[ImprovementGoal]
    components_used: list[Component]


def _memberships() -> QuerySet[Membership]:
    return with_citations(
        public(Membership.objects.select_related("member", "organisation"))
    )


def party_page(party: Party, day: date) -> PartyPage:
    """Everything a party page shows of ``party`` on ``day``."""
    from apps.parties.selectors import records_on_behalf_of

    memberships = list(
        _memberships()
        .filter(Q(member=party) | Q(organisation=party))
        .with_holds_on(day)
        .order_by("start_earliest", "pk")
    )
    members_on_day = list(
        public(Party.objects.all())
        .members_of(party, day, Certainty.POSSIBLE, published_only=True)
        .order_by("name")
    )
    roles = list(
        with_citations(
            public(
                RoleAssignment.objects.filter(party=party)
                .with_related()
                .with_holds_on(day)
                .order_by("component__name", "role_type__position", "pk")
            )
        )
    )
    contracts = list(
        with_citations(
            public(
                contracts_with_coverage(
                    Contract.objects.filter(Q(client=party) | Q(contractor=party))
                    .with_related()
                    .with_status(day),
                    user=PUBLIC,
                ).order_by("start_earliest", "title", "pk")
            )
        )
    )
    streams = list(
        with_citations(
            public(
                FundingStream.objects.filter(
                    Q(funder=party)
                    | Q(recipient=party)
                    | Q(pk__in=FundingStream.objects.through(party).values("pk"))
                )
                .with_related()
                .order_by("start_earliest", "title", "pk")
            )
        )
    )
    on_behalf: dict[str, list[Any]] = {}
    for model, queryset in records_on_behalf_of(
        party, Certainty.POSSIBLE, published_only=True
    ).items():
        if hasattr(queryset, "with_related"):
            queryset = queryset.with_related()
        records = list(public(queryset).order_by("pk")[:200])
        if records:
            on_behalf[str(model._meta.verbose_name_plural)] = records
    used = {a.component_id: a.component for a in roles if a.component_id}
    return PartyPage(
        party=party,
        day=day,
        names=list(party.names.order_by("start_earliest", "name")),
        memberships=[m for m in memberships if m.member_id == party.pk],
        members=[m for m in memberships if m.organisation_id == party.pk],
        members_on_day=members_on_day,
        roles_now=[r for r in roles if r.holds != Holds.NO],
        roles_before=[r for r in roles if r.holds == Holds.NO],
        contracts_as_client=[c for c in contracts if c.client_id == party.pk],
        contracts_as_contractor=[c for c in contracts if c.contractor_id == party.pk],
        funding_given=[s for s in streams if s.funder_id == party.pk],
        funding_received=[s for s in streams if s.recipient_id == party.pk],
        funding_through=[
            s for s in streams if party.pk in {hop.party_id for hop in s.hops.all()}
        ],
        on_behalf=on_behalf,
        goals_owned=list(
            public(
                ImprovementGoal.objects.filter(owner=party).select_related(
                    "theme", "theme__component"
                )
            ).order_by("target_date", "pk")
        ),
        components_used=sorted(used.values(), key=lambda c: c.name),
    )


def municipalities(search: str = "") -> QuerySet[Party]:
    """The municipalities a reader may pick, by name, former name or CBS code."""
    queryset = public(Party.objects.filter(kind=PartyKind.MUNICIPALITY))
    text = search.strip()
    if text:
        code = text.upper()
        if code.isdigit():
            code = f"GM{int(code):04d}"
        queryset = queryset.filter(
            Q(pk__in=Party.objects.search(text).values("pk")) | Q(cbs_code=code)
        )
    return queryset.order_by("name")


# -- contracts -------------------------------------------------------------------


def contracts(
    *,
    component: Component | None = None,
    client: Party | None = None,
    contractor: Party | None = None,
    work_category: WorkCategory | None = None,
    contract_type: str = "",
    in_force: bool = False,
    day: date,
) -> QuerySet[Contract]:
    queryset = Contract.objects.with_related().with_status(day)
    if component is not None:
        queryset = queryset.filter(components=component)
    if client is not None:
        queryset = queryset.filter(client=client)
    if contractor is not None:
        queryset = queryset.filter(contractor=contractor)
    lots: dict[str, Any] = {"publication_state": PublicationState.PUBLISHED}
    if work_category is not None:
        lots["work_category"] = work_category
    if contract_type:
        lots["contract_type"] = contract_type
    if len(lots) > 1:
        queryset = queryset.with_lots_where(**lots)
    if in_force:
        queryset = queryset.in_status(ContractStatus.IN_FORCE, day, Certainty.POSSIBLE)
    return with_citations(
        public(
            contracts_with_coverage(queryset, user=PUBLIC).order_by(
                "start_earliest", "title", "pk"
            )
        )
    )


def contract_lots(contract: Contract) -> list[Lot]:
    return list(
        with_citations(
            public(
                Lot.objects.filter(contract=contract)
                .select_related("work_category", "predecessor__contract")
                .prefetch_related(
                    Prefetch(
                        "successors",
                        queryset=Lot.objects.published()
                        .filter(contract__publication_state=PublicationState.PUBLISHED)
                        .select_related("contract"),
                    )
                )
                .order_by("start_earliest", "name", "pk")
            )
        )
    )


def contract_roles(contract: Contract) -> list[RoleAssignment]:
    """The roles carried out under ``contract`` or one of its lots."""
    return list(
        public(
            RoleAssignment.objects.filter(
                Q(carried_out_under_contracts=contract)
                | Q(
                    pk__in=RoleAssignment.objects.filter(
                        carried_out_under_lots__contract=contract
                    ).values("pk")
                )
            )
            .with_related()
            .distinct()
            .order_by("role_type__position", "party__name")
        )
    )


def lot_coverages(lots: list[Lot]) -> dict[int, Any]:
    from apps.funding.selectors import lots_with_coverage

    annotated = lots_with_coverage(
        Lot.objects.filter(pk__in=[lot.pk for lot in lots]), user=PUBLIC
    )
    return {lot.pk: coverage(lot, user=PUBLIC) for lot in annotated}


# -- funding ---------------------------------------------------------------------


@dataclass
class FlowNode:
    party: Party
    column: int
    amount: Decimal = ZERO
    y: float = 0.0
    height: float = 0.0
    x: float = 0.0
    label_x: float = 0.0
    #: where the label's text is anchored: "start" (right of the bar) or "end"
    anchor: str = "start"

    @property
    def label_y(self) -> float:
        return round(self.y + 12, 1)


@dataclass
class FlowLink:
    source: FlowNode
    target: FlowNode
    amount: Decimal = ZERO
    source_y: float = 0.0
    target_y: float = 0.0
    width: float = 0.0

    @property
    def path(self) -> str:
        """An S-curve from the source's right edge to the target's left edge."""
        x0 = self.source.x + NODE_WIDTH
        x1 = self.target.x
        middle = round((x0 + x1) / 2, 1)
        y0, y1 = round(self.source_y, 1), round(self.target_y, 1)
        return f"M {x0} {y0} C {middle} {y0}, {middle} {y1}, {x1} {y1}"


@dataclass
class Flow:
    """Funders → intermediaries → recipients; each stream's euros once."""

    year: int | None
    streams: list[FundingStream]
    amounts: dict[int, Decimal]
    nodes: list[FlowNode]
    links: list[FlowLink]
    total: Decimal
    per_category: list[tuple[str, Decimal]]
    years: list[int]
    columns: int
    width: int = 960
    height: int = 0


def stream_amount(stream: FundingStream, year: int | None) -> Decimal:
    if year is None:
        return stream.amount or ZERO
    return year_amount(stream, year)


def stream_category(stream: FundingStream) -> str:
    if stream.lot_id:
        return stream.lot.work_category.name
    if stream.work_category_id:
        return stream.work_category.name
    if stream.contract_id:
        categories = {lot.work_category.name for lot in stream.contract.lots.all()}
        if len(categories) == 1:
            return categories.pop()
    return ""


def funding_flow(
    component: Component | None, year: int | None, day: date | None = None
) -> Flow:
    """The flow of money for ``component`` (or the whole register) in ``year``
    (or over all years), as the register knew it on ``day``: the streams that
    may have started by then."""
    queryset = (
        component_streams(component)
        if component is not None
        else public(FundingStream.objects.with_related())
    )
    if day is not None:
        queryset = queryset.filter(
            Q(start_earliest__isnull=True) | Q(start_earliest__lte=day)
        )
    queryset = queryset.select_related(
        "lot__work_category", "work_category"
    ).prefetch_related(
        Prefetch(
            "contract__lots",
            queryset=Lot.objects.published().select_related("work_category"),
        )
    )
    streams = list(with_citations(queryset.order_by("funder__name", "title", "pk")))
    years = sorted(
        {a.year for s in streams for a in s.amounts.all()}
        | {
            s.start_earliest.year
            for s in streams
            if not s.amounts.all()
            and s.start_earliest
            and s.start_latest
            and s.start_earliest.year == s.start_latest.year
        }
    )
    amounts = {s.pk: stream_amount(s, year) for s in streams}
    counted = [s for s in streams if amounts[s.pk] > 0]
    depth = max((len(s.hops.all()) for s in counted), default=0)
    columns = depth + 2
    nodes: dict[tuple[int, int], FlowNode] = {}
    links: dict[tuple[int, int, int, int], FlowLink] = {}
    for stream in counted:
        route = [stream.funder, *stream.intermediaries, stream.recipient]
        places = [0, *range(1, len(route) - 1), columns - 1]
        previous = None
        for party, column in zip(route, places, strict=True):
            node = nodes.setdefault(
                (column, party.pk), FlowNode(party=party, column=column)
            )
            node.amount += amounts[stream.pk]
            if previous is not None:
                key = (previous.column, previous.party.pk, column, party.pk)
                link = links.setdefault(key, FlowLink(previous, node))
                link.amount += amounts[stream.pk]
            previous = node
    total = sum(amounts[s.pk] for s in counted) if counted else ZERO
    per_category: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for stream in counted:
        per_category[stream_category(stream)] += amounts[stream.pk]
    flow = Flow(
        year=year,
        streams=streams,
        amounts=amounts,
        nodes=sorted(nodes.values(), key=lambda n: (n.column, -n.amount, n.party.name)),
        links=list(links.values()),
        total=total,
        per_category=sorted(per_category.items(), key=lambda item: -item[1]),
        years=years,
        columns=columns,
    )
    _lay_out(flow)
    return flow


NODE_WIDTH = 14


def _lay_out(flow: Flow) -> None:
    """Place the nodes in their columns, heights by amount, and the links."""
    gap, scale_height, margin = 12, 360, 10
    step = (flow.width - 2 * margin - NODE_WIDTH) / max(flow.columns - 1, 1)
    for node in flow.nodes:
        node.x = round(margin + node.column * step, 1)
        last = node.column == flow.columns - 1 and flow.columns > 1
        node.anchor = "end" if last else "start"
        node.label_x = node.x - 4 if last else node.x + NODE_WIDTH + 4
    by_column: dict[int, list[FlowNode]] = defaultdict(list)
    for node in flow.nodes:
        by_column[node.column].append(node)
    largest = max(
        (sum(n.amount for n in nodes) for nodes in by_column.values()), default=ZERO
    )
    if not largest:
        flow.height = 0
        return
    heights = []
    for nodes in by_column.values():
        y = 10.0
        for node in nodes:
            node.height = round(
                max(float(node.amount / largest) * scale_height, 4.0), 1
            )
            node.y = round(y, 1)
            y += node.height + gap
        heights.append(y)
    flow.height = int(max(heights)) + 10
    out_offset: dict[int, float] = defaultdict(float)
    in_offset: dict[int, float] = defaultdict(float)
    for link in sorted(flow.links, key=lambda lk: (lk.source.y, lk.target.y)):
        link.width = round(max(float(link.amount / largest) * scale_height, 1.5), 1)
        link.source_y = link.source.y + out_offset[id(link.source)] + link.width / 2
        link.target_y = link.target.y + in_offset[id(link.target)] + link.width / 2
        out_offset[id(link.source)] += link.width
        in_offset[id(link.target)] += link.width


# -- goals -----------------------------------------------------------------------


def themes(component: Component | None) -> list[ReliabilityTheme]:
    queryset = public(
        ReliabilityTheme.objects.select_related("component").prefetch_related(
            Prefetch(
                "improvement_goals",
                queryset=ImprovementGoal.objects.select_related("owner").order_by(
                    "position", "pk"
                ),
            )
        )
    )
    if component is not None:
        queryset = queryset.filter(component=component)
    return list(
        with_citations(
            queryset.order_by("component__name", "position", "pk"),
            "improvement_goals",
        )
    )


def latest_reviews(component: Component | None, day: date) -> list[Review]:
    """The latest review held by ``day`` of ``component``, or of each component
    (and the latest of the reviews of no component) when none is given."""
    latest: dict[int, Review] = {}
    for review in _reviews(component, day).order_by("-held_on", "-pk"):
        latest.setdefault(review.component_id, review)
    return sorted(
        latest.values(),
        key=lambda r: (r.component.name if r.component else "", r.pk),
    )


def _reviews(component: Component | None, day: date) -> QuerySet[Review]:
    queryset = public(
        Review.objects.filter(held_on__lte=day)
        .select_related("component", "coordinator")
        .prefetch_related(
            Prefetch(
                "scores",
                queryset=ReliabilityScore.objects.filter(
                    dimension__publication_state=PublicationState.PUBLISHED
                ).select_related("dimension"),
            )
        )
    )
    if component is not None:
        queryset = queryset.filter(component=component)
    return queryset


# -- search ----------------------------------------------------------------------


@dataclass
class SearchResults:
    text: str
    parties: list[Party]
    components: list[Component]
    contracts: list[Contract]
    goals: list[ImprovementGoal]

    @property
    def count(self) -> int:
        return (
            len(self.parties)
            + len(self.components)
            + len(self.contracts)
            + len(self.goals)
        )


def search(text: str, limit: int = 50) -> SearchResults:
    text = text.strip()
    if not text:
        return SearchResults(text, [], [], [], [])
    return SearchResults(
        text=text,
        parties=list(public(Party.objects.search(text)).order_by("name")[:limit]),
        components=list(
            public(
                Component.objects.filter(
                    Q(name__icontains=text) | Q(description__icontains=text)
                )
            ).order_by("name")[:limit]
        ),
        contracts=list(
            public(
                Contract.objects.filter(
                    Q(title__icontains=text)
                    | Q(procurement_reference__icontains=text)
                    | Q(
                        pk__in=Lot.objects.published()
                        .filter(name__icontains=text)
                        .values("contract_id")
                    )
                )
            ).order_by("title")[:limit]
        ),
        goals=list(
            public(
                ImprovementGoal.objects.filter(
                    Q(title__icontains=text) | Q(description__icontains=text)
                ).select_related("theme")
            ).order_by("title")[:limit]
        ),
    )

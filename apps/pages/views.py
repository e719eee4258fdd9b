"""The public pages: server-rendered, published records only, as of any day."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import formats
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from apps.components.models import Component
from apps.contracts.constants import ContractType
from apps.contracts.models import Contract, WorkCategory
from apps.core.periods import period_display
from apps.funding.selectors import contracts_with_coverage
from apps.parties.constants import PartyKind
from apps.parties.models import Membership, Party
from apps.roles.models import RoleType

from . import cache, selectors, tables
from .asof import PARAMETER, as_of
from .presentation import basis_text, certainty_text, money, status_label

PAGE_SIZE = 50
#: The most rows a CSV download holds.
CSV_ROWS = 10_000


class PageView(TemplateView):
    """A public page: its "as of" day (``?op=``), breadcrumbs, and its tables,
    each also as CSV (``?csv=<name>``)."""

    title: Any = ""

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not cache.cacheable(request):
            return self.render(request, **kwargs)
        key = cache.page_key(request)
        cached = cache.cached_page(request, key)
        if cached is not None:
            return cached
        response = self.render(request, **kwargs)
        cache.keep_page(key, response)
        return response

    def render(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        self.day, self.as_of_form, self.is_today = as_of(request.GET)
        context = self.get_context_data(**kwargs)
        name = request.GET.get("csv")
        if name is not None:
            found = tables.tables_by_name(context.get("tables", []))
            if name not in found:
                raise Http404
            return found[name].csv_response(str(context.get("title", "tabel")))
        status = 400 if self.as_of_form.errors or context.get("invalid") else 200
        response = self.render_to_response(context, status=status)
        return response.render()

    def get_title(self) -> str:
        return str(self.title)

    def paged(self, queryset: Any) -> tuple[Any, Any]:
        """The requested page of ``queryset``, and the rows its table holds: the
        page's, or for the CSV every row of the filters."""
        page = Paginator(queryset, PAGE_SIZE).get_page(self.request.GET.get("pagina"))
        rows = queryset[:CSV_ROWS] if "csv" in self.request.GET else page.object_list
        return page, rows

    def get_breadcrumbs(self) -> list[dict[str, str]]:
        return [{"label": gettext("Overview"), "url": reverse("home")}]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("csv", None)
        context.update(
            day=self.day,
            is_today=self.is_today,
            as_of_form=self.as_of_form,
            as_of_parameter=PARAMETER,
            query=query.urlencode(),
            title=self.get_title(),
        )
        crumbs = self.get_breadcrumbs()
        crumbs.append({"label": context["title"], "url": ""})
        context["breadcrumbs"] = crumbs if len(crumbs) > 1 else []
        return context


def language_switch(request: HttpRequest, code: str) -> HttpResponse:
    """Switch the pages' language by a link (a page is the same for every
    reader, so it carries no form token), then go back to ``next``."""
    if code not in dict(settings.LANGUAGES):
        raise Http404
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE or "Lax",
    )
    return response


# -- overview --------------------------------------------------------------------


class HomeView(PageView):
    """Per component, the at-a-glance card, and what changed lately."""

    template_name = "pages/home.html"
    title = _("Ecosystem register")

    def get_breadcrumbs(self) -> list[dict[str, str]]:
        return []

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        page = Paginator(selectors.components(), 10).get_page(
            self.request.GET.get("pagina")
        )
        cards = [selectors.component_card(c, self.day) for c in page.object_list]
        context.update(page=page, cards=cards, events=selectors.recent_events(self.day))
        summary = tables.Table(
            "componenten",
            gettext("Components at a glance"),
            [
                gettext("Component"),
                gettext("Roles held"),
                gettext("Rule violations"),
                gettext("Contracts in force"),
                gettext("Value in force"),
                gettext("Funding this year"),
            ],
        )
        for card in cards:
            summary.add(
                tables.Cell(
                    card.component.name,
                    reverse("pages:component", args=[card.component.slug]),
                ),
                sum(row.holders for row in card.matrix.rows),
                len(card.open_violations),
                len(card.contracts_in_force),
                tables.Cell(
                    money(card.value_in_force),
                    note="" if card.value_complete else gettext("at least"),
                    numeric=True,
                ),
                tables.Cell(money(card.funding_this_year), numeric=True),
            )
        changes = tables.Table(
            "wijzigingen",
            gettext("What changed lately"),
            [gettext("Date"), gettext("What")],
        )
        for event in context["events"]:
            changes.add(event.display_date, event.title)
        context["tables"] = [summary, changes]
        return context


# -- components ------------------------------------------------------------------


class ComponentView(PageView):
    template_name = "pages/component.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        self.component = get_object_or_404(
            selectors.with_citations(selectors.components()), slug=self.kwargs["slug"]
        )
        context = super().get_context_data(**kwargs)
        card = selectors.component_card(self.component, self.day)
        assignments = list(selectors.component_assignments(self.component))
        contracts = list(selectors.component_contracts(self.component))
        context.update(
            component=self.component,
            card=card,
            matrix=card.matrix,
            timeline=selectors.timeline(assignments, contracts, self.day),
            assignments=assignments,
            contracts=contracts,
        )
        matrix = tables.Table(
            "rollen",
            gettext("Who does what on %(day)s")
            % {"day": formats.date_format(self.day, "DATE_FORMAT")},
            [
                gettext("Role"),
                gettext("Holder"),
                gettext("Status"),
                gettext("Period"),
                gettext("Basis"),
            ],
        )
        for row in card.matrix.rows:
            for party, cell in zip(card.matrix.parties, row.cells, strict=True):
                for assignment in cell.current + cell.intended:
                    matrix.add(
                        row.role_type.name,
                        tables.Cell(
                            party.name, reverse("pages:party", args=[party.slug])
                        ),
                        certainty_text(assignment, self.day),
                        period_display(assignment),
                        basis_text(assignment),
                    )
            if not row.holders and not any(c.intended for c in row.cells):
                matrix.add(row.role_type.name, gettext("vacant"), "", "", "")
        history = tables.Table(
            "tijdlijn",
            gettext("Roles and contracts over the years"),
            [gettext("What"), gettext("Kind"), gettext("Period"), gettext("Basis")],
        )
        kinds = {
            "role": gettext("role"),
            "one_off": gettext("one-off work"),
            "continuous": gettext("continuous work"),
        }
        for bar in context["timeline"].bars:
            history.add(
                tables.Cell(bar.label, bar.url),
                kinds[bar.kind],
                bar.detail,
                basis_text(bar.record),
            )
        context["tables"] = [matrix, history]
        return context

    def get_title(self) -> str:
        return self.component.name


# -- parties ---------------------------------------------------------------------


class FilterForm(forms.Form):
    """A page's filters; ``FILTERS`` maps each field to the selector's argument."""

    FILTERS: dict[str, str] = {}

    def filters(self) -> dict[str, Any]:
        """The selector's arguments; none when a filter is invalid (the page
        shows the error and every row)."""
        if not self.is_valid():
            return {}
        return {
            argument: self.cleaned_data[name] for name, argument in self.FILTERS.items()
        }


class PartyFilterForm(FilterForm):
    FILTERS = {
        "soort": "kind",
        "rol": "role_type",
        "component": "component",
        "lid_van": "member_of",
        "q": "search",
    }

    q = forms.CharField(label=_("Name or code"), required=False, max_length=100)
    soort = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("all kinds")), *PartyKind.choices],
    )
    rol = forms.ModelChoiceField(
        label=_("Holds the role"),
        required=False,
        queryset=RoleType.objects.none(),
        to_field_name="slug",
        empty_label=_("any role"),
    )
    component = forms.ModelChoiceField(
        label=_("Works on the component"),
        required=False,
        queryset=Component.objects.none(),
        to_field_name="slug",
        empty_label=_("any component"),
    )
    lid_van = forms.ModelChoiceField(
        label=_("Member of"),
        required=False,
        queryset=Party.objects.none(),
        to_field_name="slug",
        empty_label=_("any organisation"),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["rol"].queryset = selectors.public(RoleType.objects.all()).order_by(
            "position", "name"
        )
        self.fields["component"].queryset = selectors.components()
        self.fields["lid_van"].queryset = selectors.public(
            Party.objects.filter(
                pk__in=Membership.objects.published().values("organisation_id")
            )
        ).order_by("name")


class PartyListView(PageView):
    template_name = "pages/party_list.html"
    title = _("Parties")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        form = PartyFilterForm(self.request.GET)
        queryset = selectors.parties(day=self.day, **form.filters())
        page, rows = self.paged(queryset)
        table = tables.Table(
            "partijen",
            gettext("Parties"),
            [gettext("Name"), gettext("Kind"), gettext("Period"), gettext("Basis")],
            empty=gettext("No party matches these filters."),
        )
        for party in rows:
            table.add(
                tables.Cell(party.name, reverse("pages:party", args=[party.slug])),
                party.get_kind_display(),
                period_display(party),
                basis_text(party),
            )
        context.update(form=form, page=page, tables=[table], invalid=bool(form.errors))
        return context


class PartyView(PageView):
    template_name = "pages/party.html"

    def get_party(self) -> Party:
        return get_object_or_404(
            selectors.with_citations(
                selectors.public(Party.objects.select_related("successor"))
            ),
            slug=self.kwargs["slug"],
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        self.party = self.get_party()
        context = super().get_context_data(**kwargs)
        page = selectors.party_page(self.party, self.day)
        context.update(party=self.party, info=page, tables=party_tables(page))
        return context

    def get_title(self) -> str:
        return self.party.name

    def get_breadcrumbs(self) -> list[dict[str, str]]:
        return [
            *super().get_breadcrumbs(),
            {"label": gettext("Parties"), "url": reverse("pages:parties")},
        ]


def party_tables(page: selectors.PartyPage) -> list[tables.Table]:
    day = page.day
    roles = tables.Table(
        "rollen",
        gettext("Roles"),
        [
            gettext("Component"),
            gettext("Role"),
            gettext("Status"),
            gettext("Period"),
            gettext("Basis"),
        ],
        empty=gettext("No roles on record."),
    )
    for assignment in page.roles_now + page.roles_before:
        target = assignment.component or assignment.ecosystem
        roles.add(
            tables.Cell(
                str(target),
                reverse("pages:component", args=[assignment.component.slug])
                if assignment.component
                else "",
            ),
            assignment.role_type.name,
            certainty_text(assignment, day),
            period_display(assignment),
            basis_text(assignment),
        )
    contracts = tables.Table(
        "contracten",
        gettext("Contracts"),
        [
            gettext("Contract"),
            gettext("Client"),
            gettext("Contractor"),
            gettext("Status"),
            gettext("Period"),
            gettext("Value"),
        ],
        empty=gettext("No contracts on record."),
    )
    for contract in page.contracts_as_client + page.contracts_as_contractor:
        total = contract.total
        contracts.add(
            tables.Cell(
                contract.title, reverse("pages:contract", args=[contract.uuid])
            ),
            contract.client.name,
            contract.contractor.name,
            status_label(contract),
            period_display(contract),
            tables.Cell(
                money(total.amount, total.currency),
                note="" if total.complete else gettext("at least"),
                numeric=True,
            ),
        )
    funding = tables.Table(
        "financiering",
        gettext("Funding"),
        [
            gettext("Stream"),
            gettext("From"),
            gettext("Through"),
            gettext("To"),
            gettext("Amount"),
            gettext("Period"),
        ],
        empty=gettext("No funding on record."),
    )
    seen = set()
    for stream in page.funding_given + page.funding_through + page.funding_received:
        if stream.pk in seen:
            continue
        seen.add(stream.pk)
        funding.add(
            stream.title,
            stream.funder.name,
            ", ".join(p.name for p in stream.intermediaries),
            stream.recipient.name,
            tables.Cell(money(stream.amount, stream.currency), numeric=True),
            period_display(stream),
        )
    members = tables.Table(
        "leden",
        gettext("Members on %(day)s")
        % {"day": formats.date_format(day, "DATE_FORMAT")},
        [gettext("Member"), gettext("Kind")],
        empty=gettext("No members on this day."),
    )
    for member in page.members_on_day:
        members.add(
            tables.Cell(member.name, reverse("pages:party", args=[member.slug])),
            member.get_kind_display(),
        )
    memberships = tables.Table(
        "lidmaatschappen",
        gettext("Memberships"),
        [
            gettext("Member"),
            gettext("Relation"),
            gettext("Organisation"),
            gettext("Period"),
            gettext("Basis"),
        ],
        empty=gettext("No memberships on record."),
    )
    for membership in page.memberships + page.members:
        memberships.add(
            membership.member.name,
            membership.get_membership_type_display(),
            membership.organisation.name,
            period_display(membership),
            basis_text(membership),
        )
    return [roles, contracts, funding, members, memberships]


class MunicipalityView(PageView):
    """Pick a municipality: by name, former name or CBS code."""

    template_name = "pages/municipality_pick.html"
    title = _("My municipality")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        text = self.request.GET.get("q", "")[:100]
        found = list(selectors.municipalities(text)) if text else []
        context.update(
            q=text,
            found=found,
            shown=found if text else list(selectors.municipalities()),
        )
        return context


class MunicipalityDetailView(PartyView):
    template_name = "pages/municipality.html"

    def get_party(self) -> Party:
        return get_object_or_404(
            selectors.with_citations(
                selectors.public(
                    Party.objects.filter(kind=PartyKind.MUNICIPALITY).select_related(
                        "successor"
                    )
                )
            ),
            slug=self.kwargs["slug"],
        )

    def get_breadcrumbs(self) -> list[dict[str, str]]:
        return [
            {"label": gettext("Overview"), "url": reverse("home")},
            {"label": gettext("My municipality"), "url": reverse("pages:municipality")},
        ]


# -- contracts -------------------------------------------------------------------


class ContractFilterForm(FilterForm):
    FILTERS = {
        "component": "component",
        "opdrachtgever": "client",
        "opdrachtnemer": "contractor",
        "werk": "work_category",
        "soort": "contract_type",
        "lopend": "in_force",
    }

    component = forms.ModelChoiceField(
        label=_("Component"),
        required=False,
        queryset=Component.objects.none(),
        to_field_name="slug",
        empty_label=_("any component"),
    )
    opdrachtgever = forms.ModelChoiceField(
        label=_("Client"),
        required=False,
        queryset=Party.objects.none(),
        to_field_name="slug",
        empty_label=_("any client"),
    )
    opdrachtnemer = forms.ModelChoiceField(
        label=_("Contractor"),
        required=False,
        queryset=Party.objects.none(),
        to_field_name="slug",
        empty_label=_("any contractor"),
    )
    werk = forms.ModelChoiceField(
        label=_("Work category"),
        required=False,
        queryset=WorkCategory.objects.none(),
        to_field_name="slug",
        empty_label=_("any work"),
    )
    soort = forms.ChoiceField(
        label=_("One-off or continuous"),
        required=False,
        choices=[("", _("both")), *ContractType.choices],
    )
    lopend = forms.BooleanField(label=_("Only in force on the day"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        contracts = selectors.public(Contract.objects.all())
        self.fields["component"].queryset = selectors.components()
        self.fields["opdrachtgever"].queryset = selectors.public(
            Party.objects.filter(pk__in=contracts.values("client_id"))
        ).order_by("name")
        self.fields["opdrachtnemer"].queryset = selectors.public(
            Party.objects.filter(pk__in=contracts.values("contractor_id"))
        ).order_by("name")
        self.fields["werk"].queryset = selectors.public(
            WorkCategory.objects.all()
        ).order_by("name")


class ContractListView(PageView):
    template_name = "pages/contract_list.html"
    title = _("Contracts")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        form = ContractFilterForm(self.request.GET)
        queryset = selectors.contracts(day=self.day, **form.filters())
        page, rows = self.paged(queryset)
        table = contract_table(list(rows), "contracten", gettext("Contracts"))
        context.update(form=form, page=page, tables=[table], invalid=bool(form.errors))
        return context


def contract_table(contracts: list[Contract], name: str, caption: str) -> tables.Table:
    table = tables.Table(
        name,
        caption,
        [
            gettext("Contract"),
            gettext("Client"),
            gettext("Contractor"),
            gettext("Work"),
            gettext("Status"),
            gettext("Period"),
            gettext("Value"),
            gettext("Basis"),
        ],
        empty=gettext("No contract matches these filters."),
    )
    for contract in contracts:
        total = contract.total
        work = ", ".join(
            f"{lot.work_category.name} ({lot.get_contract_type_display()})"
            for lot in contract.lots.all()
        )
        table.add(
            tables.Cell(
                contract.title, reverse("pages:contract", args=[contract.uuid])
            ),
            tables.Cell(
                contract.client.name,
                reverse("pages:party", args=[contract.client.slug]),
            ),
            tables.Cell(
                contract.contractor.name,
                reverse("pages:party", args=[contract.contractor.slug]),
            ),
            work,
            status_label(contract),
            period_display(contract),
            tables.Cell(
                money(total.amount, total.currency),
                note="" if total.complete else gettext("at least"),
                numeric=True,
            ),
            basis_text(contract),
        )
    return table


class ContractView(PageView):
    template_name = "pages/contract.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        self.contract = get_object_or_404(
            selectors.with_citations(
                selectors.public(
                    contracts_with_coverage(
                        Contract.objects.with_related().prefetch_related("successors"),
                        user=selectors.PUBLIC,
                    )
                ).with_status(self.day)
            ),
            uuid=self.kwargs["uuid"],
        )
        context = super().get_context_data(**kwargs)
        lots = selectors.contract_lots(self.contract)
        coverages = selectors.lot_coverages(lots)
        roles = selectors.contract_roles(self.contract)
        context.update(
            contract=self.contract,
            lots=[(lot, coverages.get(lot.pk)) for lot in lots],
            coverage=(
                cover := selectors.coverage(self.contract, user=selectors.PUBLIC)
            ),
            coverage_label=contract_coverage_label(cover.status),
            roles=roles,
            successors=[s for s in self.contract.successors.all() if s.is_published],
        )
        table = tables.Table(
            "kavels",
            gettext("Lots"),
            [
                gettext("Lot"),
                gettext("Work"),
                gettext("Kind"),
                gettext("Period"),
                gettext("Value"),
                gettext("Funding"),
                gettext("SLA"),
            ],
            empty=gettext("No lots on record."),
        )
        for lot, lot_coverage in context["lots"]:
            table.add(
                lot.name,
                lot.work_category.name,
                lot.get_contract_type_display(),
                period_display(lot),
                tables.Cell(money(lot.value, lot.currency), numeric=True),
                contract_coverage_label(lot_coverage.status) if lot_coverage else "",
                lot.sla or lot.sla_url,
            )
        context["tables"] = [table]
        return context

    def get_title(self) -> str:
        return self.contract.title

    def get_breadcrumbs(self) -> list[dict[str, str]]:
        return [
            *super().get_breadcrumbs(),
            {"label": gettext("Contracts"), "url": reverse("pages:contracts")},
        ]


# -- funding ---------------------------------------------------------------------


class FundingView(PageView):
    template_name = "pages/funding.html"
    title = _("Who pays what")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        component = None
        slug = self.request.GET.get("component")
        if slug:
            component = get_object_or_404(selectors.components(), slug=slug)
        year_text = self.request.GET.get("jaar", "")
        year = int(year_text) if year_text.isdigit() and len(year_text) == 4 else None
        flow = selectors.funding_flow(component, year, self.day)
        contracts = list(
            selectors.contracts(component=component, day=self.day)
            if component
            else selectors.contracts(day=self.day)
        )
        coverages = [
            (c, selectors.coverage(c, user=selectors.PUBLIC)) for c in contracts
        ]
        context.update(
            component=component,
            components=list(selectors.components()),
            flow=flow,
            year=year,
            coverages=coverages,
        )
        streams = tables.Table(
            "stromen",
            gettext("Every funding stream"),
            [
                gettext("Stream"),
                gettext("From"),
                gettext("Through"),
                gettext("To"),
                gettext("Pays for"),
                gettext("Amount"),
                gettext("Period"),
                gettext("Basis"),
            ],
            empty=gettext("No funding on record."),
        )
        for stream in flow.streams:
            target = stream.lot or stream.contract or stream.work_category or ""
            streams.add(
                stream.title,
                tables.Cell(
                    stream.funder.name,
                    reverse("pages:party", args=[stream.funder.slug]),
                ),
                ", ".join(p.name for p in stream.intermediaries),
                tables.Cell(
                    stream.recipient.name,
                    reverse("pages:party", args=[stream.recipient.slug]),
                ),
                str(target),
                tables.Cell(
                    money(flow.amounts[stream.pk], stream.currency), numeric=True
                ),
                period_display(stream),
                basis_text(stream),
            )
        categories = tables.Table(
            "werk",
            gettext("Totals per work category"),
            [gettext("Work category"), gettext("Amount")],
        )
        for name, amount in flow.per_category:
            categories.add(
                name or gettext("the contract as a whole"),
                tables.Cell(money(amount), numeric=True),
            )
        covered = tables.Table(
            "dekking",
            gettext("Coverage of each contract"),
            [
                gettext("Contract"),
                gettext("Value"),
                gettext("Funded"),
                gettext("Coverage"),
            ],
            empty=gettext("No contracts on record."),
        )
        for contract, contract_coverage in coverages:
            covered.add(
                tables.Cell(
                    contract.title, reverse("pages:contract", args=[contract.uuid])
                ),
                tables.Cell(
                    money(contract_coverage.value, contract_coverage.currency),
                    note=""
                    if contract_coverage.value_complete
                    else gettext("at least"),
                    numeric=True,
                ),
                tables.Cell(money(contract_coverage.funded), numeric=True),
                contract_coverage_label(contract_coverage.status),
            )
        context["tables"] = [streams, categories, covered]
        return context


def contract_coverage_label(status: str) -> str:
    from apps.funding.constants import CoverageStatus

    return str(CoverageStatus(status).label)


# -- goals -----------------------------------------------------------------------


class GoalsView(PageView):
    template_name = "pages/goals.html"
    title = _("Reliability goals")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        component = None
        slug = self.request.GET.get("component")
        if slug:
            component = get_object_or_404(selectors.components(), slug=slug)
        themes = selectors.themes(component)
        from .charts import score_charts

        reviews = [
            (review, score_charts(review))
            for review in selectors.latest_reviews(component, self.day)
        ]
        context.update(
            component=component,
            components=list(selectors.components()),
            themes=themes,
            reviews=reviews,
        )
        goals = tables.Table(
            "doelen",
            gettext("Improvement goals"),
            [
                gettext("Theme"),
                gettext("Goal"),
                gettext("Owner"),
                gettext("Status"),
                gettext("Target date"),
                gettext("Progress"),
            ],
            empty=gettext("No goals on record."),
        )
        for theme in themes:
            for goal in theme.improvement_goals.all():
                goals.add(
                    theme.name,
                    goal.title,
                    goal.owner.name if goal.owner else "",
                    goal.get_status_display(),
                    formats.date_format(goal.target_date, "DATE_FORMAT")
                    if goal.target_date
                    else "",
                    f"{goal.progress} %" if goal.progress is not None else "",
                )
        scores = tables.Table(
            "scores",
            gettext("Reliability-factor scores"),
            [
                gettext("Component"),
                gettext("Dimension"),
                gettext("Scenario"),
                gettext("Horizontal score"),
                gettext("Vertical score"),
            ],
            empty=gettext("No review with scores yet."),
        )
        for review, charts in reviews:
            for chart in charts:
                for point in chart.points:
                    scores.add(
                        review.component.name if review.component else "",
                        chart.dimension.name,
                        point.label,
                        formats.number_format(point.x, 2),
                        formats.number_format(point.y, 2),
                    )
        context["tables"] = [goals, scores]
        return context


# -- search ----------------------------------------------------------------------


class SearchView(PageView):
    template_name = "pages/search.html"
    title = _("Search")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        text = self.request.GET.get("q", "")[:100]
        context.update(q=text, results=selectors.search(text))
        return context

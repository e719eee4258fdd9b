"""OpenZaak, the standard it implements, the role types and who holds them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from apps.components.constants import ComponentOrigin, DevelopmentStatus
from apps.components.models import Component, Ecosystem, Standard
from apps.contracts.models import Contract, Lot, WorkCategory
from apps.core.constants import Basis, Precision, PublicationState
from apps.core.models import Source
from apps.core.periods import period_values
from apps.parties.models import Party
from apps.roles.constants import AssignmentStatus, OtherNameKind, RoleScope
from apps.roles.models import (
    GoverningBody,
    RoleAssignment,
    RoleRequirement,
    RoleType,
    RoleTypeName,
)

from .sources import SOURCE_DATES, cite
from .upsert import delete_by_key, stated, upsert_by_key, upsert_by_slug

#: The pilot report (seed 001).
PILOT_REPORT_DATE = SOURCE_DATES["seed-001"]
#: The market consultation (seed 003), dated by its deadline.
CONSULTATION_DATE = SOURCE_DATES["seed-003"]
#: The community's role model: first published with "Nu: Maykin" and "Nu: G4
#: overleg" on 2025-12-12; its latest version (2026-04-02) still says so.
ROLE_MODEL_FIRST = SOURCE_DATES["samenwerken-rollen"]
ROLE_MODEL_LAST = date(2026, 4, 2)

STANDARD_SLUG = "apis-zaakgericht-werken"
COMPONENT_SLUG = "openzaak"


def standard_load(
    parties: Mapping[str, Party], sources: Mapping[str, Source]
) -> Standard:
    """The VNG APIs for zaakgericht werken."""
    return upsert_by_slug(
        Standard,
        STANDARD_SLUG,
        {
            "name": "API's voor Zaakgericht werken",
            "description": (
                "De VNG-standaard voor zaakgericht werken. Die is voortgekomen uit het "
                "voorstel voor ZDS 2.0 van de ZAKEN-samenwerking die in 2018 begon, "
                "gefaciliteerd door VNG Realisatie."
            ),
            "url": "https://www.vngrealisatie.nl/producten/api-standaarden-zaakgericht-werken",
            "steward": parties["VNG Realisatie"],
            "basis": Basis.SOURCED,
        },
        m2m={"sources": cite(sources, ("seed-002", "seed-003"))},
    )


def component_load(standard: Standard, sources: Mapping[str, Source]) -> Component:
    """OpenZaak, the first component the ecosystem governs."""
    return upsert_by_slug(
        Component,
        COMPONENT_SLUG,
        {
            "name": "OpenZaak",
            "description": (
                "Open source codebase van Python-gebaseerde backendcomponenten die "
                "Nederlandse gemeenten productiewaardige API's voor zaakgericht werken "
                "bieden. OpenZaak volgt de ontwerpprincipes van Common Ground en is "
                "geoptimaliseerd voor Haven, de cloud-agnostische "
                "referentie-infrastructuur van Common Ground."
            ),
            "repository_url": "https://github.com/open-zaak/open-zaak",
            "licence": "EUPL-1.2",
            "development_status": DevelopmentStatus.STABLE,
            "documentation_url": "https://open-zaak.readthedocs.io",
            "website": "https://openzaak.org",
            # Seed 003: "De eerste productierijpe iteratie was afgerond in februari
            # 2020." OpenZaak exists from the start of its development (Maykin
            # Media built it, seed 004), on a day no source gives: unknown, known
            # since the last day of February 2020, when the first production-ready
            # iteration was certainly complete. Not a first release in February
            # 2020: the development before it is part of its existence. Still
            # going: the pilot report (2025) and the role model (2026) describe it
            # in use and plan its future.
            "origin": ComponentOrigin.DEVELOPMENT_START,
            "basis": Basis.SOURCED,
            **period_values(
                start=None,
                known_since=date(2020, 2, 29),
                end_state=Precision.ONGOING,
            ),
        },
        m2m={
            "standards": [standard],
            "sources": cite(sources, ("seed-003", "seed-004")),
        },
    )


ALIAS = OtherNameKind.ALIAS
FORMER = OtherNameKind.FORMER


@dataclass(frozen=True)
class RoleTypeSpec:
    slug: str
    name: str
    description: str
    responsibilities: str
    sources: tuple[str, ...] = ()
    scope: str = RoleScope.COMPONENT
    #: Aliases and former names, as (name, kind). The role model names the
    #: pilot's earlier names ("Regiepartij (voorheen Ecosysteem/codebase
    #: steward)"); the English names are the ones the register's other sources
    #: use (maintainer, publisher, code steward).
    other_names: tuple[tuple[str, str], ...] = ()


ROLES_SOURCES = ("samenwerken-rollen", "samenwerken-ecosysteemconfiguratie")

#: In list order; the position is derived from it.
ROLE_TYPES: tuple[RoleTypeSpec, ...] = (
    RoleTypeSpec(
        slug="coordinating-party",
        name="Regiepartij",
        description=(
            "Nu het G4-overleg; later landelijke regie, intern of gedelegeerd. Heette "
            "in de pilot eerder ecosysteem/codebase steward."
        ),
        responsibilities=(
            "Collectief producteigenaarschap (roadmap, doel en scope, "
            "architectuurprincipes, standaarden, lifecycle en compatibiliteit); "
            "portfoliomanagement over de componenten heen; regie over marktpartijen "
            "en hun samenwerking; communitymanagement; ecosysteemmanagement; "
            "financiering en opdrachtgeverschap."
        ),
        sources=ROLES_SOURCES,
        scope=RoleScope.ECOSYSTEM,
        other_names=(
            ("Ecosysteem/codebase steward", FORMER),
            ("Coordinating party", ALIAS),
        ),
    ),
    RoleTypeSpec(
        slug="ecosystem-coordinator",
        name="Ecosysteemcoördinator",
        description=(
            "Het latere rolmodel legt dit stewardship van het hele ecosysteem bij de "
            "regiepartij."
        ),
        responsibilities=(
            "Stuurt het ecosysteem gestructureerd bij: houdt de samenwerking in stand "
            "en verbetert die, spoort spanningen en conflicten tussen partijen op, "
            "voorkomt en lost ze op, identificeert risico's en kansen, en heeft oog "
            "voor zaken waar niemand anders verantwoordelijk voor is; houdt de "
            "6-maandelijkse review."
        ),
        sources=("seed-001",),
    ),
    RoleTypeSpec(
        slug="pilot-coordinator",
        name="Pilotcoördinator",
        description="Voert de governancepilot rond OpenZaak uit.",
        responsibilities=(
            "Voert de pilot uit over governance, beheer en codereview van de "
            "component, en documenteert de werkwijzen zodat andere componenten, "
            "overheden en leveranciers ze kunnen hergebruiken."
        ),
        sources=("seed-000", "seed-001"),
    ),
    RoleTypeSpec(
        slug="product-manager",
        name="Productmanager",
        description="",
        responsibilities=(
            "Bepaalt de richting van het product: roadmap, prioriteiten en de "
            "gedeelde backlog van de partijen die opdracht geven voor werk."
        ),
        sources=("seed-001",),
    ),
    RoleTypeSpec(
        slug="community-manager",
        name="Communitymanager",
        description="",
        responsibilities=(
            "Zorgt voor de community: bijdrageprocessen, besluitvorming, onboarding "
            "van nieuwe partijen en de continuïteit van kennis."
        ),
        sources=("seed-001",),
    ),
    RoleTypeSpec(
        slug="code-steward",
        name="Code steward",
        description=(
            "Codebase steward, zoals de code stewards van de Foundation for Public Code."
        ),
        responsibilities=(
            "Faciliteert de community rond de codebase: governance, het "
            "codereviewproces en de kwaliteit van de codebase als public code."
        ),
        sources=("seed-004",),
        other_names=(("Codebase steward", ALIAS),),
    ),
    RoleTypeSpec(
        slug="publisher",
        name="Uitgever",
        description=("Nu Maykin; later landelijke regie, intern of gedelegeerd."),
        responsibilities=(
            "Stelt de versies van de component voor de lange termijn beschikbaar: de "
            "upstream repository met alle (stabiele) releases, de centrale issue "
            "tracker, het accepteren van feature pull requests, releasemanagement met "
            "release notes, changelog en handleidingen."
        ),
        sources=ROLES_SOURCES,
        other_names=(("Publisher", ALIAS),),
    ),
    RoleTypeSpec(
        slug="release-manager",
        name="Releasemanager / houder van merge rights",
        description="",
        responsibilities=(
            "Beslist welke code waar wordt samengevoegd: beheert branches en merge "
            "rights en maakt de releases."
        ),
        sources=("seed-001",),
    ),
    RoleTypeSpec(
        slug="development-party",
        name="Ontwikkelpartij",
        description="Eén primaire ontwikkelpartij per component.",
        responsibilities=(
            "Ontwikkelt projectmatig de component of een feature ervan: "
            "codebijdragen met de bijbehorende documentatie en tests, aangeboden als "
            "pull requests; werkt samen met een reviewpartij."
        ),
        sources=ROLES_SOURCES,
        other_names=(("Development", FORMER), ("Development party", ALIAS)),
    ),
    RoleTypeSpec(
        slug="review-party",
        name="Reviewpartij",
        description=(
            "Eén onafhankelijke reviewpartij per component, nooit de primaire "
            "ontwikkelpartij van die component (vierogenprincipe, en warme kennis van "
            "de codebase bij een tweede partij)."
        ),
        responsibilities=(
            "Reviewt de bijdragen aan de publicatierepository onafhankelijk: code, "
            "beveiliging, documentatie en herbruikbaarheid."
        ),
        sources=ROLES_SOURCES,
        other_names=(("Reviewen", FORMER), ("Review party", ALIAS)),
    ),
    RoleTypeSpec(
        slug="maintenance-party",
        name="Onderhoudspartij",
        description=(
            "Bedoeld om te werken onder een specifiek onderhoudscontract. Ook "
            "maintainer of broncodebeheerder genoemd: bij openbare code spreek je "
            "niet zozeer van een eigenaar, maar van de maintainer; in het concept "
            "voor de ecosysteemconfiguratie heet de rol beheerpartij."
        ),
        responsibilities=(
            "Onderhoudt een of meer stabiele release branches: bewaakt ze op bugs, "
            "beveiligings- en performanceproblemen, voert bugfixes, updates en "
            "beveiligingspatches uit, en communiceert het onderhoud naar "
            "belanghebbenden."
        ),
        sources=(*ROLES_SOURCES, "seed-004", "maykin-plus-broncodebeheer"),
        other_names=(
            ("Maintenance/onderhoud", FORMER),
            ("Maintainer", ALIAS),
            ("Broncodebeheerder", ALIAS),
            ("Beheerpartij", ALIAS),
            ("Maintenance party", ALIAS),
        ),
    ),
    RoleTypeSpec(
        slug="documentation-maintainer",
        name="Documentatiebeheerder",
        description="Beheerder van de documentatie.",
        responsibilities=(
            "Houdt de documentatie die niet specifiek is voor een feature actueel, of "
            "coördineert dat werk."
        ),
        sources=("seed-001",),
    ),
    RoleTypeSpec(
        slug="hosting-party",
        name="Hostingpartij (SaaS-aanbieder)",
        description=(
            "Nu zijn er meerdere; later mogelijk een centrale SaaS-aanbieder onder "
            "landelijke regie."
        ),
        responsibilities=(
            "Draait stabiele versies uit de publicatierepository voor gemeenten: "
            "performance, schaalbaarheid en capaciteit, monitoring, "
            "incidentmanagement, back-ups en herstel, dagelijkse beveiliging; meldt "
            "bugs, issues en requirements terug aan de centrale issue tracker."
        ),
        sources=ROLES_SOURCES,
        other_names=(
            ("Leveren (SaaS)", FORMER),
            ("SaaS-aanbieder", ALIAS),
            ("Hosting party", ALIAS),
        ),
    ),
    RoleTypeSpec(
        slug="implementation-partner",
        name="Implementatiepartij",
        description="",
        responsibilities=(
            "Helpt een gemeente de component in gebruik te nemen en te implementeren."
        ),
        sources=ROLES_SOURCES,
        other_names=(
            ("Implementeren", FORMER),
            ("Implementatiepartner", ALIAS),
            ("Implementation partner", ALIAS),
        ),
    ),
    RoleTypeSpec(
        slug="commissioning-party",
        name="Opdrachtgever",
        description="",
        responsibilities=(
            "Geeft opdracht voor werk aan de component, financiert dat en brengt de "
            "eigen behoeften in."
        ),
        sources=("seed-003", "seed-004"),
    ),
    RoleTypeSpec(
        slug="user",
        name="Afnemer",
        description="",
        responsibilities=(
            "Gebruikt de component en meldt gevonden bugs en verbeteringen."
        ),
        sources=("seed-001",),
    ),
    RoleTypeSpec(
        slug="standard-facilitator",
        name="Facilitator van de standaard",
        description="Faciliteert de standaard die de component implementeert.",
        responsibilities=(
            "Bewaakt de visie van de standaard, levert kennis over het informatiemodel "
            "en zorgt voor de formele stappen, zoals het verheffen van opgeleverde "
            "producten tot standaard."
        ),
        sources=("seed-002",),
    ),
    RoleTypeSpec(
        slug="steering-team-seat",
        name="Zetel in een stuurgroep",
        description=(
            "Een organisatie met leden in een stuurgroep van de component; het "
            "register noemt de organisaties, nooit de personen."
        ),
        responsibilities=(
            "Stemt mee in de stuurgroep: één stem per lid; bij gebrek aan "
            "consensus beslist een meerderheid."
        ),
        sources=("OZ-GOV",),
        other_names=(("Steering team member", ALIAS),),
    ),
)

#: Role types one party must not combine for the same component (symmetric).
INCOMPATIBLE_ROLE_TYPES: tuple[tuple[str, str], ...] = (
    ("review-party", "development-party"),
)


#: The work category of a role type's work, where the role model describes it
#: as a kind of work the demo's work categories label (role type slug, work
#: category slug). A role carried out only under contracts for other work shows
#: as such (maintenance under a feature contract).
ROLE_TYPE_WORK: dict[str, str] = {
    "coordinating-party": "coordination",
    "publisher": "publishing",
    "release-manager": "publishing",
    "development-party": "feature-development",
    "review-party": "code-review",
    "maintenance-party": "maintenance",
    "documentation-maintainer": "documentation",
    "hosting-party": "hosting",
    "implementation-partner": "implementation",
}


def role_types_load(
    sources: Mapping[str, Source], categories: Mapping[str, WorkCategory]
) -> dict[str, RoleType]:
    """Every role type, by slug, with its incompatibilities and its work."""
    role_types = {
        spec.slug: upsert_by_slug(
            RoleType,
            spec.slug,
            {
                "name": spec.name,
                "description": spec.description,
                "responsibilities": spec.responsibilities,
                "scope": spec.scope,
                # Which roles a component needs is the community's rule: its
                # ecosystem's requirements say so (see ROLE_REQUIREMENTS).
                "required_by_default": False,
                "min_holders": 0,
                "max_holders": None,
                "position": (index + 1) * 10,
                "work_category": categories[ROLE_TYPE_WORK[spec.slug]]
                if spec.slug in ROLE_TYPE_WORK
                else None,
                "basis": Basis.SOURCED,
            },
            m2m={"sources": cite(sources, spec.sources)},
        )
        for index, spec in enumerate(ROLE_TYPES)
    }
    for spec in ROLE_TYPES:
        for name, kind in spec.other_names:
            upsert_by_key(
                RoleTypeName,
                name.casefold(),
                {"role_type": role_types[spec.slug], "name": name, "kind": kind},
            )
    # Set both sides at once: setting one side empty would undo the other.
    partners: dict[str, set[str]] = {slug: set() for slug in role_types}
    for one, other in INCOMPATIBLE_ROLE_TYPES:
        partners[one].add(other)
        partners[other].add(one)
    for slug, role_type in role_types.items():
        role_type.incompatible_with.set([role_types[p] for p in sorted(partners[slug])])
    return role_types


ECOSYSTEM_SLUG = "openzaak-ecosysteem"


def ecosystem_load(component: Component, sources: Mapping[str, Source]) -> Ecosystem:
    """The OpenZaak ecosystem: the portfolio the coordinating party steers, of
    which the register knows one component so far."""
    return upsert_by_slug(
        Ecosystem,
        ECOSYSTEM_SLUG,
        {
            "name": "OpenZaak-ecosysteem",
            "description": (
                "OpenZaak staat niet op zichzelf, maar is onderdeel van het Common "
                "Ground-landschap van componenten en partijen; de regiepartij "
                "bewaakt de planning van en samenhang tussen die componenten. Het "
                "register kent er nu één component van: OpenZaak."
            ),
            "basis": Basis.SOURCED,
        },
        m2m={
            "components": [component],
            "sources": cite(
                sources,
                ROLES_SOURCES,
                {
                    "samenwerken-rollen": "§ Rollen voor meerdere marktpartijen "
                    "(inleiding: Common Ground-landschap)",
                    "samenwerken-ecosysteemconfiguratie": "§ Rollen en "
                    "verantwoordelijkheden in het open-source component-ecosysteem",
                },
            ),
        },
    )


@dataclass(frozen=True)
class RequirementSpec:
    """A role the community's role model requires in the OpenZaak ecosystem:
    of the ecosystem itself (the coordinating party) or of each component."""

    role: str
    description: str
    locators: dict[str, str]
    min_holders: int | None = None
    max_holders: int | None = None


#: The community's rules (resultaten/rollen-meerdere-marktpartijen.md and
#: resultaten/ecosysteemconfiguratie.md). Hosting and implementation are roles
#: of the model too, but it requires no holder of them per component.
ROLE_REQUIREMENTS: tuple[RequirementSpec, ...] = (
    RequirementSpec(
        role="coordinating-party",
        description=(
            "De regiepartij is systeemverantwoordelijk voor het functioneren, de "
            "samenhang en de duurzaamheid van het gehele ecosysteem."
        ),
        locators={"samenwerken-ecosysteemconfiguratie": "§ Regiepartij"},
    ),
    RequirementSpec(
        role="publisher",
        description=(
            "Per component een uitgever: de upstream repository met alle "
            "(stabiele) releases."
        ),
        locators={"samenwerken-rollen": "§ Uitgever"},
    ),
    RequirementSpec(
        role="development-party",
        description="Per component één primaire ontwikkelpartij.",
        locators={"samenwerken-ecosysteemconfiguratie": "§ Ontwikkelpartij"},
        min_holders=1,
        max_holders=1,
    ),
    RequirementSpec(
        role="review-party",
        description=(
            "Per component één onafhankelijke reviewpartij, nooit de primaire "
            "ontwikkelpartij van die component (de rol mag daarom niet met die "
            "van ontwikkelpartij worden gecombineerd)."
        ),
        locators={"samenwerken-ecosysteemconfiguratie": "§ Reviewpartij"},
        min_holders=1,
        max_holders=1,
    ),
    RequirementSpec(
        role="maintenance-party",
        description=(
            "Per component een onderhoudspartij voor de stabiele release "
            "branches; een tweede onderhoudspartij is mogelijk."
        ),
        locators={"samenwerken-rollen": "§ Onderhoudspartij"},
    ),
)


def role_requirements_load(
    ecosystem: Ecosystem,
    role_types: Mapping[str, RoleType],
    sources: Mapping[str, Source],
) -> list[RoleRequirement]:
    """Which roles the OpenZaak ecosystem (and each of its components) requires."""
    return [
        upsert_by_key(
            RoleRequirement,
            f"{ECOSYSTEM_SLUG}/{spec.role}",
            {
                "role_type": role_types[spec.role],
                "component": None,
                "ecosystem": ecosystem,
                "required": True,
                "min_holders": spec.min_holders,
                "max_holders": spec.max_holders,
                "description": spec.description,
                "basis": Basis.SOURCED,
            },
            m2m={"sources": cite(sources, spec.locators, spec.locators)},
        )
        for spec in ROLE_REQUIREMENTS
    ]


@dataclass(frozen=True)
class BodySpec:
    slug: str
    name: str
    description: str
    locator: str
    majority_cap: bool = False
    max_seats_per_party: int | None = None


TECHNICAL_TEAM = "openzaak-technische-stuurgroep"
PRODUCT_TEAM = "openzaak-productstuurgroep"

#: The two steering teams of OpenZaak's draft GOVERNANCE.md, with its rules.
GOVERNING_BODIES: tuple[BodySpec, ...] = (
    BodySpec(
        slug=TECHNICAL_TEAM,
        name="Technische stuurgroep OpenZaak",
        description=(
            "Geeft technische richting, houdt de technische roadmap, architectuur "
            "en codeerprincipes bij, beheert releases en de rechten op de "
            "repositories. Het concept zegt dat idealiter geen bedrijf of "
            "organisatie een gewone meerderheid van de stuurgroep in dienst heeft."
        ),
        locator=(
            '§ Technical steering team: "Ideally, no one company or organization '
            'will employ a simple majority"'
        ),
        majority_cap=True,
    ),
    BodySpec(
        slug=PRODUCT_TEAM,
        name="Productstuurgroep OpenZaak",
        description=(
            "Bewaakt missie, visie en scope, en beslist op codebaseniveau; ten "
            "hoogste één persoon per organisatie heeft een stem. Sinds 2022-02-09 "
            "heet zij in het concept de kerngroep, zonder ledenlijst en zonder die "
            "stemregel."
        ),
        locator=(
            '§ Product steering team (versie van 2020-11-27): "no more than 1 '
            'person per organization can have a vote"'
        ),
        max_seats_per_party=1,
    ),
)


def governing_bodies_load(
    component: Component, sources: Mapping[str, Source]
) -> dict[str, GoverningBody]:
    """OpenZaak's steering teams, by slug."""
    return {
        spec.slug: upsert_by_slug(
            GoverningBody,
            spec.slug,
            {
                "name": spec.name,
                "description": spec.description,
                "component": component,
                "ecosystem": None,
                "majority_cap": spec.majority_cap,
                "max_seats_per_party": spec.max_seats_per_party,
                "basis": Basis.SOURCED,
            },
            m2m={"sources": cite(sources, ("OZ-GOV",), {"OZ-GOV": spec.locator})},
        )
        for spec in GOVERNING_BODIES
    }


@dataclass(frozen=True)
class AssignmentSpec:
    party: str
    role: str
    description: str
    sources: tuple[str, ...]
    #: The period as the sources state it (see ``stated``). No role begins
    #: before OpenZaak is known to exist (2020-02-29).
    period: dict[str, object]
    basis: str = Basis.SOURCED
    basis_note: str = ""
    publication_state: str = PublicationState.PUBLISHED
    #: Held for the ecosystem rather than for OpenZaak.
    for_ecosystem: bool = False
    status: str = AssignmentStatus.CURRENT
    target_date: date | None = None
    #: A seat: the body's slug and the number of seats.
    body: str | None = None
    seats: int = 1
    locators: dict[str, str] | None = None

    @property
    def key(self) -> str:
        # The same key as before ecosystems existed, so the UUID stays.
        if self.body:
            key = f"{COMPONENT_SLUG}/{self.body}/{self.party}"
        else:
            key = f"{COMPONENT_SLUG}/{self.role}/{self.party}"
        if self.status == AssignmentStatus.INTENDED:
            key += "/intended"
        return key


ROLES_TODAY = (
    "Nu Maykin, volgens het rolmodel van de pilot; dezelfde leverancier vervult de "
    "rollen van uitgever, ontwikkelpartij, reviewpartij en onderhoudspartij."
)

#: Commissioning parties named in seed 003 (and seed 004).
COMMISSIONING_PARTIES: tuple[str, ...] = (
    "Amsterdam",
    "Arnhem",
    "Delft",
    "Haarlem",
    "'s-Hertogenbosch",
    "Rotterdam",
    "Tilburg",
    "Hoorn",
    "Medemblik",
    "Utrecht",
    "SED",
    "Dimpact",
)

COMMISSIONING_NOTES: dict[str, str] = {
    "SED": (
        "Gaf opdracht voor OpenZaak als de SED-coalitie van Stede Broec, Enkhuizen "
        "en Drechterland."
    ),
    "Dimpact": (
        "Had de leiding over de gemeenten die opdracht gaven voor OpenZaak en deed "
        "mee namens haar meer dan 30 lidgemeenten."
    ),
}


#: The register's estimate for the intended maintenance contract (see the
#: intended assignment's reasoning): no source gives a date.
INTENDED_MAINTENANCE_TARGET = date(2027, 12, 31)

#: The steering teams' members per organisation as the draft GOVERNANCE.md lists
#: them (persons are not recorded). The technical team's five members are on the
#: main branch from 2020-11-06 (merge 731985c) to its latest version
#: (2026-06-01, merge aa6529b; "Maykin Media" became "Maykin"). The product
#: team's seven are there from 2020-10-21 (merge d6b2c08) to the last version
#: listing them (2020-11-27, merge f5a610a); on 2022-02-09 the list was dropped.
#: Neither list says when it will end: unknown, last confirmed on those days.
STEERING_TEAM_SEATS: tuple[
    tuple[str, dict[str, object], str, str, tuple[tuple[str, int], ...]], ...
] = (
    (
        TECHNICAL_TEAM,
        stated(known_since=date(2020, 11, 6), last_confirmed=date(2026, 6, 1)),
        '§ Technical steering team: "The current team members are"',
        "Leden van de technische stuurgroep, per organisatie geteld.",
        (("Exxellence", 1), ("Maykin Media", 2), ("Contezza", 2)),
    ),
    (
        PRODUCT_TEAM,
        stated(known_since=date(2020, 10, 21), last_confirmed=date(2020, 11, 27)),
        '§ Product steering team (versie van 2020-11-27): "The current team '
        'members are"',
        (
            "Leden van de productstuurgroep, per organisatie geteld; volgens het "
            "concept heeft ten hoogste één persoon per organisatie een stem."
        ),
        (
            ("Maykin Media", 1),
            ("Exxellence", 2),
            ("Dimpact", 2),
            ("Contezza", 1),
            ("Open.Satisfaction", 1),
        ),
    ),
)

#: A role the community's role model says a party holds "now" (Nu: ...): known
#: since its first version, last confirmed by its latest; it names no start and
#: no end.
ROLE_MODEL_PERIOD = stated(known_since=ROLE_MODEL_FIRST, last_confirmed=ROLE_MODEL_LAST)


def _assignment_specs() -> tuple[AssignmentSpec, ...]:
    maykin = (
        AssignmentSpec(
            party="Maykin Media",
            role="publisher",
            description=ROLES_TODAY,
            sources=("samenwerken-rollen",),
            period=ROLE_MODEL_PERIOD,
        ),
        AssignmentSpec(
            party="Maykin Media",
            role="development-party",
            description=ROLES_TODAY,
            sources=("samenwerken-rollen",),
            period=ROLE_MODEL_PERIOD,
        ),
        AssignmentSpec(
            party="Maykin Media",
            role="review-party",
            description=(
                f"{ROLES_TODAY} Het reviewen van de eigen ontwikkeling voldoet niet "
                "aan het vierogenprincipe; het rolmodel voorziet in een tweede "
                "marktpartij met een reviewcontract."
            ),
            sources=("samenwerken-rollen",),
            period=ROLE_MODEL_PERIOD,
        ),
        AssignmentSpec(
            party="Maykin Media",
            role="maintenance-party",
            description=(
                "Nu Maykin, als onderdeel van een featurecontract; beoogd: een "
                "specifiek onderhoudscontract. Maykin noemt zich de "
                "broncodebeheerder (maintainer) van OpenZaak, volgens het eigen "
                "kostenverdeelmodel."
            ),
            sources=("samenwerken-rollen", "maykin-plus-broncodebeheer"),
            # The role model says "Nu: Maykin" from 2025-12-12 to 2026-04-02;
            # Maykin's own document ("Maykin verzorgt het broncodebeheer", from
            # 2026-03-20) still lists Open Zaak on 2026-04-16.
            period=stated(
                known_since=ROLE_MODEL_FIRST, last_confirmed=date(2026, 4, 16)
            ),
        ),
        AssignmentSpec(
            party="Maykin Media",
            role="maintenance-party",
            status=AssignmentStatus.INTENDED,
            target_date=INTENDED_MAINTENANCE_TARGET,
            description=(
                "Beoogd: Maykin met een specifiek onderhoudscontract (mogelijk "
                "ook een tweede marktpartij met zo'n contract)."
            ),
            sources=("samenwerken-rollen",),
            locators={
                "samenwerken-rollen": '§ Onderhoudspartij: "Toekomst: Maykin met '
                'een specifiek onderhoudscontract"'
            },
            # The intention is on record from the role model's first version
            # to its latest; its target date is the register's estimate.
            period=ROLE_MODEL_PERIOD,
            basis=Basis.INFERRED,
            basis_note=(
                "Het rolmodel noemt het beoogde onderhoudscontract zonder datum. "
                "De vervolgstappen (2026-04-21) zetten eerst een proof of concept "
                "van de uitgever- en onderhoudsrol op, daarna inkoopcontracten en "
                "een aanbesteding; het register schat daarom dat een specifiek "
                "onderhoudscontract er op zijn vroegst eind 2027 is. De "
                "streefdatum is die schatting, geen afspraak."
            ),
        ),
    )
    seats = tuple(
        AssignmentSpec(
            party=party,
            role="steering-team-seat",
            body=body,
            seats=count,
            description=description,
            sources=("OZ-GOV",),
            locators={"OZ-GOV": locator},
            period=period,
        )
        for body, period, locator, description, members in STEERING_TEAM_SEATS
        for party, count in members
    )
    others = (
        AssignmentSpec(
            party="Foundation for Public Code",
            role="code-steward",
            description=(
                "Haar code stewards faciliteren de OpenZaak-community; de begindatum "
                "staat niet in de bronnen. Sinds 2026-01-21 spreekt de communitypagina "
                'in de verleden tijd ("Het werd gefaciliteerd").'
            ),
            sources=("seed-004",),
            # The community page says so from 2020-11-06 (as "Stichting Publieke
            # Code"; seed 004 is its version of 2020-11-20), after the
            # foundation's founding (2019-06-03); its last revision in the present
            # tense is 2021-12-15. On 2026-01-21 it turned to the past tense: the
            # role has ended by then, on a day no source gives.
            period=stated(
                known_since=date(2020, 11, 6), last_confirmed=date(2021, 12, 15)
            ),
        ),
        AssignmentSpec(
            party="G4",
            role="coordinating-party",
            for_ecosystem=True,
            description=("Nu het G4-overleg; landelijke regie zal dit overnemen."),
            sources=("samenwerken-rollen", "seed-001"),
            period=ROLE_MODEL_PERIOD,
        ),
        AssignmentSpec(
            party="G4",
            role="pilot-coordinator",
            description="De G4-steden zijn de pilot rond OpenZaak gestart.",
            sources=("seed-000", "seed-001"),
            # The pilot report (2025-10-16) describes the pilot under way; seed
            # 000 is undated. No start, no end given.
            period=stated(
                known_since=PILOT_REPORT_DATE, last_confirmed=PILOT_REPORT_DATE
            ),
        ),
        AssignmentSpec(
            party="VNG Realisatie",
            role="standard-facilitator",
            description=(
                "Faciliteert de standaard die OpenZaak implementeert, de API's voor "
                "zaakgericht werken (voortgekomen uit ZDS 2.0); vastgelegd bij "
                "OpenZaak omdat rollen voor een component worden vervuld."
            ),
            sources=("seed-002", "seed-003"),
            # Seed 002 (2018) has VNG Realisatie facilitate the standard, before
            # OpenZaak existed; seed 003 (2020) links the standard OpenZaak
            # implements to VNG Realisatie's site.
            period=stated(
                known_since=CONSULTATION_DATE, last_confirmed=CONSULTATION_DATE
            ),
            basis=Basis.INFERRED,
            basis_note=(
                "Seed 002 zegt dat VNG Realisatie de totstandkoming van de standaard "
                "faciliteert; seed 003 (2020) noemt de VNG-standaard die OpenZaak "
                "implementeert, op de site van VNG Realisatie. Dat dit een rol voor "
                "OpenZaak is, leidt het register daaruit af: rollen worden voor een "
                "component vervuld."
            ),
        ),
    )
    commissioning = tuple(
        AssignmentSpec(
            party=party,
            role="commissioning-party",
            description=COMMISSIONING_NOTES.get(
                party, "Een van de gemeenten die opdracht gaven voor OpenZaak."
            ),
            sources=("seed-003", "seed-004"),
            # Seed 003 (answers due 2020-05-01): OpenZaak was built in their
            # commission and the consultation is held in their commission. No
            # start is given, and no later source says they still commission it
            # (seed 004 speaks of the initial development in the past tense).
            period=stated(
                known_since=CONSULTATION_DATE, last_confirmed=CONSULTATION_DATE
            ),
        )
        for party in COMMISSIONING_PARTIES
    )
    return maykin + seats + others + commissioning + (DRAFT_ASSIGNMENT,)


#: The one draft record of the demo: an organisation entered as a user before it
#: agreed to be named. Nothing published points at it.
DRAFT_ASSIGNMENT = AssignmentSpec(
    party="Eindhoven",
    role="user",
    description=(
        "Demo van de conceptstatus, geen feit: een gemeente die als afnemer is "
        "ingevoerd voordat zij heeft ingestemd met vermelding. Zolang de "
        "coördinator dit niet publiceert, ziet het publiek het niet."
    ),
    sources=(),
    period=stated(known_since=PILOT_REPORT_DATE, last_confirmed=PILOT_REPORT_DATE),
    basis=Basis.ILLUSTRATIVE,
    publication_state=PublicationState.DRAFT,
)

ROLE_ASSIGNMENTS: tuple[AssignmentSpec, ...] = _assignment_specs()


def role_assignments_load(
    component: Component,
    ecosystem: Ecosystem,
    bodies: Mapping[str, GoverningBody],
    parties: Mapping[str, Party],
    role_types: Mapping[str, RoleType],
    sources: Mapping[str, Source],
) -> dict[str, RoleAssignment]:
    """Who holds (or is to hold) which role for OpenZaak and its ecosystem,
    seats on its steering teams included, by assignment key."""
    return {
        spec.key: upsert_by_key(
            RoleAssignment,
            spec.key,
            {
                "party": parties[spec.party],
                "role_type": role_types[spec.role],
                "component": None if spec.for_ecosystem else component,
                "ecosystem": ecosystem if spec.for_ecosystem else None,
                "status": spec.status,
                "target_date": spec.target_date,
                "body": bodies[spec.body] if spec.body else None,
                "seats": spec.seats,
                "description": spec.description,
                **spec.period,
                "basis": spec.basis,
                "basis_note": spec.basis_note,
                "publication_state": spec.publication_state,
            },
            m2m={"sources": cite(sources, spec.sources, spec.locators)},
        )
        for spec in ROLE_ASSIGNMENTS
    }


#: Loaded by an earlier version of the demo: Maykin as "Maintainer", a role
#: type that is a near-duplicate of the community's Onderhoudspartij (now its
#: alias). Its facts moved to Maykin's maintenance role.
MERGED_ROLE_ASSIGNMENTS = (f"{COMPONENT_SLUG}/maintainer/Maykin Media",)
MERGED_ROLE_TYPES = ("maintainer",)


def merged_role_types_delete() -> int:
    """Delete the near-duplicate role type and its role (the role first: it
    protects its role type), before its name becomes an alias."""
    return delete_by_key(RoleAssignment, MERGED_ROLE_ASSIGNMENTS) + delete_by_key(
        RoleType, MERGED_ROLE_TYPES
    )


#: Roles carried out under a lot of the illustrative contracts (assignment key,
#: contract key, lot key). The role model says Maykin maintains OpenZaak "als
#: onderdeel van een featurecontract": its maintenance is carried out under the
#: feature lot, a lot of other work, which the register shows as such.
ROLES_CARRIED_OUT_UNDER: tuple[tuple[str, str, str], ...] = (
    (
        f"{COMPONENT_SLUG}/development-party/Maykin Media",
        "g4-maykin-features",
        "features",
    ),
    (
        f"{COMPONENT_SLUG}/maintenance-party/Maykin Media",
        "g4-maykin-features",
        "features",
    ),
)


def roles_carried_out_under_load(
    assignments: Mapping[str, RoleAssignment],
    contracts: Mapping[str, tuple[Contract, Mapping[str, Lot]]],
) -> None:
    """Name the lots the roles are carried out under (after the contracts)."""
    for assignment_key, contract_key, lot_key in ROLES_CARRIED_OUT_UNDER:
        assignment = assignments[assignment_key]
        _contract, lots = contracts[contract_key]
        wanted = {lots[lot_key].pk}
        if (
            set(assignment.carried_out_under_lots.values_list("pk", flat=True))
            != wanted
        ):
            assignment.carried_out_under_lots.set(wanted)

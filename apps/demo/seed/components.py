"""OpenZaak, the standard it implements, the role types and who holds them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from apps.components.constants import ComponentOrigin, DevelopmentStatus
from apps.components.models import Component, Standard
from apps.core.constants import Basis, Precision, PublicationState
from apps.core.models import Source
from apps.core.periods import period_values
from apps.parties.models import Party
from apps.roles.models import RoleAssignment, RoleType

from .sources import SOURCE_DATES, cite
from .upsert import stated, upsert_by_key, upsert_by_slug

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


@dataclass(frozen=True)
class RoleTypeSpec:
    slug: str
    name: str
    description: str
    responsibilities: str
    required_per_component: bool = False
    sources: tuple[str, ...] = ()


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
        required_per_component=True,
        sources=ROLES_SOURCES,
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
    ),
    RoleTypeSpec(
        slug="maintainer",
        name="Maintainer",
        description=(
            "Broncodebeheerder. Bij openbare code spreek je niet zozeer van een "
            "eigenaar, maar van de maintainer."
        ),
        responsibilities=(
            "Houdt de open-source codebase veilig en actueel, onderhoudt de "
            "documentatie en zorgt voor een gezond ecosysteem rond het product."
        ),
        sources=("seed-004", "maykin-plus-broncodebeheer"),
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
        required_per_component=True,
        sources=ROLES_SOURCES,
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
        required_per_component=True,
        sources=ROLES_SOURCES,
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
        required_per_component=True,
        sources=ROLES_SOURCES,
    ),
    RoleTypeSpec(
        slug="maintenance-party",
        name="Onderhoudspartij",
        description=("Bedoeld om te werken onder een specifiek onderhoudscontract."),
        responsibilities=(
            "Onderhoudt een of meer stabiele release branches: bewaakt ze op bugs, "
            "beveiligings- en performanceproblemen, voert bugfixes, updates en "
            "beveiligingspatches uit, en communiceert het onderhoud naar "
            "belanghebbenden."
        ),
        required_per_component=True,
        sources=ROLES_SOURCES,
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
    ),
    RoleTypeSpec(
        slug="implementation-partner",
        name="Implementatiepartij",
        description="",
        responsibilities=(
            "Helpt een gemeente de component in gebruik te nemen en te implementeren."
        ),
        sources=ROLES_SOURCES,
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
)

#: Role types one party must not combine for the same component (symmetric).
INCOMPATIBLE_ROLE_TYPES: tuple[tuple[str, str], ...] = (
    ("review-party", "development-party"),
)


def role_types_load(sources: Mapping[str, Source]) -> dict[str, RoleType]:
    """Every role type, by slug, with its incompatibilities."""
    role_types = {
        spec.slug: upsert_by_slug(
            RoleType,
            spec.slug,
            {
                "name": spec.name,
                "description": spec.description,
                "responsibilities": spec.responsibilities,
                "required_per_component": spec.required_per_component,
                "position": (index + 1) * 10,
                "basis": Basis.SOURCED,
            },
            m2m={"sources": cite(sources, spec.sources)},
        )
        for index, spec in enumerate(ROLE_TYPES)
    }
    # Set both sides at once: setting one side empty would undo the other.
    partners: dict[str, set[str]] = {slug: set() for slug in role_types}
    for one, other in INCOMPATIBLE_ROLE_TYPES:
        partners[one].add(other)
        partners[other].add(one)
    for slug, role_type in role_types.items():
        role_type.incompatible_with.set([role_types[p] for p in sorted(partners[slug])])
    return role_types


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

    @property
    def key(self) -> str:
        return f"{COMPONENT_SLUG}/{self.role}/{self.party}"


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


#: A role the community's role model says a party holds "now" (Nu: ...): known
#: since its first version, last confirmed by its latest; it names no start and
#: no end.
ROLE_MODEL_PERIOD = stated(known_since=ROLE_MODEL_FIRST, last_confirmed=ROLE_MODEL_LAST)


def _assignment_specs() -> tuple[AssignmentSpec, ...]:
    maykin = (
        AssignmentSpec(
            party="Maykin Media",
            role="maintainer",
            description=(
                "Oorspronkelijke ontwikkelaar van OpenZaak; nu de broncodebeheerder "
                "(maintainer), volgens het eigen kostenverdeelmodel."
            ),
            sources=("maykin-plus-broncodebeheer", "seed-004"),
            # Maykin's own document says "Maykin verzorgt het broncodebeheer" for
            # Open Zaak from its first version (2026-03-20); its latest version
            # (2026-04-16) still lists Open Zaak. Seed 004 says only that Maykin
            # developed OpenZaak at first.
            period=stated(
                known_since=SOURCE_DATES["maykin-plus-broncodebeheer"],
                last_confirmed=date(2026, 4, 16),
            ),
        ),
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
                "specifiek onderhoudscontract."
            ),
            sources=("samenwerken-rollen",),
            period=ROLE_MODEL_PERIOD,
        ),
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
    return maykin + others + commissioning + (DRAFT_ASSIGNMENT,)


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
    parties: Mapping[str, Party],
    role_types: Mapping[str, RoleType],
    sources: Mapping[str, Source],
) -> dict[str, RoleAssignment]:
    """Who holds which role for OpenZaak, by assignment key."""
    return {
        spec.key: upsert_by_key(
            RoleAssignment,
            spec.key,
            {
                "party": parties[spec.party],
                "role_type": role_types[spec.role],
                "component": component,
                "description": spec.description,
                **spec.period,
                "basis": spec.basis,
                "basis_note": spec.basis_note,
                "publication_state": spec.publication_state,
            },
            m2m={"sources": cite(sources, spec.sources)},
        )
        for spec in ROLE_ASSIGNMENTS
    }

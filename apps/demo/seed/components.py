"""OpenZaak, the standard it implements, the role types and who holds them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from apps.components.constants import DevelopmentStatus
from apps.components.models import Component, Standard
from apps.core.models import Source
from apps.parties.models import Party
from apps.roles.models import RoleAssignment, RoleType

from .upsert import upsert_by_key, upsert_by_slug

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
                "The VNG standard for zaakgericht werken (case-oriented working). It "
                "grew out of the ZDS 2.0 proposal of the ZAKEN collaboration that "
                "started in 2018, facilitated by VNG Realisatie."
            ),
            "url": "https://www.vngrealisatie.nl/producten/api-standaarden-zaakgericht-werken",
            "steward": parties["VNG Realisatie"],
        },
        m2m={"sources": [sources["seed-002"], sources["seed-003"]]},
    )


def component_load(standard: Standard, sources: Mapping[str, Source]) -> Component:
    """OpenZaak, the first component the ecosystem governs."""
    return upsert_by_slug(
        Component,
        COMPONENT_SLUG,
        {
            "name": "OpenZaak",
            "description": (
                "Open source codebase of Python-based backend components that provide "
                "production-ready APIs for zaakgericht werken to Dutch municipalities. "
                "It follows the Common Ground design principles and is optimised for "
                "Haven, the cloud-agnostic reference infrastructure of Common Ground."
            ),
            "repository_url": "https://github.com/open-zaak/open-zaak",
            "licence": "EUPL-1.2",
            "development_status": DevelopmentStatus.STABLE,
            "documentation_url": "https://open-zaak.readthedocs.io",
            "website": "https://openzaak.org",
        },
        m2m={
            "standards": [standard],
            "sources": [sources["seed-003"], sources["seed-004"]],
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
            "Regiepartij. Today the G4 consultation; later national coordination "
            "(landelijke regie), in-house or delegated. Formerly called "
            "ecosystem/codebase steward in the pilot."
        ),
        responsibilities=(
            "Collective product ownership (roadmap, goal and scope, architecture "
            "principles, standards, lifecycle and compatibility); portfolio "
            "management across components; directing market parties and their "
            "collaboration; community management; ecosystem management; funding and "
            "commissioning."
        ),
        required_per_component=True,
        sources=ROLES_SOURCES,
    ),
    RoleTypeSpec(
        slug="ecosystem-coordinator",
        name="Ecosysteemcoördinator",
        description=(
            "Ecosysteemcoördinator. The later role model places this stewardship of "
            "the whole ecosystem with the coordinating party."
        ),
        responsibilities=(
            "Steers the ecosystem in a structured way: keeps up and improves the "
            "collaboration, detects, prevents and resolves tension and conflicts "
            "between parties, identifies risks and opportunities, and looks after "
            "what nobody else is responsible for; holds the 6-monthly review."
        ),
        sources=("seed-001",),
    ),
    RoleTypeSpec(
        slug="pilot-coordinator",
        name="Pilotcoördinator",
        description="Pilotcoördinator: runs the OpenZaak governance pilot.",
        responsibilities=(
            "Runs the pilot on governance, maintenance and code review of the "
            "component, and documents the working methods so that other components, "
            "governments and vendors can reuse them."
        ),
        sources=("seed-000", "seed-001"),
    ),
    RoleTypeSpec(
        slug="product-manager",
        name="Productmanager",
        description="Productmanager.",
        responsibilities=(
            "Owns the direction of the product: roadmap, priorities and the shared "
            "backlog of the parties that commission work."
        ),
        sources=("seed-001",),
    ),
    RoleTypeSpec(
        slug="community-manager",
        name="Communitymanager",
        description="Communitymanager.",
        responsibilities=(
            "Looks after the community: contribution processes, decision making, "
            "onboarding of new parties and the continuity of knowledge."
        ),
        sources=("seed-001",),
    ),
    RoleTypeSpec(
        slug="code-steward",
        name="Code steward",
        description="Codebase steward, such as the code stewards of the Foundation for Public Code.",
        responsibilities=(
            "Facilitates the community around the codebase: governance, the code "
            "review process and the quality of the codebase as public code."
        ),
        sources=("seed-004",),
    ),
    RoleTypeSpec(
        slug="maintainer",
        name="Maintainer",
        description=(
            "Maintainer (broncodebeheerder). For public code one speaks of the "
            "maintainer rather than an owner."
        ),
        responsibilities=(
            "Keeps the open-source codebase secure and up to date, maintains its "
            "documentation and looks after a healthy ecosystem around the product."
        ),
        sources=("seed-004", "maykin-plus-broncodebeheer"),
    ),
    RoleTypeSpec(
        slug="publisher",
        name="Uitgever",
        description=(
            "Uitgever. Today Maykin; later national coordination, in-house or "
            "delegated."
        ),
        responsibilities=(
            "Makes the component's versions available for the long term: the "
            "upstream repository with all (stable) releases, the central issue "
            "tracker, accepting feature pull requests, release management with "
            "release notes, change log and manuals."
        ),
        required_per_component=True,
        sources=ROLES_SOURCES,
    ),
    RoleTypeSpec(
        slug="release-manager",
        name="Releasemanager / houder van merge rights",
        description="Releasemanager, holder of the merge rights.",
        responsibilities=(
            "Decides which code is merged where: manages branches and merge rights "
            "and cuts the releases."
        ),
        sources=("seed-001",),
    ),
    RoleTypeSpec(
        slug="development-party",
        name="Ontwikkelpartij",
        description="Ontwikkelpartij: one primary development party per component.",
        responsibilities=(
            "Develops the component or a feature of it as a project: code "
            "contributions with their documentation and tests, offered as pull "
            "requests; works with a review party."
        ),
        required_per_component=True,
        sources=ROLES_SOURCES,
    ),
    RoleTypeSpec(
        slug="review-party",
        name="Reviewpartij",
        description=(
            "Reviewpartij: one independent review party per component, never its "
            "primary development party (four-eyes principle, and warm knowledge of "
            "the codebase at a second party)."
        ),
        responsibilities=(
            "Reviews the contributions to the publication repository independently: "
            "code, security, documentation and reusability."
        ),
        required_per_component=True,
        sources=ROLES_SOURCES,
    ),
    RoleTypeSpec(
        slug="maintenance-party",
        name="Onderhoudspartij",
        description=(
            "Onderhoudspartij. Intended to work under a specific maintenance contract."
        ),
        responsibilities=(
            "Maintains one or more stable release branches: monitors them for bugs, "
            "security and performance issues, makes bug fixes, updates and security "
            "patches, and communicates maintenance to stakeholders."
        ),
        required_per_component=True,
        sources=ROLES_SOURCES,
    ),
    RoleTypeSpec(
        slug="documentation-maintainer",
        name="Documentatiebeheerder",
        description="Beheerder van de documentatie.",
        responsibilities=(
            "Keeps the documentation that is not specific to a feature current, or "
            "coordinates that work."
        ),
        sources=("seed-001",),
    ),
    RoleTypeSpec(
        slug="hosting-party",
        name="Hostingpartij (SaaS-aanbieder)",
        description=(
            "SaaS-aanbieder / hostingpartij (hosting provider). Several today; later "
            "possibly a central SaaS provider under national coordination."
        ),
        responsibilities=(
            "Runs stable versions from the publication repository for "
            "municipalities: performance, scalability and capacity, monitoring, "
            "incident management, backups and recovery, day-to-day security; reports "
            "bugs, issues and requirements back to the central issue tracker."
        ),
        sources=ROLES_SOURCES,
    ),
    RoleTypeSpec(
        slug="implementation-partner",
        name="Implementatiepartij",
        description="Implementatiepartij.",
        responsibilities="Helps a municipality adopt and implement the component.",
        sources=ROLES_SOURCES,
    ),
    RoleTypeSpec(
        slug="commissioning-party",
        name="Opdrachtgever",
        description="Opdrachtgever.",
        responsibilities=(
            "Commissions and funds work on the component and states its needs."
        ),
    ),
    RoleTypeSpec(
        slug="user",
        name="Afnemer",
        description="Afnemer.",
        responsibilities=(
            "Uses the component and reports the bugs and improvements it finds."
        ),
    ),
    RoleTypeSpec(
        slug="standard-facilitator",
        name="Facilitator van de standaard",
        description="Facilitator of the standard the component implements.",
        responsibilities=(
            "Guards the vision of the standard, supplies knowledge of the information "
            "model and takes the formal steps, such as making delivered products a "
            "standard."
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
            },
            m2m={"sources": [sources[key] for key in spec.sources]},
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
    start_date: date | None = None
    end_date: date | None = None

    @property
    def key(self) -> str:
        return f"{COMPONENT_SLUG}/{self.role}/{self.party}"


ROLES_TODAY = (
    "Today Maykin, per the pilot's role model; the same vendor holds publisher, "
    "development, review and maintenance roles."
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
        "Commissioned OpenZaak as the SED coalition of Stede Broec, Enkhuizen and "
        "Drechterland."
    ),
    "Dimpact": (
        "Led the municipalities that commissioned OpenZaak and took part on behalf "
        "of its more than 30 member municipalities."
    ),
}


def _assignment_specs() -> tuple[AssignmentSpec, ...]:
    maykin = (
        AssignmentSpec(
            party="Maykin Media",
            role="maintainer",
            description=(
                "Initial developer of OpenZaak; today the source-code maintainer "
                "(broncodebeheerder) under its cost-sharing model."
            ),
            sources=("seed-004", "maykin-plus-broncodebeheer"),
        ),
        AssignmentSpec(
            party="Maykin Media",
            role="publisher",
            description=ROLES_TODAY,
            sources=("samenwerken-rollen",),
        ),
        AssignmentSpec(
            party="Maykin Media",
            role="development-party",
            description=ROLES_TODAY,
            sources=("samenwerken-rollen",),
        ),
        AssignmentSpec(
            party="Maykin Media",
            role="review-party",
            description=(
                f"{ROLES_TODAY} Reviewing its own development does not meet the "
                "four-eyes rule; the role model foresees a second market party with "
                "a review contract."
            ),
            sources=("samenwerken-rollen",),
        ),
        AssignmentSpec(
            party="Maykin Media",
            role="maintenance-party",
            description=(
                "Today Maykin, as part of a feature contract; intended: a specific "
                "maintenance contract."
            ),
            sources=("samenwerken-rollen",),
        ),
    )
    others = (
        AssignmentSpec(
            party="Foundation for Public Code",
            role="code-steward",
            description=(
                "Its code stewards facilitate the OpenZaak community; the start date "
                "is not given in the sources."
            ),
            sources=("seed-004",),
        ),
        AssignmentSpec(
            party="G4",
            role="coordinating-party",
            description=(
                "Today the G4 consultation (G4-overleg); national coordination "
                "(landelijke regie) is to take over."
            ),
            sources=("samenwerken-rollen", "seed-001"),
        ),
        AssignmentSpec(
            party="G4",
            role="pilot-coordinator",
            description="The G4 cities started the pilot around OpenZaak.",
            sources=("seed-000", "seed-001"),
        ),
        AssignmentSpec(
            party="VNG Realisatie",
            role="standard-facilitator",
            description=(
                "Facilitates the standard OpenZaak implements, the APIs for "
                "zaakgericht werken (from ZDS 2.0); recorded on OpenZaak because "
                "roles are held for a component."
            ),
            sources=("seed-002",),
        ),
    )
    commissioning = tuple(
        AssignmentSpec(
            party=party,
            role="commissioning-party",
            description=COMMISSIONING_NOTES.get(
                party, "One of the municipalities that commissioned OpenZaak."
            ),
            sources=("seed-003", "seed-004"),
        )
        for party in COMMISSIONING_PARTIES
    )
    return maykin + others + commissioning


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
                "start_date": spec.start_date,
                "end_date": spec.end_date,
            },
            m2m={"sources": [sources[key] for key in spec.sources]},
        )
        for spec in ROLE_ASSIGNMENTS
    }

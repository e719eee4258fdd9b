"""The pilot's reliability themes and goals (seed 001), and its first review."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from apps.components.models import Component
from apps.core.constants import Basis
from apps.core.models import Source
from apps.goals.constants import GoalStatus, ScoreScenario
from apps.goals.models import (
    GoalProgress,
    ImprovementGoal,
    ReliabilityDimension,
    ReliabilityScore,
    ReliabilityTheme,
    Review,
)
from apps.parties.models import Party
from apps.roles.models import RoleAssignment

from .sources import cite
from .upsert import stated, upsert_by_key, upsert_by_slug

#: The date of the pilot report that set the goals.
REPORT_DATE = date(2025, 10, 16)

PILOT_ASSIGNMENT = "openzaak/pilot-coordinator/G4"


#: The pilot report says the G4 run the pilot but names no owner of any goal.
OWNER_INFERRED = (
    "Het pilotverslag (16/10/2025) noemt geen eigenaar van dit doel. Afgeleid: de "
    "G4 is de eigenaar, omdat de G4-steden de pilot zijn gestart die de doelen "
    "heeft opgesteld (seed 000 en 001)."
)

#: Identified by the report of 16/10/2025 ("waar verder op gewerkt wordt"): set
#: on or before that day, on a day it does not give; no later source reports on
#: the goals.
GOAL_PERIOD = stated(known_since=REPORT_DATE, last_confirmed=REPORT_DATE)


@dataclass(frozen=True)
class GoalSpec:
    title: str
    description: str
    owner: str | None = "G4"
    status: str = GoalStatus.PROPOSED
    progress: int = 0
    carried_by: tuple[str, ...] = ()
    #: Why the record is inferred, beyond its owner (e.g. an estimated progress).
    inference: str = ""

    @property
    def basis_note(self) -> str:
        parts = [OWNER_INFERRED if self.owner == "G4" else "", self.inference]
        return " ".join(part for part in parts if part)


@dataclass(frozen=True)
class ThemeSpec:
    slug: str
    name: str
    rationale: str
    goals: tuple[GoalSpec, ...]


SINGLE_ENTRY = "Verbeteringsdoelen OpenZaak.org - single point of entry/truth: "
HOSTING_DOCS = "Verbeteringsdoelen documentatie hostingproviders: "

THEMES: tuple[ThemeSpec, ...] = (
    ThemeSpec(
        slug="documentation",
        name="Documentatie",
        rationale=(
            "Documentatie is essentieel voor de bedrijfszekerheid van OpenZaak:\n"
            "- vermindert het risico op een busfactor bij deskundige individuen en "
            "deelnemende organisaties\n"
            "- verlaagt de kosten en tijd voor onboarding van nieuwe individuen en "
            "partijen"
        ),
        goals=(
            GoalSpec(
                "OpenZaak.org herintroduceren als entree naar het ecosysteem",
                f"{SINGLE_ENTRY}herintroductie OpenZaak.org als entree naar het "
                "ecosysteem.",
            ),
            GoalSpec(
                "Huidige informatie updaten waar nodig",
                f"{SINGLE_ENTRY}huidige informatie updaten waar nodig.",
            ),
            GoalSpec(
                "Handleiding naar alle bestaande documentatie en huidige spelers in "
                "het ecosysteem",
                f"{SINGLE_ENTRY}handleiding naar alle bestaande documentatie en "
                "huidige spelers in het ecosysteem.",
            ),
            GoalSpec(
                "Beter overzicht van en uitnodiging voor gemeenten, hostingproviders "
                "en anderen, met uitleg over de governance",
                f"{SINGLE_ENTRY}verbeterd overzicht van en uitnodiging voor "
                "gemeenten, hostingproviders, etc. met uitleg over governance.",
            ),
            GoalSpec(
                "Documentatie samen met de huidige hostingproviders controleren",
                f"{HOSTING_DOCS}samenwerken met huidige hostingproviders om "
                "documentatie te controleren.",
            ),
            GoalSpec(
                "Documentatie verfrissen",
                f"{HOSTING_DOCS}documentatie verfrissen.",
            ),
            GoalSpec(
                "In de toekomst: een doorlopend contract met één partij om de "
                "niet-feature-specifieke documentatie in stand te houden (of te "
                "coördineren)",
                f"{HOSTING_DOCS}in de toekomst: continu contract met een partij om "
                "niet-feature-specifieke documentatie in stand te houden (of te "
                "coördineren). Een doel dat verder reikt dan de pilot; daarom is er geen "
                "eigenaar vastgelegd.",
                owner=None,
            ),
        ),
    ),
    ThemeSpec(
        slug="ecosystem-coordinator",
        name="Ecosysteemcoördinator",
        rationale=(
            "Het OpenZaak-ecosysteem verandert continu. Een "
            "coördinator die gestructureerd het ecosysteem bijstuurt, helpt de "
            "bedrijfszekerheid te borgen, bijvoorbeeld:\n"
            "- goede samenwerking in stand houden en verbeteren\n"
            "- opsporen, voorkomen en oplossen van spanningen en conflicten tussen "
            "partijen\n"
            "- risico's en kansen identificeren\n"
            "- oog hebben voor zaken waar niemand anders verantwoordelijk voor is"
        ),
        goals=(
            GoalSpec(
                "Eenmalig de stand van zaken in kaart brengen, actualiseren en "
                "interventies bepalen (workshop 1)",
                "Eenmalig stand van zaken in kaart brengen, actualiseren en "
                "interventies bepalen (workshop 1). In uitvoering: het verslag noemt de "
                "workshop over governancedoelen als uitgevoerd (afstemmen over de "
                "stand van zaken, sterktes, zwaktes, kansen en bedreigingen in kaart "
                "brengen), maar meldt nog geen besloten interventies. Het "
                "voortgangscijfer is een schatting die voor deze demo is gemaakt.",
                status=GoalStatus.IN_PROGRESS,
                progress=50,
                inference=(
                    "Status en voortgang zijn afgeleid: het verslag noemt workshop 1 "
                    "als uitgevoerd en nog geen interventies; 50 % is een schatting "
                    "voor deze demo."
                ),
                carried_by=(PILOT_ASSIGNMENT,),
            ),
            GoalSpec(
                "Een 6-maandelijkse review opstarten",
                "Opstarten van 6-maandelijkse review met Miro-board voor "
                "retrospectieve, bedrijfszekerheidsfactoren en toekomstscenario's, en "
                "dynamieken + ingrepen bespreken.",
                carried_by=(PILOT_ASSIGNMENT,),
            ),
        ),
    ),
    ThemeSpec(
        slug="funding-streams",
        name="Financieringsstromen",
        rationale=(
            "Bewuste financieringsstromen verbeteren de "
            "bedrijfszekerheid door:\n"
            "- inzichtelijk te maken welk werk gedaan (en nodig) is, en wie het "
            "betaald heeft\n"
            "- het gemakkelijker maken om werk te verdelen waar nodig\n"
            "- continuïteit te garanderen voor de uitvoerende, en daarmee ook voor de "
            "afnemende partijen"
        ),
        goals=(
            GoalSpec(
                "Werk opdelen in duidelijke, onafhankelijke contracten met duidelijke "
                "labels",
                "Werk opdelen in duidelijke, onafhankelijke contracten (duidelijke "
                "labels voor al het werk).",
            ),
            GoalSpec(
                "Continu noodzakelijk werk borgen met een specifiek, doorlopend "
                "contract",
                "Continu noodzakelijk werk borgen met een specifiek en continu "
                "contract.",
            ),
        ),
    ),
    ThemeSpec(
        slug="ownership",
        name="Eigenaarschap",
        rationale=(
            "Duidelijkheid rondom eigenaarschap van de codebase:\n"
            "- voorkomt onzekerheid bij externe partijen\n"
            "- voorkomt wettelijke onzekerheid\n"
            "- voorkomt mogelijke toekomstige conflicten"
        ),
        goals=(
            GoalSpec(
                "Verduidelijkende tekst over de EUPL voor de website, de codebase en "
                "de governance file",
                "Verduidelijkende tekst laten schrijven voor de "
                "website/codebase/governance file over EUPL.",
            ),
        ),
    ),
    ThemeSpec(
        slug="branch-management-and-merge-rights",
        name="Branchbeheer en merge rights",
        rationale=(
            "Werkelijk beheer van welke code waar "
            "wordt toegevoegd:\n"
            "- technische bedrijfszekerheid voor goede code\n"
            "- bedrijfszekerheid van service delivery"
        ),
        goals=(
            GoalSpec(
                "Een aparte repository voor release branches, alleen voor gemeenten",
                "Aparte gemeente-only repo voor release branches "
                '(archief/backup/publicatieplaats/"landelijke voorziening").',
            ),
        ),
    ),
    ThemeSpec(
        slug="roles-in-the-ecosystem",
        name="Rollen in het ecosysteem",
        rationale=(
            "Het goed verdelen van rollen rondom OpenZaak "
            "helpt de bedrijfszekerheid door:\n"
            "- warme kennis bij verschillende partijen\n"
            "- meer ogen en perspectieven\n"
            "- ecosysteem ingericht op samenwerking is toegankelijker voor nieuwe "
            "partijen\n"
            "- betere documentatie, omdat het voor een ander wordt gedocumenteerd\n"
            "- gebruikers van de code (implementatie/hosting/etc.) geven gevonden "
            "bugs en verbeteringen door, die daardoor beter navolgbaar zijn\n"
            "- inrichten van het ecosysteem op samenwerking zorgt voor een "
            "codebase/repository die beter georganiseerd is voor samenwerking "
            "(Conway's Law)"
        ),
        goals=(
            GoalSpec(
                "In workshop 2 gezamenlijk samenwerkingspatronen en stappen "
                "onderzoeken",
                "In Workshop 2 onderzoeken we gezamenlijk mogelijke "
                "samenwerkingspatronen en stappen, bijv. over hoe meerdere partijen "
                "kunnen bijdragen/meekijken in het ontwikkelproces.",
                carried_by=(PILOT_ASSIGNMENT,),
            ),
        ),
    ),
)


def goal_key(theme: ThemeSpec, position: int) -> str:
    return f"{theme.slug}/{position}"


def themes_load(
    component: Component,
    parties: Mapping[str, Party],
    assignments: Mapping[str, RoleAssignment],
    sources: Mapping[str, Source],
) -> dict[str, ImprovementGoal]:
    """The six themes with their improvement goals; returns the goals by key."""
    seed = cite(sources, ("seed-001",))
    goals: dict[str, ImprovementGoal] = {}
    for theme_position, spec in enumerate(THEMES, start=1):
        theme = upsert_by_slug(
            ReliabilityTheme,
            spec.slug,
            {
                "name": spec.name,
                "rationale": spec.rationale,
                "component": component,
                "position": theme_position,
                "basis": Basis.SOURCED,
            },
            m2m={"sources": seed},
        )
        for position, goal in enumerate(spec.goals, start=1):
            key = goal_key(spec, position)
            goals[key] = upsert_by_key(
                ImprovementGoal,
                key,
                {
                    "theme": theme,
                    "title": goal.title,
                    "description": goal.description,
                    "owner": parties[goal.owner] if goal.owner else None,
                    "status": goal.status,
                    "progress": goal.progress,
                    "position": position,
                    **GOAL_PERIOD,
                    "target_date": None,
                    "basis": Basis.INFERRED if goal.basis_note else Basis.SOURCED,
                    "basis_note": goal.basis_note,
                },
                m2m={
                    "sources": seed,
                    "role_assignments": [assignments[k] for k in goal.carried_by],
                },
            )
    return goals


@dataclass(frozen=True)
class DimensionSpec:
    slug: str
    name: str
    question: str
    x_axis: tuple[str, str]
    y_axis: tuple[str, str]
    current: tuple[str, str]
    ambition: tuple[str, str] = ("0.80", "0.80")


DIMENSIONS: tuple[DimensionSpec, ...] = (
    DimensionSpec(
        slug="continuity",
        name="Continuïteit",
        question=(
            "Hoe belangrijk is de continuïteit voor de overheid, en hoe "
            "belangrijk is de continuïteit van de marktpartij?"
        ),
        x_axis=("Onzekerheid overheid", "Zekerheid overheid"),
        y_axis=("Onzekerheid marktpartij", "Zekerheid marktpartij"),
        current=("0.30", "0.30"),
    ),
    DimensionSpec(
        slug="funding",
        name="Financiering",
        question="Hoe strak is de financiering rondom de codebase?",
        x_axis=("Strak", "Flexibel"),
        y_axis=("Ongestructureerd", "Gestructureerd"),
        current=("0.40", "0.30"),
    ),
    DimensionSpec(
        slug="responsibility",
        name="Verantwoordelijkheid",
        question=(
            "Op welke wijze wordt verantwoordelijkheid voor de codebase geborgd?"
        ),
        x_axis=("Onverbonden", "Persoonlijke betrokkenheid"),
        y_axis=("Ongestructureerd", "Structureel gewaarborgd"),
        current=("0.80", "0.30"),
    ),
    DimensionSpec(
        slug="collaboration",
        name="Samenwerking",
        question="Hoe werkt de community samen?",
        x_axis=("Opportunistisch", "Waarde gedreven"),
        y_axis=("Ad hoc", "Gestructureerd"),
        current=("0.50", "0.40"),
    ),
)


def dimensions_load(sources: Mapping[str, Source]) -> dict[str, ReliabilityDimension]:
    """The four dimensions of the reliability factor, by slug."""
    return {
        spec.slug: upsert_by_slug(
            ReliabilityDimension,
            spec.slug,
            {
                "name": spec.name,
                "question": spec.question,
                "x_axis_low": spec.x_axis[0],
                "x_axis_high": spec.x_axis[1],
                "y_axis_low": spec.y_axis[0],
                "y_axis_high": spec.y_axis[1],
                "position": position,
                "basis": Basis.SOURCED,
            },
            m2m={"sources": cite(sources, ("samenwerken-bedrijfszekerheidsfactor",))},
        )
        for position, spec in enumerate(DIMENSIONS, start=1)
    }


REVIEW_KEY = "openzaak/workshop-1"

REVIEW_VALUES: dict[str, object] = {
    "title": "Workshop 1: governancedoelen",
    "held_on": REPORT_DATE,
    "next_review_due": date(2026, 4, 16),
    "retrospective": (
        "Tot nu toe uitgevoerd: 11 interviews met vertegenwoordigers van Utrecht, "
        "Den Haag, Rotterdam, VNG, Maykin, Worth en Ritense; een analyse van de "
        "huidige documentatie rondom OpenZaak; en een workshop over governancedoelen "
        "waarin de stand van zaken in het ecosysteem is afgestemd, sterktes, "
        "zwaktes, kansen en bedreigingen in kaart zijn gebracht en een gedeeld begrip "
        "is opgebouwd van de kerndynamieken van de governance."
    ),
    "scenarios": (
        "De codebase nu tegenover de ambitie van OpenZaak als landelijke "
        "voorziening, met de komende overgang naar centrale, landelijke regie."
    ),
    "interventions": (
        "De verbeteringsdoelen onder de zes bedrijfszekerheidsthema's: "
        "documentatie, ecosysteemcoördinator, financieringsstromen, eigenaarschap, "
        "branchbeheer en merge rights, rollen in het ecosysteem."
    ),
    "notes": (
        "Samenvatting van de bevindingen: open source is geen doel op zich, maar de "
        "beste manier om digitale soevereiniteit, transparantie en "
        "kosteneffectiviteit te bereiken. OpenZaak is geen typisch "
        "open-sourceproject: een duidelijk afgebakende component, ontwikkeld voor de "
        "Nederlandse context, onder beheer van de overheid, met een overzichtelijk "
        "aantal marktpartijen. De nadruk ligt op het borgen van bedrijfszekerheid "
        "door strategische regie van het ecosysteem als geheel: productmanagement, "
        "communitymanagement en codebase-governance, en de vraag hoe deze functies "
        "worden ingekocht en uitgevoerd.\n\n"
        "Het verslag publiceert de sterktes, zwaktes, kansen en bedreigingen uit de "
        "workshop niet; die velden blijven daarom leeg. De review draagt de datum "
        "van het verslag (16/10/2025); de datum van de workshop zelf wordt niet "
        "vermeld."
    ),
}


#: The review's content is the report's; its form is the register's inference.
REVIEW_INFERRED = (
    "Het pilotverslag beschrijft workshop 1 maar noemt de datum en de coördinator "
    "niet: de review draagt de datum van het verslag (16/10/2025), de G4 als "
    "coördinator (de G4-steden voeren de pilot uit) en de scores van de "
    "bedrijfszekerheidsfactor (samenwerken-repository) als stand van die workshop."
)


def review_load(
    component: Component,
    parties: Mapping[str, Party],
    dimensions: Mapping[str, ReliabilityDimension],
    goals: Mapping[str, ImprovementGoal],
    sources: Mapping[str, Source],
) -> Review:
    """The pilot's first review with its scores and the state of every goal."""
    review = upsert_by_key(
        Review,
        REVIEW_KEY,
        {
            **REVIEW_VALUES,
            "component": component,
            "coordinator": parties["G4"],
            "basis": Basis.INFERRED,
            "basis_note": REVIEW_INFERRED,
        },
        m2m={
            "sources": cite(
                sources, ("seed-001", "samenwerken-bedrijfszekerheidsfactor")
            )
        },
    )
    for spec in DIMENSIONS:
        for scenario, (x, y) in (
            (ScoreScenario.CURRENT, spec.current),
            (ScoreScenario.AMBITION, spec.ambition),
        ):
            upsert_by_key(
                ReliabilityScore,
                f"{REVIEW_KEY}/{spec.slug}/{scenario.value}",
                {
                    "review": review,
                    "dimension": dimensions[spec.slug],
                    "scenario": scenario,
                    "x": Decimal(x),
                    "y": Decimal(y),
                },
            )
    for key, goal in goals.items():
        upsert_by_key(
            GoalProgress,
            f"{REVIEW_KEY}/{key}",
            {
                "review": review,
                "goal": goal,
                "status": goal.status,
                "progress": goal.progress,
                "note": "Stand volgens het pilotverslag van 16/10/2025.",
            },
        )
    return review

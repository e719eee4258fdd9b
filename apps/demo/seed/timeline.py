"""Dated events of the ecosystem, each citing its source."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from apps.components.models import Component
from apps.core.models import Source
from apps.parties.models import Party
from apps.timeline.constants import DatePrecision
from apps.timeline.models import Event

from .components import COMMISSIONING_PARTIES
from .upsert import upsert_by_key


@dataclass(frozen=True)
class EventSpec:
    key: str
    day: date
    title: str
    description: str
    parties: tuple[str, ...]
    sources: tuple[str, ...]
    precision: str = DatePrecision.DAY
    about_openzaak: bool = True


EVENTS: tuple[EventSpec, ...] = (
    EventSpec(
        key="zaken-sprint-0",
        day=date(2018, 5, 30),
        title="Sprint 0 of the ZAKEN collaboration",
        description=(
            "Six municipalities and Dimpact (30 member municipalities) start working "
            "together with the vendors Atos and Maykin Media on the APIs for the new "
            "standard (ZDS 2.0); VNG Realisatie facilitates the standard."
        ),
        parties=(
            "Amsterdam",
            "Delft",
            "Eindhoven",
            "Haarlem",
            "Rotterdam",
            "Utrecht",
            "Dimpact",
            "Atos",
            "Maykin Media",
            "VNG Realisatie",
        ),
        sources=("seed-002",),
        about_openzaak=False,
    ),
    EventSpec(
        key="openzaak-production-ready",
        day=date(2020, 2, 1),
        precision=DatePrecision.MONTH,
        title="First production-ready OpenZaak",
        description=(
            "The first production-ready iteration of OpenZaak is completed, "
            "commissioned by a coalition of more than 45 municipalities."
        ),
        parties=COMMISSIONING_PARTIES,
        sources=("seed-003",),
    ),
    EventSpec(
        key="market-consultation-answers-due",
        day=date(2020, 5, 1),
        title="Answers to the OpenZaak market consultation due",
        description=(
            "Market parties answer the consultation on the OpenZaak vendor community "
            "before 1 May 2020. Organised by Dimpact on behalf of the OpenZaak "
            "municipalities, supported by the Foundation for Public Code."
        ),
        parties=("Dimpact", "Foundation for Public Code"),
        sources=("seed-003",),
    ),
    EventSpec(
        key="pilot-report-reliability-goals",
        day=date(2025, 10, 16),
        title="Pilot report on the reliability goals of OpenZaak",
        description=(
            "After 11 interviews (Utrecht, Den Haag, Rotterdam, VNG, Maykin, Worth, "
            "Ritense), a documentation analysis and a workshop on governance goals, "
            "the G4 pilot reports six reliability themes with improvement goals."
        ),
        parties=(
            "G4",
            "Utrecht",
            "Den Haag",
            "Rotterdam",
            "VNG",
            "Maykin Media",
            "Worth",
            "Ritense",
        ),
        sources=("seed-001",),
    ),
    EventSpec(
        key="merger-westerwolde",
        day=date(2018, 1, 1),
        title="Bellingwedde merges into Westerwolde",
        description=(
            "Bellingwedde and Vlagtwedde merge into the new municipality Westerwolde; "
            "Bellingwedde was a Dimpact member."
        ),
        parties=("Bellingwedde", "Westerwolde"),
        sources=("TOOI-RWC4",),
        about_openzaak=False,
    ),
    EventSpec(
        key="merger-groningen",
        day=date(2019, 1, 1),
        title="Ten Boer is added to Groningen",
        description=(
            "Ten Boer and Haren are added to Groningen, which continues as the "
            "municipality; Ten Boer was a Dimpact member."
        ),
        parties=("Ten Boer", "Groningen"),
        sources=("TOOI-RWC4",),
        about_openzaak=False,
    ),
    EventSpec(
        key="merger-maashorst",
        day=date(2022, 1, 1),
        title="Landerd merges into Maashorst",
        description=(
            "Landerd and Uden merge into the new municipality Maashorst; Landerd was "
            "a Dimpact member."
        ),
        parties=("Landerd", "Maashorst"),
        sources=("TOOI-RWC4",),
        about_openzaak=False,
    ),
)


def events_load(
    component: Component,
    parties: Mapping[str, Party],
    sources: Mapping[str, Source],
) -> list[Event]:
    """Every event of the demo timeline."""
    return [
        upsert_by_key(
            Event,
            spec.key,
            {
                "date": spec.day,
                "date_precision": spec.precision,
                "title": spec.title,
                "description": spec.description,
                "component": component if spec.about_openzaak else None,
            },
            m2m={
                "parties": [parties[name] for name in spec.parties],
                "sources": [sources[key] for key in spec.sources],
            },
        )
        for spec in EVENTS
    ]

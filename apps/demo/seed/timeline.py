"""Dated events of the ecosystem, each citing its source."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from apps.components.models import Component
from apps.core.constants import Basis
from apps.core.models import Source
from apps.parties.models import Party
from apps.timeline.constants import DatePrecision
from apps.timeline.models import Event

from .components import COMMISSIONING_PARTIES
from .sources import cite
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
        title="Sprint 0 van de ZAKEN-samenwerking",
        description=(
            "Zes gemeenten en Dimpact (30 lidgemeenten) gaan samen met de "
            "leveranciers Atos en Maykin Media aan de slag met de API's voor de nieuwe "
            "standaard (ZDS 2.0); VNG Realisatie faciliteert de standaard."
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
        title="Eerste productierijpe OpenZaak",
        description=(
            "De eerste productierijpe iteratie van OpenZaak is afgerond, gebouwd in "
            "opdracht van een coalitie van meer dan 45 gemeenten."
        ),
        parties=COMMISSIONING_PARTIES,
        sources=("seed-003",),
    ),
    EventSpec(
        key="market-consultation-answers-due",
        day=date(2020, 5, 1),
        title="Uiterste datum voor antwoorden op de OpenZaak-marktconsultatie",
        description=(
            "Marktpartijen beantwoorden voor 1 mei 2020 de consultatie over de "
            "leverancierscommunity van OpenZaak. Georganiseerd door Dimpact in "
            "opdracht van de OpenZaak-gemeenten, ondersteund door de Foundation for "
            "Public Code."
        ),
        parties=("Dimpact", "Foundation for Public Code"),
        sources=("seed-003",),
    ),
    EventSpec(
        key="pilot-report-reliability-goals",
        day=date(2025, 10, 16),
        title="Pilotverslag over de bedrijfszekerheidsdoelen van OpenZaak",
        description=(
            "Na 11 interviews (Utrecht, Den Haag, Rotterdam, VNG, Maykin, Worth, "
            "Ritense), een documentatieanalyse en een workshop over governancedoelen "
            "rapporteert de G4-pilot zes bedrijfszekerheidsthema's met "
            "verbeteringsdoelen."
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
        title="Bellingwedde gaat op in Westerwolde",
        description=(
            "Bellingwedde en Vlagtwedde gaan op in de nieuwe gemeente Westerwolde; "
            "Bellingwedde was lid van Dimpact."
        ),
        parties=("Bellingwedde", "Westerwolde"),
        sources=("TOOI-RWC4",),
        about_openzaak=False,
    ),
    EventSpec(
        key="merger-groningen",
        day=date(2019, 1, 1),
        title="Ten Boer wordt bij Groningen gevoegd",
        description=(
            "Ten Boer en Haren worden bij Groningen gevoegd, dat als gemeente "
            "voortbestaat; Ten Boer was lid van Dimpact."
        ),
        parties=("Ten Boer", "Groningen"),
        sources=("TOOI-RWC4",),
        about_openzaak=False,
    ),
    EventSpec(
        key="merger-maashorst",
        day=date(2022, 1, 1),
        title="Landerd gaat op in Maashorst",
        description=(
            "Landerd en Uden gaan op in de nieuwe gemeente Maashorst; Landerd was lid "
            "van Dimpact."
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
                "basis": Basis.SOURCED,
            },
            m2m={
                "parties": [parties[name] for name in spec.parties],
                "sources": cite(sources, spec.sources),
            },
        )
        for spec in EVENTS
    ]

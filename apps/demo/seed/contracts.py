"""Work categories, and illustrative contracts and funding streams.

The seeds give no contract values or funding amounts, so every contract and
funding stream here is an example: its basis is illustrative and the title says so.

Removed because they contradicted the sources (and deleted from a database an
earlier version loaded them into): a continuous maintenance contract from Dimpact
to Maykin Media for 2020-2026, with the members' funding of it (the role model
says maintenance is done as part of feature contracts, and a continuous contract
for continuously needed work is a goal of the pilot, not a fact); and Tilburg
paying through Dimpact, of which it is not a member.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from apps.components.models import Component
from apps.contracts.constants import ContractStatus, ContractType
from apps.contracts.models import Contract, WorkCategory
from apps.core.constants import Basis
from apps.core.models import Source
from apps.funding.models import FundingStream
from apps.parties.models import Party

from .sources import cite
from .upsert import delete_by_key, stated, upsert_by_key, upsert_by_slug

ILLUSTRATIVE_PREFIX = "Illustratief: "

#: (slug, name, description, the sources that describe the work).
WORK_CATEGORIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "maintenance",
        "Onderhoud",
        "Stabiele release branches, bugfixes, updates en beveiligingspatches.",
        ("samenwerken-rollen",),
    ),
    (
        "feature-development",
        "Featureontwikkeling",
        "Nieuwe features met hun documentatie en tests.",
        ("samenwerken-rollen",),
    ),
    (
        "documentation",
        "Documentatie",
        "Documentatie die niet specifiek is voor één feature.",
        ("seed-001",),
    ),
    (
        "hosting",
        "Hosting (SaaS)",
        "Het draaien van de component voor gemeenten.",
        ("samenwerken-rollen",),
    ),
    (
        "coordination",
        "Regie en coördinatie",
        "Het bijsturen van het ecosysteem, reviews, communitymanagement.",
        ("seed-001", "samenwerken-rollen"),
    ),
    (
        "security",
        "Beveiliging",
        "Beveiligingsreviews, het afhandelen van kwetsbaarheden en patches.",
        ("samenwerken-rollen",),
    ),
    (
        "support",
        "Ondersteuning",
        "Het beantwoorden van vragen van gebruikers en het afhandelen van incidenten.",
        ("seed-003",),
    ),
    (
        "publishing",
        "Uitgeven (releasemanagement)",
        "De upstream repository, releases, release notes en handleidingen.",
        ("samenwerken-rollen",),
    ),
    (
        "code-review",
        "Codereview",
        "Onafhankelijke review van bijdragen (vierogenprincipe).",
        ("samenwerken-rollen",),
    ),
    (
        "implementation",
        "Implementatie",
        "Een gemeente helpen de component in gebruik te nemen.",
        ("seed-003", "samenwerken-rollen"),
    ),
)


def work_categories_load(sources: Mapping[str, Source]) -> dict[str, WorkCategory]:
    """The labels for work, by slug."""
    return {
        slug: upsert_by_slug(
            WorkCategory,
            slug,
            {"name": name, "description": description, "basis": Basis.SOURCED},
            m2m={"sources": cite(sources, keys)},
        )
        for slug, name, description, keys in WORK_CATEGORIES
    }


@dataclass(frozen=True)
class ContractSpec:
    key: str
    title: str
    description: str
    client: str
    contractor: str
    category: str
    contract_type: str
    status: str
    start_date: date
    end_date: date | None
    value: Decimal
    sources: tuple[str, ...] = ()


CONTRACTS: tuple[ContractSpec, ...] = (
    ContractSpec(
        key="dimpact-maykin-initial-development",
        title=f"{ILLUSTRATIVE_PREFIX}eerste ontwikkeling van OpenZaak",
        description=(
            "Illustratief voorbeeld, geen echt contract: de brondocumenten zeggen "
            "alleen dat Maykin Media OpenZaak in eerste instantie heeft ontwikkeld, in "
            "opdracht van gemeenten onder leiding van Dimpact, en dat de eerste "
            "productierijpe iteratie in februari 2020 was afgerond. Datums en waarde "
            "zijn voorbeelden."
        ),
        client="Dimpact",
        contractor="Maykin Media",
        category="feature-development",
        contract_type=ContractType.ONE_OFF,
        status=ContractStatus.COMPLETED,
        start_date=date(2019, 8, 1),
        end_date=date(2020, 2, 29),
        value=Decimal("500000.00"),
        sources=("seed-003", "seed-004"),
    ),
    ContractSpec(
        key="g4-ffpc-pilot-coordination",
        title=f"{ILLUSTRATIVE_PREFIX}coördinatie van de governancepilot rond OpenZaak",
        description=(
            "Illustratief voorbeeld, geen echt contract: de G4 voert een pilot uit "
            "over de governance van OpenZaak (Verslag: OpenZaak "
            "Bedrijfszekerheidsdoelen); wie die uitvoert en voor welk bedrag, staat "
            "er niet in. Partijen, datums en waarde zijn voorbeelden."
        ),
        client="G4",
        contractor="Foundation for Public Code",
        category="coordination",
        contract_type=ContractType.ONE_OFF,
        status=ContractStatus.COMPLETED,
        start_date=date(2025, 1, 1),
        end_date=date(2025, 12, 31),
        value=Decimal("100000.00"),
        sources=("seed-001",),
    ),
    ContractSpec(
        key="utrecht-maykin-documentation",
        title=f"{ILLUSTRATIVE_PREFIX}actualisatie van de OpenZaak-documentatie",
        description=(
            "Illustratief voorbeeld, geen echt contract: eenmalig documentatiewerk, "
            "het soort werk waar de documentatiedoelen van de pilot om vragen. "
            "Partijen, datums en waarde zijn voorbeelden."
        ),
        client="Utrecht",
        contractor="Maykin Media",
        category="documentation",
        contract_type=ContractType.ONE_OFF,
        status=ContractStatus.COMPLETED,
        start_date=date(2024, 9, 1),
        end_date=date(2024, 12, 31),
        value=Decimal("20000.00"),
    ),
)


def contract_load(
    spec: ContractSpec,
    component: Component,
    parties: Mapping[str, Party],
    categories: Mapping[str, WorkCategory],
    sources: Mapping[str, Source],
) -> Contract:
    """One illustrative contract on OpenZaak."""
    return upsert_by_key(
        Contract,
        spec.key,
        {
            "title": spec.title,
            "description": spec.description,
            "client": parties[spec.client],
            "contractor": parties[spec.contractor],
            "component": component,
            "work_category": categories[spec.category],
            "contract_type": spec.contract_type,
            "status": spec.status,
            **stated(start=spec.start_date, end=spec.end_date),
            "value": spec.value,
            "currency": "EUR",
            "basis": Basis.ILLUSTRATIVE,
        },
        m2m={"sources": cite(sources, spec.sources)},
    )


#: Demo records an earlier version loaded that contradict the sources.
REMOVED_CONTRACTS: tuple[str, ...] = ("dimpact-maykin-maintenance",)
REMOVED_FUNDING_STREAMS: tuple[str, ...] = (
    "enschede-maintenance-2025",
    "zwolle-maintenance-2025",
    "oldambt-maintenance-2025",
    "tilburg-initial-development",
)


def contradicted_records_delete() -> int:
    """Delete the removed records (funding first: it protects its contract)."""
    return delete_by_key(FundingStream, REMOVED_FUNDING_STREAMS) + delete_by_key(
        Contract, REMOVED_CONTRACTS
    )


def contracts_load(
    component: Component,
    parties: Mapping[str, Party],
    categories: Mapping[str, WorkCategory],
    sources: Mapping[str, Source],
) -> dict[str, Contract]:
    """Every illustrative contract, by key."""
    return {
        spec.key: contract_load(spec, component, parties, categories, sources)
        for spec in CONTRACTS
    }


@dataclass(frozen=True)
class FundingSpec:
    key: str
    title: str
    funder: str
    recipient: str
    contract: str
    amount: Decimal
    start_date: date
    end_date: date | None
    intermediary: str | None = None


FUNDING_STREAMS: tuple[FundingSpec, ...] = (
    *(
        FundingSpec(
            key=f"{city.lower().replace(' ', '-')}-pilot-2025",
            title=f"{ILLUSTRATIVE_PREFIX}aandeel {city} in de governancepilot rond OpenZaak",
            funder=city,
            recipient="Foundation for Public Code",
            contract="g4-ffpc-pilot-coordination",
            amount=Decimal("25000.00"),
            start_date=date(2025, 1, 1),
            end_date=date(2025, 12, 31),
        )
        for city in ("Amsterdam", "Rotterdam", "Den Haag", "Utrecht")
    ),
    FundingSpec(
        key="utrecht-documentation",
        title=f"{ILLUSTRATIVE_PREFIX}Utrecht betaalt de actualisatie van de OpenZaak-documentatie",
        funder="Utrecht",
        recipient="Maykin Media",
        contract="utrecht-maykin-documentation",
        amount=Decimal("20000.00"),
        start_date=date(2024, 9, 1),
        end_date=date(2024, 12, 31),
    ),
)


def funding_stream_load(
    spec: FundingSpec,
    component: Component,
    parties: Mapping[str, Party],
    contracts: Mapping[str, Contract],
) -> FundingStream:
    """One illustrative funding stream, for the work of its contract."""
    contract = contracts[spec.contract]
    return upsert_by_key(
        FundingStream,
        spec.key,
        {
            "title": spec.title,
            "description": (
                "Illustratief voorbeeld: de brondocumenten noemen geen "
                "financieringsbedragen; financier, route en bedrag laten zien hoe geld "
                "kan stromen."
            ),
            "funder": parties[spec.funder],
            "recipient": parties[spec.recipient],
            "intermediary": parties[spec.intermediary] if spec.intermediary else None,
            "amount": spec.amount,
            "currency": "EUR",
            **stated(start=spec.start_date, end=spec.end_date),
            "contract": contract,
            "work_category": contract.work_category,
            "component": component,
            "basis": Basis.ILLUSTRATIVE,
        },
    )


def funding_streams_load(
    component: Component,
    parties: Mapping[str, Party],
    contracts: Mapping[str, Contract],
) -> list[FundingStream]:
    return [
        funding_stream_load(spec, component, parties, contracts)
        for spec in FUNDING_STREAMS
    ]

"""Work categories, and illustrative contracts (with their lots) and funding
streams.

The seeds give no contract values or funding amounts, so every contract, lot and
funding stream here is an example: its basis is illustrative and the title says
so. No seed names the lots (*kavels*) of a procurement, so each contract has the
one lot its work makes plain. The maintenance the role model says Maykin does "as
part of a feature contract" is carried out under the feature lot of the
illustrative feature contract (its work category is feature development, not
maintenance: exactly what the register must show). Money through Dimpact is one
stream with Dimpact as its hop.

Removed because they contradicted the sources (and deleted from a database an
earlier version loaded them into): a continuous maintenance contract from Dimpact
to Maykin Media for 2020-2026, with the members' funding of it (the role model
says maintenance is done as part of feature contracts, and a continuous contract
for continuously needed work is a goal of the pilot, not a fact); and Tilburg
paying through Dimpact, of which it is not a member.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from apps.components.models import Component
from apps.contracts.constants import ContractType
from apps.contracts.models import Contract, Lot, WorkCategory
from apps.core.constants import Basis
from apps.core.models import Source
from apps.funding.models import FundingStream
from apps.funding.services import (
    funding_stream_amounts_set,
    funding_stream_route_set,
)
from apps.parties.models import Party

from .sources import cite
from .upsert import (
    delete_by_key,
    stated,
    upsert_by_key,
    upsert_by_slug,
)

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
class LotSpec:
    key: str
    name: str
    category: str
    contract_type: str
    value: Decimal
    sla: str = ""
    codebase_state: str = ""


@dataclass(frozen=True)
class ContractSpec:
    key: str
    title: str
    description: str
    client: str
    contractor: str
    start_date: date
    end_date: date | None
    lots: tuple[LotSpec, ...]
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
        start_date=date(2019, 8, 1),
        end_date=date(2020, 2, 29),
        lots=(
            LotSpec(
                key="development",
                name="Ontwikkeling",
                category="feature-development",
                contract_type=ContractType.ONE_OFF,
                value=Decimal("500000.00"),
                codebase_state="de eerste productierijpe iteratie (februari 2020)",
            ),
        ),
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
        start_date=date(2025, 1, 1),
        end_date=date(2025, 12, 31),
        lots=(
            LotSpec(
                key="coordination",
                name="Pilotcoördinatie",
                category="coordination",
                contract_type=ContractType.ONE_OFF,
                value=Decimal("100000.00"),
            ),
        ),
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
        start_date=date(2024, 9, 1),
        end_date=date(2024, 12, 31),
        lots=(
            LotSpec(
                key="documentation",
                name="Documentatie",
                category="documentation",
                contract_type=ContractType.ONE_OFF,
                value=Decimal("20000.00"),
            ),
        ),
    ),
    ContractSpec(
        key="g4-maykin-features",
        title=f"{ILLUSTRATIVE_PREFIX}featureontwikkeling van OpenZaak",
        description=(
            "Illustratief voorbeeld, geen echt contract: het rolmodel van de pilot "
            "zegt dat Maykin het onderhoud nu doet als onderdeel van een "
            "featurecontract, en noemt de regiepartij (nu het G4-overleg) als "
            "opdrachtgever; welk contract dat is, staat er niet in. Opdrachtgever, "
            "datums en waarde zijn voorbeelden."
        ),
        client="G4",
        contractor="Maykin Media",
        start_date=date(2025, 1, 1),
        end_date=date(2026, 12, 31),
        lots=(
            LotSpec(
                key="features",
                name="Featureontwikkeling",
                category="feature-development",
                contract_type=ContractType.ONE_OFF,
                value=Decimal("150000.00"),
                sla="Illustratief: het onderhoud (bugfixes, beveiligingspatches) "
                "gebeurt als onderdeel van dit werk, zonder eigen SLA.",
            ),
        ),
        sources=("samenwerken-rollen",),
    ),
)


def contract_load(
    spec: ContractSpec,
    component: Component,
    parties: Mapping[str, Party],
    categories: Mapping[str, WorkCategory],
    sources: Mapping[str, Source],
) -> tuple[Contract, dict[str, Lot]]:
    """One illustrative contract on OpenZaak, and its lots by key."""
    period = stated(start=spec.start_date, end=spec.end_date)
    contract = upsert_by_key(
        Contract,
        spec.key,
        {
            "title": spec.title,
            "description": spec.description,
            "client": parties[spec.client],
            "contractor": parties[spec.contractor],
            **period,
            "basis": Basis.ILLUSTRATIVE,
        },
        m2m={"components": [component], "sources": cite(sources, spec.sources)},
    )
    lots = {
        lot.key: upsert_by_key(
            Lot,
            f"{spec.key}/{lot.key}",
            {
                "contract": contract,
                "name": lot.name,
                "work_category": categories[lot.category],
                "contract_type": lot.contract_type,
                **period,
                "value": lot.value,
                "currency": "EUR",
                "sla": lot.sla,
                "codebase_state": lot.codebase_state,
                "basis": Basis.ILLUSTRATIVE,
            },
        )
        for lot in spec.lots
    }
    other_lots_delete(contract, lots.values())
    return contract, lots


def other_lots_delete(contract: Contract, lots: Iterable[Lot]) -> None:
    """Delete the lots the migration made from a contract an earlier version of
    the demo loaded (one per contract, named after it): the demo names its own.
    One by one, so that each leaves its history row; a later run finds none."""
    for lot in contract.lots.exclude(pk__in=[lot.pk for lot in lots]):
        lot.delete()


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
) -> dict[str, tuple[Contract, dict[str, Lot]]]:
    """Every illustrative contract with its lots, by key."""
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
    #: The lot of the contract it pays for; empty: the whole contract.
    lot: str = ""
    #: The parties the money passes through, in order.
    hops: tuple[str, ...] = ()
    #: The amount per year, where it runs over several years.
    years: tuple[tuple[int, Decimal], ...] = ()


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
        lot="documentation",
        amount=Decimal("20000.00"),
        start_date=date(2024, 9, 1),
        end_date=date(2024, 12, 31),
    ),
    FundingSpec(
        # Enschede is a member of Dimpact (seed 002), which led the
        # municipalities that commissioned OpenZaak (seeds 003 and 004): the
        # money is one stream, through Dimpact as its hop.
        key="enschede-initial-development",
        title=(
            f"{ILLUSTRATIVE_PREFIX}bijdrage van Enschede aan de eerste ontwikkeling "
            "van OpenZaak, via Dimpact"
        ),
        funder="Enschede",
        recipient="Maykin Media",
        contract="dimpact-maykin-initial-development",
        lot="development",
        hops=("Dimpact",),
        amount=Decimal("50000.00"),
        years=((2019, Decimal("20000.00")), (2020, Decimal("30000.00"))),
        start_date=date(2019, 8, 1),
        end_date=date(2020, 2, 29),
    ),
)


def funding_stream_load(
    spec: FundingSpec,
    component: Component,
    parties: Mapping[str, Party],
    contracts: Mapping[str, tuple[Contract, dict[str, Lot]]],
) -> FundingStream:
    """One illustrative funding stream, for a contract or one of its lots."""
    contract, lots = contracts[spec.contract]
    stream = upsert_by_key(
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
            "amount": spec.amount,
            "currency": "EUR",
            **stated(start=spec.start_date, end=spec.end_date),
            "contract": None if spec.lot else contract,
            "lot": lots[spec.lot] if spec.lot else None,
            "work_category": None,
            "component": component,
            "basis": Basis.ILLUSTRATIVE,
        },
    )
    funding_stream_route_set(
        stream=stream, parties=[parties[name] for name in spec.hops]
    )
    funding_stream_amounts_set(stream=stream, amounts=list(spec.years))
    return stream


def funding_streams_load(
    component: Component,
    parties: Mapping[str, Party],
    contracts: Mapping[str, tuple[Contract, dict[str, Lot]]],
) -> list[FundingStream]:
    return [
        funding_stream_load(spec, component, parties, contracts)
        for spec in FUNDING_STREAMS
    ]

"""The public documents the demo data cites."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from apps.core.constants import SourceKind
from apps.core.models import Source

from .upsert import upsert_by_key

SAMENWERKEN_URL = "https://github.com/open-zaak/samenwerken"


@dataclass(frozen=True)
class SourceSpec:
    key: str
    title: str
    kind: str
    url: str = ""
    publisher: str = ""
    published_on: date | None = None
    reference: str = ""
    summary: str = ""


SEED_SOURCES: tuple[SourceSpec, ...] = (
    SourceSpec(
        key="seed-000",
        title="Project OpenZaak Samenwerken",
        kind=SourceKind.DOCUMENT,
        url=SAMENWERKEN_URL,
        reference="index.md",
        summary=(
            "Landing page of the OpenZaak Samenwerken project: the G4 cities started "
            "a pilot around OpenZaak on governance, maintenance and the code review "
            "process, not on central coordination, the VNG standard or how new "
            "parties join."
        ),
    ),
    SourceSpec(
        key="seed-001",
        title="Verslag: OpenZaak Bedrijfszekerheidsdoelen",
        kind=SourceKind.DOCUMENT,
        url=SAMENWERKEN_URL,
        published_on=date(2025, 10, 16),
        reference=(
            "docs/verslag-bedrijfszekerheidsdoelen.md "
            "(later moved to resultaten/bedrijfszekerheid.md)"
        ),
        summary=(
            "Progress report of the OpenZaak pilot: 11 interviews, a documentation "
            "analysis and a workshop on governance goals; six reliability themes "
            "with their improvement goals."
        ),
    ),
    SourceSpec(
        key="seed-002",
        title="ZAKEN Samenwerking",
        kind=SourceKind.DOCUMENT,
        url="https://github.com/VNG-Realisatie/gemma-zaken",
        publisher="VNG Realisatie",
        reference="docs/content/introduction/samenwerking.md",
        summary=(
            "The parties of the ZAKEN collaboration that started with sprint 0 on "
            "2018-05-30, the 30 Dimpact member municipalities, the vendors Atos and "
            "Maykin Media, and VNG Realisatie's role in facilitating the standard."
        ),
    ),
    SourceSpec(
        key="seed-003",
        title=(
            "Inleiding: Open uitnodiging voor marktpartijen om lid te worden van de "
            "OpenZaak community"
        ),
        kind=SourceKind.DOCUMENT,
        url="https://github.com/open-zaak/open-zaak-market-consultation",
        publisher="Dimpact, on behalf of the OpenZaak municipalities",
        reference="introduction-nl.md (market consultation, introduction in Dutch)",
        summary=(
            "Introduction to the 2020 OpenZaak market consultation: OpenZaak was "
            "commissioned by a coalition of more than 45 municipalities, its first "
            "production-ready iteration was completed in February 2020, answers were "
            "due by 1 May 2020; organised by Dimpact, supported by the Foundation for "
            "Public Code."
        ),
    ),
    SourceSpec(
        key="seed-004",
        title="OpenZaak Community",
        kind=SourceKind.WEB_PAGE,
        url="https://openzaak.org",
        reference="Community page (src/pages/community.md in open-zaak/open-zaak-website)",
        summary=(
            "OpenZaak follows the Common Ground design principles and is optimised "
            "for the Haven reference implementation; it was initially developed by "
            "Maykin Media, commissioned by municipalities led by Dimpact, and is "
            "maintained by the community, facilitated by code stewards of the "
            "Foundation for Public Code."
        ),
    ),
)

FINDINGS_SOURCES: tuple[SourceSpec, ...] = (
    SourceSpec(
        key="samenwerken-rollen",
        title="Rollen voor meerdere marktpartijen",
        kind=SourceKind.DOCUMENT,
        url=SAMENWERKEN_URL,
        reference="resultaten/rollen-meerdere-marktpartijen.md",
        summary=(
            "The role model worked out in the pilot: coordinating party (today the G4 "
            "consultation), publisher, development party, review party and "
            "maintenance party (today all Maykin), SaaS provider and implementation "
            "party."
        ),
    ),
    SourceSpec(
        key="samenwerken-ecosysteemconfiguratie",
        title="Ecosysteemconfiguratie",
        kind=SourceKind.DOCUMENT,
        url=SAMENWERKEN_URL,
        reference="resultaten/ecosysteemconfiguratie.md (draft)",
        summary=(
            "Draft description of the roles and their relations in a component-based "
            "open-source ecosystem, with the coordinating party as ecosystem steward."
        ),
    ),
    SourceSpec(
        key="samenwerken-bedrijfszekerheidsfactor",
        title="Templates voor stewardship report: bedrijfszekerheidsfactor",
        kind=SourceKind.DOCUMENT,
        url=SAMENWERKEN_URL,
        reference="aanpak/workshop-1-governance-goals/bedrijfszekerheidsfactor.md",
        summary=(
            "The reliability factor on four dimensions (continuity, funding, "
            "responsibility, collaboration), each a point on two axes, for the "
            "codebase now and for the ambition as a national facility."
        ),
    ),
    SourceSpec(
        key="maykin-plus-broncodebeheer",
        title="Broncodebeheer",
        kind=SourceKind.DOCUMENT,
        url="https://github.com/maykinmedia/maykin-plus",
        publisher="Maykin Media",
        reference="docs/broncodebeheer/ (informatieblad.md: Open Zaak)",
        summary=(
            "The maintainer's cost-sharing model for source-code maintenance: a "
            "yearly target amount per product (for OpenZaak a draft EUR 145,000), "
            "shared by end-user organisations in weighted categories."
        ),
    ),
)

#: The sources the ``source`` column of organisations.csv refers to by key.
CSV_KEY_SOURCES: tuple[SourceSpec, ...] = (
    SourceSpec(
        key="TOOI-RWC4",
        title="TOOI: Register gemeenten compleet, version 4",
        kind=SourceKind.REGISTER,
        url="https://identifier.overheid.nl/tooi/set/rwc_gemeenten_compleet/4",
        reference=(
            "Reference date 2022-12-22; copy in Regionaal-Archief-Rivierenland/mdto.py "
            "mdto/data/rwc_gemeenten_compleet_4.json"
        ),
        summary="TOOI URIs, CBS codes, start and end dates and mergers of municipalities.",
    ),
    SourceSpec(
        key="OIN-2016",
        title="Digikoppeling OIN register (captured 2016-09-06)",
        kind=SourceKind.DATASET,
        url="https://github.com/openstate/datasets",
        reference="osn/sources/oin_register/oin_register.csv",
        summary="Organisation Identification Numbers (OIN) as registered in 2016.",
    ),
    SourceSpec(
        key="ORCA-2014",
        title="VNG municipal address list (ORCA, 2014)",
        kind=SourceKind.DATASET,
        url="https://github.com/openstate/datasets",
        reference="osn/sources/vng_orca/gemeenten_orca_vng.csv",
        summary="Municipal websites (host names) as listed in 2014.",
    ),
    SourceSpec(
        key="OZ-WEB",
        title="OpenZaak website: logo links",
        kind=SourceKind.REPOSITORY,
        url="https://github.com/open-zaak/open-zaak-website",
        reference="src/components/Logos/index.js",
        summary="Websites of the organisations shown on the OpenZaak website.",
    ),
)

REFERENCE_DATA_SOURCE = SourceSpec(
    key="organisations-csv",
    title="organisations.csv (reference data)",
    kind=SourceKind.DATASET,
    reference="apps/demo/data/organisations.csv",
    summary=(
        "The compiled list of the organisations the seed documents name, with "
        "identifiers, inhabitants, websites and mergers; each row's source column "
        "names the public source of its values (registers, Wikipedia or CBS pages, "
        "seed documents). A blank cell means the value could not be verified."
    ),
)

ALL_SOURCES: tuple[SourceSpec, ...] = (
    *SEED_SOURCES,
    *FINDINGS_SOURCES,
    *CSV_KEY_SOURCES,
    REFERENCE_DATA_SOURCE,
)


def source_load(spec: SourceSpec) -> Source:
    """Create or update one source."""
    return upsert_by_key(
        Source,
        spec.key,
        {
            "title": spec.title,
            "kind": spec.kind,
            "url": spec.url,
            "publisher": spec.publisher,
            "published_on": spec.published_on,
            "reference": spec.reference,
            "summary": spec.summary,
        },
    )


def sources_load() -> dict[str, Source]:
    """Every source of the demo data, by key."""
    return {spec.key: source_load(spec) for spec in ALL_SOURCES}

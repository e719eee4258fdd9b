"""The public documents the demo data cites."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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
            "Startpagina van het project OpenZaak Samenwerken: de G4-steden zijn een "
            "pilot rondom OpenZaak gestart over governance, beheer en het "
            "codereviewproces, niet over de centrale regie, de VNG-standaard of de "
            "manier waarop nieuwe partijen aansluiten."
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
            "(later verplaatst naar resultaten/bedrijfszekerheid.md)"
        ),
        summary=(
            "Voortgangsrapport van de OpenZaak-pilot: 11 interviews, een "
            "documentatieanalyse en een workshop over governancedoelen; zes "
            "bedrijfszekerheidsthema's met hun verbeteringsdoelen."
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
            "De partijen van de ZAKEN-samenwerking die op 2018-05-30 met sprint 0 "
            "begon, de 30 lidgemeenten van Dimpact, de leveranciers Atos en Maykin "
            "Media, en de rol van VNG Realisatie bij het faciliteren van de standaard."
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
        publisher="Dimpact, in opdracht van de OpenZaak-gemeenten",
        reference="introduction-nl.md (marktconsultatie, Nederlandstalige inleiding)",
        summary=(
            "Inleiding op de OpenZaak-marktconsultatie van 2020: OpenZaak is gebouwd "
            "in opdracht van een coalitie van meer dan 45 gemeenten, de eerste "
            "productierijpe iteratie was in februari 2020 afgerond en de antwoorden "
            "moesten voor 1 mei 2020 binnen zijn; georganiseerd door Dimpact, "
            "ondersteund door de Foundation for Public Code."
        ),
    ),
    SourceSpec(
        key="seed-004",
        title="OpenZaak Community",
        kind=SourceKind.WEB_PAGE,
        url="https://openzaak.org",
        # The seed's wording ("Code Stewards" van de Foundation for Public Code,
        # "Drechteland") is the page's version of 2020-11-20 (commit ae1eb8f).
        published_on=date(2020, 11, 20),
        reference=(
            "Communitypagina (src/pages/community.md in open-zaak/open-zaak-website), "
            "versie van 2020-11-20"
        ),
        summary=(
            "OpenZaak volgt de ontwerpprincipes van Common Ground en is "
            "geoptimaliseerd voor de Haven-referentie-implementatie; het is in eerste "
            "instantie ontwikkeld door Maykin Media, in opdracht van gemeenten onder "
            "leiding van Dimpact, en wordt beheerd door de community, gefaciliteerd "
            "door code stewards van de Foundation for Public Code."
        ),
    ),
)

FINDINGS_SOURCES: tuple[SourceSpec, ...] = (
    SourceSpec(
        key="samenwerken-rollen",
        title="Rollen voor meerdere marktpartijen",
        kind=SourceKind.DOCUMENT,
        url=SAMENWERKEN_URL,
        # First published in the repository on 2025-12-12 (commit 114cd7f, the
        # first version that says "Nu: Maykin" and "Nu: G4 overleg"); the
        # version of 2026-04-02 (commit 04990bb) still says so.
        published_on=date(2025, 12, 12),
        reference="resultaten/rollen-meerdere-marktpartijen.md",
        summary=(
            "Het rolmodel dat in de pilot is uitgewerkt: regiepartij (nu het "
            "G4-overleg), uitgever, ontwikkelpartij, reviewpartij en onderhoudspartij "
            "(nu allemaal Maykin), SaaS-aanbieder en implementatiepartij."
        ),
    ),
    SourceSpec(
        key="samenwerken-ecosysteemconfiguratie",
        title="Ecosysteemconfiguratie",
        kind=SourceKind.DOCUMENT,
        url=SAMENWERKEN_URL,
        reference="resultaten/ecosysteemconfiguratie.md (concept)",
        summary=(
            "Conceptbeschrijving van de rollen en hun onderlinge verhoudingen in een "
            "componentgebaseerd open-source-ecosysteem, met de regiepartij als "
            "steward van het ecosysteem."
        ),
    ),
    SourceSpec(
        key="samenwerken-bedrijfszekerheidsfactor",
        title="Templates voor stewardship report: bedrijfszekerheidsfactor",
        kind=SourceKind.DOCUMENT,
        url=SAMENWERKEN_URL,
        reference="aanpak/workshop-1-governance-goals/bedrijfszekerheidsfactor.md",
        summary=(
            "De bedrijfszekerheidsfactor op vier dimensies (continuïteit, "
            "financiering, verantwoordelijkheid, samenwerking), elk een punt op twee "
            "assen, voor de codebase nu en voor de ambitie als landelijke voorziening."
        ),
    ),
    SourceSpec(
        key="maykin-plus-broncodebeheer",
        title="Broncodebeheer",
        kind=SourceKind.DOCUMENT,
        url="https://github.com/maykinmedia/maykin-plus",
        publisher="Maykin Media",
        # First version 2026-03-20 (commit f6d97ae: "Maykin verzorgt het
        # broncodebeheer"), last changed 2026-04-16.
        published_on=date(2026, 3, 20),
        reference="docs/broncodebeheer/ (informatieblad.md: Open Zaak)",
        summary=(
            "Het kostenverdeelmodel van de maintainer voor broncodebeheer: een "
            "jaarlijks streefbedrag per product (voor OpenZaak EUR 145.000, in "
            "concept), verdeeld over eindgebruikersorganisaties in gewogen "
            "categorieën."
        ),
    ),
)

#: The sources the ``source`` column of organisations.csv refers to by key.
CSV_KEY_SOURCES: tuple[SourceSpec, ...] = (
    SourceSpec(
        key="TOOI-RWC4",
        title="TOOI: Register gemeenten compleet, versie 4",
        kind=SourceKind.REGISTER,
        url="https://identifier.overheid.nl/tooi/set/rwc_gemeenten_compleet/4",
        reference=(
            "Peildatum 2022-12-22; kopie in Regionaal-Archief-Rivierenland/mdto.py "
            "mdto/data/rwc_gemeenten_compleet_4.json"
        ),
        summary=(
            "TOOI-URI's, CBS-codes, begin- en einddatums en samenvoegingen van "
            "gemeenten."
        ),
    ),
    SourceSpec(
        key="OIN-2016",
        title="Digikoppeling OIN-register (stand van 2016-09-06)",
        kind=SourceKind.DATASET,
        url="https://github.com/openstate/datasets",
        reference="osn/sources/oin_register/oin_register.csv",
        summary="Organisatie-identificatienummers (OIN) zoals geregistreerd in 2016.",
    ),
    SourceSpec(
        key="ORCA-2014",
        title="VNG-adressenlijst van gemeenten (ORCA, 2014)",
        kind=SourceKind.DATASET,
        url="https://github.com/openstate/datasets",
        reference="osn/sources/vng_orca/gemeenten_orca_vng.csv",
        summary="Websites van gemeenten (hostnamen) zoals vermeld in 2014.",
    ),
    SourceSpec(
        key="OZ-GOV",
        title="DRAFT: OpenZaak codebase governance (GOVERNANCE.md)",
        kind=SourceKind.REPOSITORY,
        url="https://github.com/open-zaak/open-zaak/blob/main/GOVERNANCE.md",
        publisher="OpenZaak-community",
        # First on the main branch 2020-04-30 (merge 9070966); the member lists
        # of both steering teams from 2020-10-21 (merge d6b2c08) and 2020-11-06
        # (merge 731985c); the product steering team's list and its one-vote rule
        # were dropped on 2022-02-09 (merge 4275f92, "core group"); the version
        # read here is that of 2026-06-01 (merge aa6529b, commit d358261).
        published_on=date(2020, 4, 30),
        reference="GOVERNANCE.md (concept), main branch",
        summary=(
            "Conceptgovernance van de OpenZaak-codebase: een technische "
            "stuurgroep (leden per organisatie; liefst heeft geen organisatie een "
            "gewone meerderheid) en een productstuurgroep (ten hoogste één stem "
            "per organisatie), sinds 2022 de kerngroep zonder ledenlijst."
        ),
    ),
    SourceSpec(
        key="OZ-WEB",
        title="OpenZaak-website: logolinks",
        kind=SourceKind.REPOSITORY,
        url="https://github.com/open-zaak/open-zaak-website",
        reference="src/components/Logos/index.js",
        summary="Websites van de organisaties die de OpenZaak-website toont.",
    ),
)

REFERENCE_DATA_SOURCE = SourceSpec(
    key="organisations-csv",
    title="organisations.csv (referentiegegevens)",
    kind=SourceKind.DATASET,
    reference="apps/demo/data/organisations.csv",
    summary=(
        "De samengestelde lijst van de organisaties die de brondocumenten noemen, "
        "met identificatiecodes, inwonertallen, websites en samenvoegingen; de "
        "kolom source van elke rij noemt de openbare bron van de waarden "
        "(registers, pagina's van Wikipedia of het CBS, brondocumenten). Een lege "
        "cel betekent dat de waarde niet kon worden geverifieerd."
    ),
)

ALL_SOURCES: tuple[SourceSpec, ...] = (
    *SEED_SOURCES,
    *FINDINGS_SOURCES,
    *CSV_KEY_SOURCES,
    REFERENCE_DATA_SOURCE,
)


#: The day each source shows its facts holding, for "known since" and "last
#: confirmed". Seed 002 is the plan for sprint 0 (2018-05-30); seed 003 gives
#: only its deadline (answers before 2020-05-01), used as its date; seed 001 is
#: dated 16/10/2025. ORCA-2014 gives a year only: its last day.
SOURCE_DATES: dict[str, date] = {
    "seed-001": date(2025, 10, 16),
    "seed-002": date(2018, 5, 30),
    "seed-003": date(2020, 5, 1),
    "seed-004": date(2020, 11, 20),
    "samenwerken-rollen": date(2025, 12, 12),
    "maykin-plus-broncodebeheer": date(2026, 3, 20),
    "TOOI-RWC4": date(2022, 12, 22),
    "OIN-2016": date(2016, 9, 6),
    "ORCA-2014": date(2014, 12, 31),
    # The first main-branch version listing the product steering team in full.
    "OZ-GOV": date(2020, 10, 21),
}

#: Where in each source the demo's facts are, for citations with a locator
#: (a record may name a more precise one). Used once citations carry locators;
#: until then ``cite`` gives the sources alone.
LOCATORS: dict[str, str] = {
    "seed-000": "§ Context voor de pilot",
    "seed-001": "§ Geïdentificeerde bedrijfszekerheidsdoelstellingen voor dit pilot",
    "seed-002": "§ Samenwerkende partijen",
    "seed-003": "§ Inleiding",
    "seed-004": "§ Wie is de eigenaar van de OpenZaak?",
    "samenwerken-rollen": 'per rol: "Nu: …"',
    "samenwerken-ecosysteemconfiguratie": "rollen en hun verhoudingen",
    "samenwerken-bedrijfszekerheidsfactor": "de vier dimensies",
    "maykin-plus-broncodebeheer": "informatieblad.md, § Open Zaak",
    "organisations-csv": "kolom notes",
    "OZ-GOV": "§ Technical steering team, § Product steering team",
}


def cite(
    sources: Mapping[str, Source],
    keys: Iterable[str],
    locators: Mapping[str, str] | None = None,
) -> list[tuple[Source, str]]:
    """The citations of ``keys``, for ``m2m={"sources": ...}``: each source with
    its locator (see ``citations``)."""
    return citations(sources, keys, locators)


def citations(
    sources: Mapping[str, Source],
    keys: Iterable[str],
    locators: Mapping[str, str] | None = None,
) -> list[tuple[Source, str]]:
    """Each source of ``keys`` with its locator: the record's own, else the
    source's usual one, else empty."""
    own = locators or {}
    return [(sources[key], own.get(key) or LOCATORS.get(key, "")) for key in keys]


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

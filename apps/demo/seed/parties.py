"""Parties from organisations.csv, their aliases and memberships."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.utils.text import slugify

from apps.core.models import Source
from apps.parties.constants import PartyKind
from apps.parties.models import Membership, Party, PartyAlias

from .sources import CSV_KEY_SOURCES, REFERENCE_DATA_SOURCE
from .upsert import demo_period, upsert_by_key, upsert_by_slug

#: The pilot report (seed 001): every organisation it or the reference data
#: names is known to exist by then.
PILOT_REPORT_DATE = date(2025, 10, 16)
#: Sprint 0 of the ZAKEN collaboration (seed 002), which lists Dimpact's members.
ZAKEN_START_DATE = date(2018, 5, 30)

ORGANISATIONS_CSV = (
    Path(__file__).resolve().parent.parent / "data" / "organisations.csv"
)

#: Labels that prefix a source key in the CSV's ``source`` column.
SOURCE_LABELS = ("web:", "pop:", "kvk:")


@dataclass(frozen=True)
class PartyExtra:
    """Facts about a party that the CSV gives only in its notes, or the seeds give."""

    legal_name: str = ""
    description: str = ""
    start_date: date | None = None
    end_date: date | None = None
    sources: tuple[str, ...] = ()


PARTY_EXTRAS: dict[str, PartyExtra] = {
    "Den Haag": PartyExtra(legal_name="'s-Gravenhage"),
    "Bellingwedde": PartyExtra(end_date=date(2017, 12, 31)),
    "Ten Boer": PartyExtra(end_date=date(2018, 12, 31)),
    "Landerd": PartyExtra(end_date=date(2021, 12, 31)),
    "Westerwolde": PartyExtra(start_date=date(2018, 1, 1)),
    "Maashorst": PartyExtra(start_date=date(2022, 1, 1)),
    "Dimpact": PartyExtra(
        legal_name="Coöperatie Dimpact UA",
        description=(
            "Samenwerkingsverband (coöperatie) van gemeenten: 30 leden in 2018, meer "
            "dan 30 in 2020. Had de leiding over de gemeenten die opdracht gaven voor "
            "OpenZaak en organiseerde de marktconsultatie van 2020."
        ),
        sources=("seed-002", "seed-003", "seed-004"),
    ),
    "SED": PartyExtra(
        description=(
            "Gezamenlijke ambtelijke organisatie van Stede Broec, Enkhuizen en "
            "Drechterland; een van de partijen die opdracht gaven voor OpenZaak."
        ),
        sources=("seed-003",),
    ),
    "G4": PartyExtra(
        description=(
            "De vier grootste gemeenten (G4-steden). Ze werken aan een reeks open "
            "source-componenten voor zaakgericht werken en zijn de governancepilot "
            "rond OpenZaak gestart."
        ),
        sources=("seed-000", "seed-001"),
    ),
    "VNG": PartyExtra(legal_name="Vereniging van Nederlandse Gemeenten"),
    "VNG Realisatie": PartyExtra(
        description=(
            "Faciliteert de standaard voor zaakgericht werken: bewaakt de visie, "
            "levert kennis over het informatiemodel en zorgt voor de formele stappen "
            "om opgeleverde producten tot standaard te verheffen."
        ),
        sources=("seed-002",),
    ),
    "Maykin Media": PartyExtra(
        legal_name="Maykin Media B.V.",
        description=(
            "Maker van de zaakregistratiecomponent (ZRC) van gemeente Haarlem in 2018 "
            "en de oorspronkelijke ontwikkelaar van OpenZaak."
        ),
        sources=("seed-002", "seed-004"),
    ),
    "Atos": PartyExtra(
        description="Huisleverancier van Dimpact in 2018.",
        sources=("seed-002",),
    ),
    "Foundation for Public Code": PartyExtra(
        legal_name="Foundation for Public Code Vereniging",
        description=(
            "Haar code stewards faciliteren de OpenZaak-community; ze ondersteunde de "
            "marktconsultatie van 2020."
        ),
        start_date=date(2019, 6, 3),
        sources=("seed-003", "seed-004"),
    ),
}

ALIASES: dict[str, str] = {
    "Den Bosch": "'s-Hertogenbosch",
    "'s-Gravenhage": "Den Haag",
    "Drechteland": "Drechterland",
    "Maykin": "Maykin Media",
    "Worth Systems": "Worth",
    "G4-steden": "G4",
    "Coöperatie Dimpact": "Dimpact",
}


@dataclass(frozen=True)
class MembershipSpec:
    organisation: str
    member: str
    description: str
    sources: tuple[str, ...]
    start_date: date | None = None
    end_date: date | None = None


#: Dimpact's 30 member municipalities as seed 002 lists them in 2018.
DIMPACT_MEMBERS_2018: tuple[str, ...] = (
    "Enschede",
    "Zwolle",
    "Oldenzaal",
    "Emmen",
    "Coevorden",
    "Oost Gelre",
    "Hardenberg",
    "Borger-Odoorn",
    "Gemert-Bakel",
    "Assen",
    "Bellingwedde",
    "Oldambt",
    "Velsen",
    "Waterland",
    "Landsmeer",
    "Blaricum",
    "Eemnes",
    "Laren",
    "Kampen",
    "Landerd",
    "Roermond",
    "Laarbeek",
    "Ommen",
    "Deventer",
    "Olst-Wijhe",
    "Raalte",
    "Ten Boer",
    "Groningen",
    "Rotterdam",
    "Twenterand",
)

DIMPACT_MEMBER_NOTE = (
    "Lidgemeente, zoals vermeld in 2018; de begindatum en latere wijzigingen zijn "
    "niet vastgelegd."
)

#: Special cases of the Dimpact list, by member.
DIMPACT_MEMBER_NOTES: dict[str, str] = {
    "Bellingwedde": (
        "Lidgemeente. De lijst van 2018 noemt Bellingwedde nog, maar die gemeente "
        "ging op 2018-01-01 op in Westerwolde; het lidmaatschap eindigt daarom op "
        "haar laatste dag, 2017-12-31."
    ),
    "Landerd": (
        "Lidgemeente, zoals vermeld in 2018, tot Landerd op 2022-01-01 opging in "
        "Maashorst."
    ),
    "Ten Boer": (
        "Lidgemeente, zoals vermeld in 2018, tot Ten Boer op 2019-01-01 bij "
        "Groningen werd gevoegd."
    ),
}


def _membership_specs() -> Iterator[MembershipSpec]:
    for member in DIMPACT_MEMBERS_2018:
        merged = member in DIMPACT_MEMBER_NOTES
        yield MembershipSpec(
            organisation="Dimpact",
            member=member,
            description=DIMPACT_MEMBER_NOTES.get(member, DIMPACT_MEMBER_NOTE),
            sources=("seed-002", "TOOI-RWC4") if merged else ("seed-002",),
        )
    for member in ("Stede Broec", "Enkhuizen", "Drechterland"):
        yield MembershipSpec(
            organisation="SED",
            member=member,
            description=(
                "Lid van de SED-organisatie (gezamenlijke ambtelijke organisatie); "
                "blijft een zelfstandige gemeente."
            ),
            sources=("seed-003", "organisations-csv"),
        )
    for member in ("Amsterdam", "Rotterdam", "Den Haag", "Utrecht"):
        yield MembershipSpec(
            organisation="G4",
            member=member,
            description="Een van de vier grootste gemeenten (G4).",
            sources=("organisations-csv",),
        )
    yield MembershipSpec(
        organisation="VNG",
        member="VNG Realisatie",
        description="Uitvoeringsorganisatie van de VNG (voorheen KING).",
        sources=("organisations-csv",),
    )


MEMBERSHIPS: tuple[MembershipSpec, ...] = tuple(_membership_specs())


def organisation_rows(path: Path = ORGANISATIONS_CSV) -> list[dict[str, str]]:
    """The rows of organisations.csv, stripped of surrounding blanks."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {column: (value or "").strip() for column, value in row.items()}
            for row in csv.DictReader(handle)
        ]


def source_keys(source_column: str) -> list[str]:
    """The source keys named in a CSV ``source`` cell, in order.

    ``"TOOI-RWC4; web: OZ-WEB; web: seed 003"`` gives
    ``["TOOI-RWC4", "OZ-WEB", "seed-003"]``; free-text sources are left out.
    """
    known = {spec.key for spec in CSV_KEY_SOURCES}
    keys: list[str] = []
    for part in source_column.split(";"):
        token = part.strip()
        for label in SOURCE_LABELS:
            token = token.removeprefix(label).strip()
        if token.startswith("seed "):
            token = token.replace(" ", "-")
        if (token in known or token.startswith("seed-")) and token not in keys:
            keys.append(token)
    return keys


def _optional_int(value: str) -> int | None:
    return int(value) if value else None


def party_values(row: Mapping[str, str], successor: Party | None) -> dict[str, object]:
    """The field values of the party of one CSV row, with its extra facts."""
    extra = PARTY_EXTRAS.get(row["name"], PartyExtra())
    return {
        "name": row["name"],
        "kind": PartyKind(row["kind"]),
        "legal_name": extra.legal_name,
        "description": extra.description,
        "website": row["website"],
        "tooi_uri": row["tooi_uri"],
        "cbs_code": row["cbs_code"],
        "oin": row["oin"],
        "kvk": row["kvk"],
        "inhabitants": _optional_int(row["inhabitants"]),
        "inhabitants_year": _optional_int(row["inhabitants_year"]),
        "notes": row["notes"],
        **demo_period(extra.start_date, extra.end_date, known_since=PILOT_REPORT_DATE),
        "successor": successor,
    }


def party_source_keys(row: Mapping[str, str]) -> list[str]:
    """The sources a party cites: the keyed sources of its row, the reference data
    itself (for its free-text sources) and the seeds behind its extra facts."""
    extra = PARTY_EXTRAS.get(row["name"], PartyExtra())
    keys = [*source_keys(row["source"]), REFERENCE_DATA_SOURCE.key]
    return keys + [key for key in extra.sources if key not in keys]


def parties_load(sources: Mapping[str, Source]) -> dict[str, Party]:
    """Every organisation of the CSV as a party, by name."""
    rows = organisation_rows()
    # A successor must exist before the party it continues points to it.
    rows.sort(key=lambda row: bool(row["successor"]))
    parties: dict[str, Party] = {}
    for row in rows:
        successor = parties[row["successor"]] if row["successor"] else None
        parties[row["name"]] = upsert_by_slug(
            Party,
            slugify(row["name"]),
            party_values(row, successor),
            m2m={"sources": [sources[key] for key in party_source_keys(row)]},
        )
    return parties


def aliases_load(parties: Mapping[str, Party]) -> list[PartyAlias]:
    """The other names parties are known by."""
    return [
        upsert_by_key(PartyAlias, alias, {"party": parties[name], "name": alias})
        for alias, name in ALIASES.items()
    ]


def membership_load(
    spec: MembershipSpec,
    parties: Mapping[str, Party],
    sources: Mapping[str, Source],
) -> Membership:
    """One membership; it ends at the latest when its member ceases to exist."""
    member = parties[spec.member]
    return upsert_by_key(
        Membership,
        f"{spec.organisation}/{spec.member}",
        {
            "member": member,
            "organisation": parties[spec.organisation],
            "description": spec.description,
            **demo_period(
                spec.start_date,
                spec.end_date or (member.end_earliest if member.end else None),
                known_since=ZAKEN_START_DATE,
            ),
        },
        m2m={"sources": [sources[key] for key in spec.sources]},
    )


def memberships_load(
    parties: Mapping[str, Party], sources: Mapping[str, Source]
) -> list[Membership]:
    return [membership_load(spec, parties, sources) for spec in MEMBERSHIPS]

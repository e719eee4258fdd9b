"""Parties from organisations.csv, their other names and their typed memberships."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.utils.text import slugify

from apps.core.constants import Basis
from apps.core.models import Source
from apps.parties.constants import MembershipType, NameKind, PartyKind
from apps.parties.models import Membership, Party, PartyName

from .sources import CSV_KEY_SOURCES, REFERENCE_DATA_SOURCE, SOURCE_DATES, cite
from .upsert import stated, upsert_by_key, upsert_by_slug

#: The pilot report (seed 001).
PILOT_REPORT_DATE = SOURCE_DATES["seed-001"]
#: Sprint 0 of the ZAKEN collaboration (seed 002), which lists Dimpact's members.
ZAKEN_START_DATE = SOURCE_DATES["seed-002"]
#: The market consultation (seed 003): answers were due before this day.
CONSULTATION_DATE = SOURCE_DATES["seed-003"]

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
    #: A start a source gives (a day, month or year).
    start: str | None = None
    #: The earliest day a seed shows the party existing, when its CSV row's
    #: sources show it only later (or not at all).
    known_since: date | None = None
    #: The day it ceased (the TOOI end date of a merged municipality).
    end: str | None = None
    #: The last day a source shows it existing, when neither its end nor its
    #: continuation is known.
    last_confirmed: date | None = None
    sources: tuple[str, ...] = ()


PARTY_EXTRAS: dict[str, PartyExtra] = {
    "Den Haag": PartyExtra(legal_name="'s-Gravenhage"),
    # The merger dates of the CSV notes (TOOI end dates and changes).
    "Bellingwedde": PartyExtra(end="2017-12-31"),
    "Ten Boer": PartyExtra(end="2018-12-31"),
    "Landerd": PartyExtra(end="2021-12-31"),
    "Westerwolde": PartyExtra(start="2018-01-01"),
    "Maashorst": PartyExtra(start="2022-01-01"),
    # Its row cites only TOOI (2022); seed 002 lists it as a Dimpact member.
    "Groningen": PartyExtra(known_since=ZAKEN_START_DATE, sources=("seed-002",)),
    "Dimpact": PartyExtra(
        known_since=ZAKEN_START_DATE,
        legal_name="Coöperatie Dimpact UA",
        description=(
            "Samenwerkingsverband (coöperatie) van gemeenten: 30 leden in 2018, meer "
            "dan 30 in 2020. Had de leiding over de gemeenten die opdracht gaven voor "
            "OpenZaak en organiseerde de marktconsultatie van 2020."
        ),
        sources=("seed-002", "seed-003", "seed-004"),
    ),
    # The CSV notes: "shared civil-service organisation ... since 2015".
    "SED": PartyExtra(
        start="2015",
        description=(
            "Gezamenlijke ambtelijke organisatie van Stede Broec, Enkhuizen en "
            "Drechterland; een van de partijen die opdracht gaven voor OpenZaak."
        ),
        sources=("seed-003",),
    ),
    # Named as "G4-steden" in the pilot report; no earlier dated source.
    "G4": PartyExtra(
        known_since=PILOT_REPORT_DATE,
        description=(
            "De vier grootste gemeenten (G4-steden). Ze werken aan een reeks open "
            "source-componenten voor zaakgericht werken en zijn de governancepilot "
            "rond OpenZaak gestart."
        ),
        sources=("seed-000", "seed-001"),
    ),
    # Seed 003 names the VNG standard.
    "VNG": PartyExtra(
        legal_name="Vereniging van Nederlandse Gemeenten",
        known_since=CONSULTATION_DATE,
        sources=("seed-003",),
    ),
    # The CSV notes: VNG decided to merge VNG Naleving and VNG Realisatie as of
    # 2023-01-01, so it certainly existed through 2022; whether it still exists
    # under its name, no source says.
    "VNG Realisatie": PartyExtra(
        known_since=ZAKEN_START_DATE,
        last_confirmed=date(2022, 12, 31),
        description=(
            "Faciliteert de standaard voor zaakgericht werken: bewaakt de visie, "
            "levert kennis over het informatiemodel en zorgt voor de formele stappen "
            "om opgeleverde producten tot standaard te verheffen."
        ),
        sources=("seed-002",),
    ),
    # Named only in OpenZaak's draft GOVERNANCE.md, whose latest version
    # (2026-06-01) still lists Exxellence and Contezza on the technical steering
    # team; Open.Satisfaction only on the product team's list, last in the
    # version of 2020-11-27. No source says whether they still exist.
    "Exxellence": PartyExtra(last_confirmed=date(2026, 6, 1)),
    "Contezza": PartyExtra(last_confirmed=date(2026, 6, 1)),
    "Open.Satisfaction": PartyExtra(last_confirmed=date(2020, 11, 27)),
    "Maykin Media": PartyExtra(
        known_since=ZAKEN_START_DATE,
        legal_name="Maykin Media B.V.",
        description=(
            "Maker van de zaakregistratiecomponent (ZRC) van gemeente Haarlem in 2018 "
            "en de oorspronkelijke ontwikkelaar van OpenZaak."
        ),
        sources=("seed-002", "seed-004"),
    ),
    "Atos": PartyExtra(
        known_since=ZAKEN_START_DATE,
        description="Huisleverancier van Dimpact in 2018.",
        sources=("seed-002",),
    ),
    "Foundation for Public Code": PartyExtra(
        legal_name="Foundation for Public Code Vereniging",
        description=(
            "Haar code stewards faciliteren de OpenZaak-community; ze ondersteunde de "
            "marktconsultatie van 2020."
        ),
        # Founded 2019-06-03 (CSV notes, from its KvK registration).
        start="2019-06-03",
        sources=("seed-003", "seed-004"),
    ),
    # Interviewed for the pilot report (seed 001).
    "Worth": PartyExtra(known_since=PILOT_REPORT_DATE, sources=("seed-001",)),
    "Ritense": PartyExtra(known_since=PILOT_REPORT_DATE, sources=("seed-001",)),
}


@dataclass(frozen=True)
class NameSpec:
    """Another name of a party, with the period the sources state for it."""

    name: str
    party: str
    kind: str = NameKind.ALTERNATIVE
    #: The day a source shows the name in use; without it, the day the register
    #: first knows the party (the name is as old as the party's record).
    known_since: date | None = None
    #: The last day a source shows it in use, when no source says it continues.
    last_confirmed: date | None = None


#: The other names the seeds and the reference data use. No source dates a
#: former name: VNG Realisatie's earlier name (KING, the CSV notes) is left out,
#: since no source says when that name was used.
NAMES: tuple[NameSpec, ...] = (
    NameSpec("Den Bosch", "'s-Hertogenbosch"),
    NameSpec("'s-Gravenhage", "Den Haag"),
    # Seed 004's spelling (its version of 2020-11-20), not the official one.
    NameSpec(
        "Drechteland",
        "Drechterland",
        known_since=SOURCE_DATES["seed-004"],
        last_confirmed=SOURCE_DATES["seed-004"],
    ),
    # The role model's "Nu: Maykin".
    NameSpec(
        "Maykin",
        "Maykin Media",
        kind=NameKind.ABBREVIATION,
        known_since=SOURCE_DATES["samenwerken-rollen"],
    ),
    NameSpec("Worth Systems", "Worth"),
    NameSpec("G4-steden", "G4", known_since=PILOT_REPORT_DATE),
    NameSpec("Coöperatie Dimpact", "Dimpact"),
)


@dataclass(frozen=True)
class MembershipSpec:
    organisation: str
    member: str
    description: str
    sources: tuple[str, ...]
    #: The period as the sources state it (see ``stated``).
    period: dict[str, object]
    membership_type: str = MembershipType.MEMBER
    basis: str = Basis.SOURCED
    basis_note: str = ""


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
    "Lidgemeente, zoals vermeld op 2018-05-30; de begindatum en latere wijzigingen "
    "staan niet in de bronnen."
)

#: Seed 002 lists the members on the day of sprint 0; no source gives when they
#: joined, so no member certainly holds before 2018-05-30. The consultation of
#: 2020 (seed 003) names none of them: that they were still members then is the
#: register's inference (basis inferred, with its reasoning), and each
#: membership is last confirmed on the consultation's date. The merged members
#: below have their own periods.
DIMPACT_MEMBER_PERIOD = stated(
    known_since=ZAKEN_START_DATE, last_confirmed=CONSULTATION_DATE
)
DIMPACT_MEMBER_REASONING = (
    "Lid volgens de ledenlijst van seed 002 (2018-05-30). Dat de gemeente in 2020 "
    "nog lid was, is afgeleid: de marktconsultatie (seed 003, april 2020) noemt "
    "Dimpact een samenwerkingsverband van 'meer dan 30 gemeenten', waar de lijst "
    "van 2018 er 30 noemde, en geen bron meldt dat een van die gemeenten vertrok. "
    "Na april 2020 is het lidmaatschap niet meer bevestigd; de begindatum staat "
    "in geen bron."
)

#: Members that merged, with their period and the reasoning (their basis is
#: inferred: the sources give the merger, not the end of the membership).
DIMPACT_MERGED_MEMBERS: dict[str, tuple[dict[str, object], str, str]] = {
    # Seed 002 lists Bellingwedde on 2018-05-30, but it merged into Westerwolde
    # on 2018-01-01 (TOOI end date 2017-12-31): the list contradicts the
    # register of municipalities. Recorded as a membership that ended on its
    # last day, known since that day, the latest on which it could have held.
    "Bellingwedde": (
        stated(known_since=date(2017, 12, 31), end="2017-12-31"),
        "Lidgemeente volgens de lijst van 2018, die Bellingwedde nog noemt hoewel "
        "de gemeente op 2018-01-01 opging in Westerwolde.",
        "De ledenlijst van seed 002 (2018-05-30) noemt Bellingwedde, maar volgens "
        "TOOI bestond Bellingwedde toen niet meer (einddatum 2017-12-31, opgegaan "
        "in Westerwolde). Afgeleid: de lijst was op dit punt verouderd en "
        "Bellingwedde was lid tot zijn laatste dag; wanneer het lid werd, zegt geen "
        "bron. Dat Westerwolde lid werd, staat niet in de bronnen.",
    ),
    # Ten Boer and Landerd: listed on 2018-05-30; their membership ends the day
    # before their merger, because a membership cannot outlast its member.
    "Ten Boer": (
        stated(known_since=ZAKEN_START_DATE, end="2018-12-31"),
        "Lidgemeente, zoals vermeld op 2018-05-30, tot Ten Boer op 2019-01-01 bij "
        "Groningen werd gevoegd.",
        "Lid volgens seed 002 (2018-05-30). Het einde is afgeleid: Ten Boer werd op "
        "2019-01-01 bij Groningen gevoegd (TOOI, einddatum 2018-12-31) en een "
        "lidmaatschap duurt niet langer dan de gemeente; of het tot die dag duurde, "
        "zeggen de bronnen niet.",
    ),
    "Landerd": (
        stated(known_since=ZAKEN_START_DATE, end="2021-12-31"),
        "Lidgemeente, zoals vermeld op 2018-05-30, tot Landerd op 2022-01-01 opging "
        "in Maashorst.",
        "Lid volgens seed 002 (2018-05-30). Het einde is afgeleid: Landerd ging op "
        "2022-01-01 op in Maashorst (TOOI, einddatum 2021-12-31) en een "
        "lidmaatschap duurt niet langer dan de gemeente; of het tot die dag duurde, "
        "zeggen de bronnen niet.",
    ),
}


def _membership_specs() -> Iterator[MembershipSpec]:
    for member in DIMPACT_MEMBERS_2018:
        if member in DIMPACT_MERGED_MEMBERS:
            period, description, reasoning = DIMPACT_MERGED_MEMBERS[member]
            yield MembershipSpec(
                organisation="Dimpact",
                member=member,
                description=description,
                sources=("seed-002", "TOOI-RWC4"),
                period=period,
                basis=Basis.INFERRED,
                basis_note=reasoning,
            )
            continue
        yield MembershipSpec(
            organisation="Dimpact",
            member=member,
            description=DIMPACT_MEMBER_NOTE,
            sources=("seed-002", "seed-003"),
            period=DIMPACT_MEMBER_PERIOD,
            basis=Basis.INFERRED,
            basis_note=DIMPACT_MEMBER_REASONING,
        )
    for member in ("Stede Broec", "Enkhuizen", "Drechterland"):
        # The CSV notes: SED is their shared organisation "since 2015" (a year);
        # seed 003 (2020) last names it as "SED (bestaande uit Stede Broec,
        # Enkhuizen en Drechterland)". No dated source says it continues. SED
        # is their shared organisation, not a coalition they joined: the CSV
        # notes say the three "remain independent".
        yield MembershipSpec(
            organisation="SED",
            member=member,
            membership_type=MembershipType.SHARED_ORGANISATION,
            description=(
                "De SED-organisatie is de gezamenlijke ambtelijke organisatie van "
                "de gemeente, die een zelfstandige gemeente blijft."
            ),
            sources=("seed-003", "organisations-csv"),
            period=stated(start="2015", last_confirmed=CONSULTATION_DATE),
        )
    for member in ("Amsterdam", "Rotterdam", "Den Haag", "Utrecht"):
        # The pilot report names the "G4-steden" (2025-10-16); the CSV names the
        # four. No source gives when the G4 formed or says it continues.
        yield MembershipSpec(
            organisation="G4",
            member=member,
            description="Een van de vier grootste gemeenten (G4).",
            sources=("organisations-csv", "seed-001"),
            period=stated(
                known_since=PILOT_REPORT_DATE, last_confirmed=PILOT_REPORT_DATE
            ),
        )
    # VNG's implementation organisation (CSV): a unit of VNG, not a member it
    # represents. VNG is named from seed 003 on, and VNG Realisatie existed
    # through 2022 (the 2023 merger the CSV notes).
    yield MembershipSpec(
        organisation="VNG",
        member="VNG Realisatie",
        membership_type=MembershipType.ORGANISATIONAL_UNIT,
        description="Uitvoeringsorganisatie van de VNG (voorheen KING).",
        sources=("organisations-csv",),
        period=stated(known_since=CONSULTATION_DATE, last_confirmed=date(2022, 12, 31)),
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
        **party_period(row, extra),
        "successor": successor,
        "basis": Basis.SOURCED,
    }


def party_period(row: Mapping[str, str], extra: PartyExtra) -> dict[str, object]:
    """A party's existence as its sources state it.

    A start only where a source gives one (the merger dates, SED's 2015, the
    foundation's founding); otherwise unknown, known since the earliest day a
    dated source of its row (or a seed) shows it. It ends on the TOOI end date
    of a merged municipality; the reference data's status ``active`` says the
    others continue, except where an extra gives a last confirmation.
    """
    if extra.start:
        known_since = None
    else:
        dated = [
            SOURCE_DATES[key]
            for key in source_keys(row["source"])
            if key in SOURCE_DATES
        ]
        if extra.known_since:
            dated.append(extra.known_since)
        known_since = min(dated)
    return stated(
        start=extra.start,
        known_since=known_since,
        end=extra.end,
        last_confirmed=extra.last_confirmed,
        ongoing=not extra.end
        and not extra.last_confirmed
        and row["status"] == "active",
    )


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
            m2m={"sources": cite(sources, party_source_keys(row))},
        )
    return parties


def names_load(parties: Mapping[str, Party]) -> list[PartyName]:
    """The other names parties are known by, with their periods."""
    return [
        # Keyed as the aliases they were, so a register migrated from them keeps
        # its rows (and their history).
        upsert_by_key(
            PartyName,
            spec.name,
            {
                "party": parties[spec.party],
                "name": spec.name,
                "kind": spec.kind,
                **stated(
                    known_since=spec.known_since or parties[spec.party].start_latest,
                    last_confirmed=spec.last_confirmed,
                    ongoing=spec.last_confirmed is None,
                ),
            },
            key_label="parties.partyalias",
        )
        for spec in NAMES
    ]


def membership_load(
    spec: MembershipSpec,
    parties: Mapping[str, Party],
    sources: Mapping[str, Source],
) -> Membership:
    """One membership, with the period its sources state."""
    return upsert_by_key(
        Membership,
        f"{spec.organisation}/{spec.member}",
        {
            "member": parties[spec.member],
            "organisation": parties[spec.organisation],
            "membership_type": spec.membership_type,
            "description": spec.description,
            **spec.period,
            "basis": spec.basis,
            "basis_note": spec.basis_note,
        },
        m2m={"sources": cite(sources, spec.sources)},
    )


def memberships_load(
    parties: Mapping[str, Party], sources: Mapping[str, Source]
) -> list[Membership]:
    return [membership_load(spec, parties, sources) for spec in MEMBERSHIPS]

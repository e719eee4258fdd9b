"""The Dutch catalogue is complete, and the compiled one matches it."""

import ast
import gettext
from pathlib import Path

from django.conf import settings

PO_FILE = Path(settings.BASE_DIR) / "locale" / "nl" / "LC_MESSAGES" / "django.po"
MO_FILE = PO_FILE.with_suffix(".mo")


def _po_entries() -> list[dict]:
    """A small reader of the .po format: flags, msgid(_plural) and msgstr(s)."""
    entries: list[dict] = []
    entry: dict = {"flags": set()}
    current = None
    for raw in [*PO_FILE.read_text(encoding="utf-8").splitlines(), ""]:
        line = raw.strip()
        if not line:
            if "msgid" in entry:
                entries.append(entry)
            entry, current = {"flags": set()}, None
        elif line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            entry[current] += ast.literal_eval(line)
        else:
            keyword, _, value = line.partition(" ")
            current = keyword
            entry[current] = ast.literal_eval(value)
    return entries


def test_every_dutch_entry_is_translated_and_none_is_fuzzy():
    entries = [entry for entry in _po_entries() if entry["msgid"]]

    untranslated = [
        entry["msgid"]
        for entry in entries
        if not entry.get("msgstr", entry.get("msgstr[0]"))
    ]
    fuzzy = [entry["msgid"] for entry in entries if "fuzzy" in entry["flags"]]

    assert entries
    assert untranslated == []
    assert fuzzy == []


def test_the_compiled_dutch_catalogue_matches_the_po_file():
    with MO_FILE.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)

    stale = [
        entry["msgid"]
        for entry in _po_entries()
        if entry["msgid"]
        and "msgstr" in entry
        and "msgctxt" not in entry
        and compiled.gettext(entry["msgid"]) != entry["msgstr"]
    ]

    assert stale == [], "run `make messages` to compile the catalogue"

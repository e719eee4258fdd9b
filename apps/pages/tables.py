"""Tables of the public pages: one definition for the HTML table and its CSV.

A page builds its tables as ``Table`` objects; the template draws each one with
``pages/_table.html`` (a caption, a header row, a link to the CSV) and
``?csv=<name>`` answers the same table, same filters and same date, as CSV.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.http import HttpResponse
from django.utils.text import slugify


@dataclass(frozen=True)
class Cell:
    """A table cell: its text, a link, and a note (how certain, what it rests
    on) that the CSV keeps in the text."""

    text: str
    url: str = ""
    note: str = ""
    numeric: bool = False

    def __str__(self) -> str:
        return f"{self.text} ({self.note})" if self.note else self.text


def cell(value: object, url: str = "", note: str = "", numeric: bool = False) -> Cell:
    if isinstance(value, Cell):
        return value
    return Cell("" if value is None else str(value), url, note, numeric)


@dataclass
class Table:
    name: str
    caption: str
    columns: Sequence[str]
    rows: list[list[Cell]] = field(default_factory=list)
    empty: str = ""

    def add(self, *values: object) -> None:
        self.rows.append([cell(value) for value in values])

    def csv_response(self, filename: str) -> HttpResponse:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="{slugify(filename)}-{self.name}.csv"'
        )
        response.write("\ufeff")  # spreadsheets read the file as UTF-8
        writer = csv.writer(response)
        writer.writerow([str(column) for column in self.columns])
        for row in self.rows:
            writer.writerow([spreadsheet_safe(str(value)) for value in row])
        return response


def spreadsheet_safe(text: str) -> str:
    """A cell a spreadsheet will not read as a formula (OWASP's CSV injection)."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def tables_by_name(tables: Iterable[Table]) -> dict[str, Table]:
    return {table.name: table for table in tables}

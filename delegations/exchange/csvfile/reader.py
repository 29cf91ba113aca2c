"""Reading delegation lists and address lists from CSV, as spreadsheets write them.

German spreadsheets write `;` between cells (the comma is the decimal mark), in UTF-8
with a byte-order mark or in Windows-1252; international ones write `,` in UTF-8. The
delimiter is taken from the header line (or Excel's `sep=;` first line), the encoding
from the bytes (see textfile). The result is an ImportPreview; nothing is written.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from delegations.exchange.checking import Draft, contact_rows, participant_rows
from delegations.exchange.csvfile.columns import guess_columns, label_for, role_code, status_code
from delegations.exchange.csvfile.escaping import unescape_cell
from delegations.exchange.limits import RECORDS, too_many
from delegations.exchange.preview import Column, ImportPreview, Kind
from delegations.exchange.reader import UnreadableFile
from delegations.exchange.textfile import read_text
from delegations.i18n import N_
from delegations.progress import QUIET, Progress
from delegations.services import live
from delegations.storage.store import Store

DELIMITERS = (";", ",", "\t")  # in order of preference when a header line is ambiguous
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SEP_LINE = re.compile(r"^\s*sep=(.)\s*$", re.IGNORECASE)
ColumnMapping = Mapping[str | int, str | None]


@dataclass(frozen=True)
class Table:
    """A CSV file split into cells: the header, then each record with its first line."""

    delimiter: str
    headers: tuple[str, ...]
    records: tuple[tuple[int, tuple[str, ...]], ...]


def read_csv(path: str | Path, store: Store, trip_id: int | None = None,
             mapping: ColumnMapping | None = None, progress: Progress = QUIET) -> ImportPreview:
    """Preview the file at `path`: participants of trip `trip_id`, or without a trip
    contacts. `mapping` overrides the guessed columns (header or index → field or None);
    `progress` hears of each record read (and may stop the reading: Cancelled).

    A file that cannot be read as CSV raises UnreadableFile; bad rows are in the preview.
    """
    name = str(path)
    decoded = read_text(path)
    table = split_table(decoded.text, name)
    kind = Kind.CONTACTS if trip_id is None else Kind.PARTICIPANTS
    columns = guess_columns(table.headers, kind, mapping)
    records = progress.over(table.records, len(table.records))
    drafts = [_draft(line, cells, columns, kind) for line, cells in records]
    mark = live.mark(store)  # before reading the store: what comes later is "meanwhile"
    rows = (contact_rows(store, drafts) if trip_id is None
            else participant_rows(store, trip_id, drafts))
    return ImportPreview(name, kind, "csv", rows, decoded.encoding, trip_id, table.delimiter,
                         columns, _missing(columns), mark)


def split_table(text: str, name: str) -> Table:
    """Header and records of CSV text; blank records are left out."""
    lines = _LINE_BREAK.split(text)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise UnreadableFile("", N_("{file}: the file is empty"), file=name)
    hint = _SEP_LINE.match(lines[first])
    delimiter = hint.group(1) if hint else sniff_delimiter(lines[first])
    records: list[tuple[int, list[str]]] = []
    for record in _records(text, delimiter, name):  # stopped before a huge file is all read
        if len(records) == RECORDS + 1 + bool(hint):  # the header and a sep= line besides
            raise too_many(name, record[0])
        records.append(record)
    if hint:
        records = [r for r in records if r[0] != first + 1]
    headers = tuple(cell.strip() for cell in records[0][1])
    body = tuple((line, tuple(cells)) for line, cells in records[1:]
                 if any(cell.strip() for cell in cells))
    return Table(delimiter, headers, body)


def sniff_delimiter(header: str) -> str:
    """The delimiter that splits the header line into the most cells (quotes respected)."""
    counts = {d: len(next(csv.reader([header], delimiter=d), [])) for d in DELIMITERS}
    best = max(counts.values())
    return next(d for d in DELIMITERS if counts[d] == best)


def _records(text: str, delimiter: str, name: str) -> Iterator[tuple[int, list[str]]]:
    """Each non-empty record with the line it starts on (a quoted cell may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    try:
        for cells in reader:
            if cells:
                yield start, cells
            start = reader.line_num + 1
    except csv.Error as err:
        if "end of data" in str(err) or reader.line_num > start:  # a quote left open
            raise UnreadableFile("", N_("{file}, line {line}: a quotation mark is not closed "
                                        "({reason})"), file=name, line=start,
                                 reason=str(err)) from None
        raise UnreadableFile("", N_("{file}, line {line}: not a CSV file ({reason})"),
                             file=name, line=reader.line_num, reason=str(err)) from None


def _missing(columns: Sequence[Column]) -> tuple[str, ...]:
    found = {c.field for c in columns}
    has_name = "name" in found or bool({"first_name", "last_name"} & found)
    return () if has_name else ("name",)


def _draft(line: int, cells: Sequence[str], columns: Sequence[Column], kind: Kind) -> Draft:
    """The fields of one record; empty cells are left out (defaults apply, and an update
    keeps what the store has)."""
    data: dict[str, Any] = {}
    labels = {"name": label_for("name")}
    for column in columns:
        if column.field and column.index < len(cells):
            value = unescape_cell(cells[column.index]).strip()
            if value:
                data[column.field] = value
                labels[column.field] = column.header
    _join_parts(data, labels)
    if kind is Kind.PARTICIPANTS:
        _codes(data)
    return Draft(line, data, labels)


def _join_parts(data: dict[str, Any], labels: dict[str, str]) -> None:
    """First and last name into the name; a department after its organisation."""
    first, last = data.pop("first_name", ""), data.pop("last_name", "")
    if "name" not in data and (first or last):
        data["name"] = " ".join(part for part in (first, last) if part)
        labels["name"] = " + ".join(labels[f] for f in ("first_name", "last_name")
                                    if f in labels)
    department = data.pop("department", "")
    if department:
        data["organisation"] = ", ".join(p for p in (data.get("organisation"), department)
                                         if p)
        labels.setdefault("organisation", labels["department"])


def _codes(data: dict[str, Any]) -> None:
    """Roles and statuses as people write them ('Delegationsleitung') become codes."""
    if "role" in data:
        data["role"] = role_code(data["role"])
    if "status" in data:
        data["status"] = status_code(data["status"])
    if "precedence" in data:
        data["precedence"] = data["precedence"].rstrip(".")  # "1." as German lists number

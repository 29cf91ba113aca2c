"""`delegations trips`: the trips as a table for people or JSON for scripts.

A module of its own so that the command loads the trips service alone, not the exchange
formats the import and export commands need.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any

from delegations.cli.opening import opened
from delegations.i18n import N_, current_language, gettext
from delegations.i18n import gettext as _
from delegations.labels import enum_label
from delegations.services import trips
from delegations.services.dto import TripFilter, TripRow

TRIP_HEADERS = (N_("ID"), N_("Ref"), N_("Title"), N_("Kind"), N_("Status"), N_("Start"),
                N_("End"), N_("Destinations"))


def run_trips(args: argparse.Namespace) -> int:
    with opened(args, reading=True) as store:
        rows = trips.list_trips(store, TripFilter(year=args.year, status=args.status))
    if args.json:
        print_json([_trip_json(row) for row in rows])
    elif rows:
        print(trip_table(rows, current_language()))
    else:
        print(_("No trips."))
    return 0


def print_json(value: Any) -> None:
    """JSON as UTF-8 whatever the locale: scripts read it, not people."""
    data = (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _trip_json(row: TripRow) -> dict[str, Any]:
    return {
        "id": row.id, "ref": row.ref, "title": row.title, "kind": row.kind.value,
        "status": row.status.value, "start": row.start.isoformat(),
        "end": row.end.isoformat(), "destinations": list(row.destinations),
    }


def trip_table(rows: Sequence[TripRow], language: str) -> str:
    """The trips as a text table for people, in `language`."""
    headers = [gettext(h, language) for h in TRIP_HEADERS]
    cells = [[str(r.id), r.ref, r.title, enum_label(r.kind, language),
              enum_label(r.status, language), _day(r.start, language),
              _day(r.end, language), ", ".join(r.destinations)] for r in rows]
    return _table(headers, cells)


def _day(day: date, language: str) -> str:
    pattern, locale = _date_format(language)
    return str(pattern.apply(day, locale))


@cache
def _date_format(language: str) -> tuple[Any, Any]:
    """Babel's medium date pattern, parsed once (format_date parses it for every date)."""
    from babel import Locale

    locale = Locale.parse(language)
    return locale.date_formats["medium"], locale


def _table(headers: list[str], rows: list[list[str]]) -> str:
    """Columns padded by display width (杭州 takes two cells per character)."""
    table = [headers, *rows]
    sizes = [[_width(cell) for cell in row] for row in table]
    widths = [max(row[i] for row in sizes) for i in range(len(headers))]
    table.insert(1, ["-" * w for w in widths])
    sizes.insert(1, widths)
    return "\n".join(
        "  ".join(cell + " " * (w - size) for cell, size, w in zip(row, used, widths, strict=True))
        .rstrip() for row, used in zip(table, sizes, strict=True))


def _width(text: str) -> int:
    return len(text) if text.isascii() else sum(map(_char_width, text))


@cache
def _char_width(ch: str) -> int:
    """Cells a character takes on a terminal: none for a combining mark, two for a wide one."""
    return 0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1

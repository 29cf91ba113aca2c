"""The data commands of the command line: demo, trips, import, export (see
delegations.cli.entry, which parses and reports).

Each `run_*` takes the parsed arguments, prints what people should see and returns
the exit status; data errors are raised (DelegationsError, OSError, CommandError) and
turned into the one-line message by delegations.cli.entry.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from delegations.cli.errors import CommandError
from delegations.cli.opening import find_trip_id, opened
from delegations.demo import demo_file, load_demo
from delegations.errors import ValidationError
from delegations.exchange import ImportSummary, import_exchange, read_exchange, write_exchange
from delegations.exchange.csvfile import read_csv, write_contacts_csv, write_participants_csv
from delegations.exchange.reader import UnreadableFile
from delegations.exchange.vcard import read_vcards, write_vcards
from delegations.i18n import N_, current_language, gettext
from delegations.i18n import gettext as _
from delegations.labels import enum_label
from delegations.services import trips
from delegations.services.dto import TripFilter, TripRow


@contextlib.contextmanager
def _in_file(path: Path) -> Iterator[None]:
    """Import errors (a JSON path) get the file's name in front."""
    try:
        yield
    except UnreadableFile:
        raise  # names the file and line already
    except ValidationError as err:
        raise CommandError(f"{path}: {err}") from None


def run_demo(args: argparse.Namespace) -> int:
    with opened(args) as store, _in_file(demo_file()):
        summary = load_demo(store)
        print(_("Demo data loaded into {store}:").format(store=store.label))
    _print_summary(summary)
    return 0


def run_import(args: argparse.Namespace) -> int:
    suffix = args.file.suffix.lower()  # one of IMPORT_TYPES (checked by the parser)
    if suffix in (".csv", ".vcf"):
        return _import_table(args, suffix)
    if suffix == ".ics":
        from delegations.cli.ics import run_import_ics

        return run_import_ics(args)
    if suffix != ".json":
        raise CommandError(_("importing {suffix} files is not available yet").format(
            suffix=suffix))
    with _in_file(args.file):
        document = read_exchange(args.file)
        with opened(args) as store:
            summary = import_exchange(store, document, replace=args.replace)
    print(_("Imported {file}:").format(file=args.file))
    _print_summary(summary)
    for kind, name in summary.removed_items:
        print("  " + _("removed from {kind}: {name}").format(kind=_(KIND_LABELS[kind]),
                                                             name=name))
    if summary.backup is not None:
        print(_("Backup of the store as it was before: {file}").format(file=summary.backup))
    return 0


def _import_table(args: argparse.Namespace, suffix: str) -> int:
    """Participants or contacts from CSV, contacts from vCard: every row or none.

    The errors name file, line and column themselves (RowFailed), so they pass as they are.
    """
    with opened(args) as store:
        if suffix == ".vcf":
            preview = read_vcards(args.file, store)
        else:
            trip_id = find_trip_id(store, args.trip) if args.trip else None
            preview = read_csv(args.file, store, trip_id=trip_id)
        result = preview.apply(store, all_or_nothing=True)
    print(_("Imported {file}:").format(file=args.file))
    _print_summary(result.summary())
    return 0


def run_export(args: argparse.Namespace) -> int:
    suffix = args.file.suffix.lower()  # one of EXPORT_TYPES (checked by the parser)
    if suffix in (".csv", ".vcf"):
        return _export_table(args, suffix)
    if suffix == ".ics":
        from delegations.cli.ics import run_export_ics

        return run_export_ics(args)
    if suffix != ".json":
        raise CommandError(_("exporting {suffix} files is not available yet").format(
            suffix=suffix))
    with opened(args, reading=True) as store:
        trip_ids = [find_trip_id(store, args.trip)] if args.trip else None
        document = write_exchange(store, args.file, trip_ids)
    counts = ", ".join(f"{_(KIND_LABELS[k])} {len(document[k])}"
                       for k in ("trips", "cities", "contacts", "goals"))
    print(_("Exported to {file}: {counts}").format(file=args.file, counts=counts))
    return 0


def _export_table(args: argparse.Namespace, suffix: str) -> int:
    """A trip's participants as CSV, or all contacts as CSV or vCard."""
    language = current_language()
    with opened(args, reading=True) as store:
        if suffix == ".vcf":
            count, kind = write_vcards(store, args.file), "contacts"
        elif args.trip:
            trip_id = find_trip_id(store, args.trip)
            count = write_participants_csv(store, trip_id, args.file, language)
            kind = "participants"
        else:
            count, kind = write_contacts_csv(store, args.file, language), "contacts"
    print(_("Exported to {file}: {counts}").format(
        file=args.file, counts=f"{_(KIND_LABELS[kind])} {count}"))
    return 0


def run_trips(args: argparse.Namespace) -> int:
    with opened(args, reading=True) as store:
        rows = trips.list_trips(store, TripFilter(year=args.year, status=args.status))
    if args.json:
        _print_json([_trip_json(row) for row in rows])
    elif rows:
        print(trip_table(rows, current_language()))
    else:
        print(_("No trips."))
    return 0


KIND_LABELS = {
    "home": N_("home city"), "settings": N_("settings"), "goals": N_("goals"),
    "cities": N_("cities"), "contacts": N_("contacts"), "trips": N_("trips"),
    "participants": N_("participants"), "agenda": N_("programme points"),
    "travel": N_("travel legs"), "accommodation": N_("accommodation"),
    "outcomes": N_("outcomes"), "follow_ups": N_("follow-ups"), "gifts": N_("gifts"),
    "budget_lines": N_("budget lines"),
}
TRIP_HEADERS = (N_("ID"), N_("Ref"), N_("Title"), N_("Kind"), N_("Status"), N_("Start"),
                N_("End"), N_("Destinations"))


def _print_summary(summary: ImportSummary) -> None:
    """One line per kind of thing touched, then who moved up from a waiting list."""
    for kind in summary.kinds():
        line = _("{created} new, {updated} updated").format(
            created=summary.created[kind], updated=summary.updated[kind])
        if summary.removed[kind]:
            line += ", " + _("{removed} removed").format(removed=summary.removed[kind])
        print(f"  {_(KIND_LABELS[kind])}: {line}")
    for promotion in summary.promotions:
        print("  " + _("{name} moved up from the waiting list").format(name=promotion.name))


def _print_json(value: Any) -> None:
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
    from babel.dates import format_date

    return format_date(day, format="medium", locale=language)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    """Columns padded by display width (杭州 takes two cells per character)."""
    widths = [max(_width(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    rule = ["-" * w for w in widths]
    return "\n".join(
        "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True))
        .rstrip() for row in [headers, rule, *rows])


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else
               2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


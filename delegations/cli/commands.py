"""The data commands of the command line: demo, import, export (`trips` is in
delegations.cli.listing; delegations.cli.entry parses and reports).

Each `run_*` takes the parsed arguments, prints what people should see and returns
the exit status; data errors are raised (DelegationsError, OSError, CommandError) and
turned into the one-line message by delegations.cli.entry.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from delegations.cli.errors import CommandError
from delegations.cli.opening import find_trip_id, opened
from delegations.demo import demo_file, load_demo
from delegations.errors import ValidationError
from delegations.exchange import ImportSummary, import_exchange, read_exchange, write_exchange
from delegations.exchange.csvfile import read_csv, write_contacts_csv, write_participants_csv
from delegations.exchange.reader import UnreadableFile
from delegations.exchange.vcard import read_vcards, write_vcards
from delegations.i18n import N_, current_language
from delegations.i18n import gettext as _


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


def _not_json(args: argparse.Namespace, table: Callable[[argparse.Namespace, str], int],
              ics_command: str, unavailable: str) -> int | None:
    """Run the command for a CSV, vCard or iCalendar file; None for JSON, which the caller
    handles itself. Other endings (the parser lets only known ones through) are refused."""
    suffix = args.file.suffix.lower()
    if suffix in (".csv", ".vcf"):
        return table(args, suffix)
    if suffix == ".ics":
        from delegations.cli import ics  # only calendar files need the iCalendar reader

        command: Callable[[argparse.Namespace], int] = getattr(ics, ics_command)
        return command(args)
    if suffix != ".json":
        raise CommandError(unavailable.format(suffix=suffix))
    return None


def run_import(args: argparse.Namespace) -> int:
    done = _not_json(args, _import_table, "run_import_ics",
                     _("importing {suffix} files is not available yet"))
    if done is not None:
        return done
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
    done = _not_json(args, _export_table, "run_export_ics",
                     _("exporting {suffix} files is not available yet"))
    if done is not None:
        return done
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


KIND_LABELS = {
    "home": N_("home city"), "settings": N_("settings"), "goals": N_("goals"),
    "cities": N_("cities"), "contacts": N_("contacts"), "trips": N_("trips"),
    "participants": N_("participants"), "agenda": N_("programme points"),
    "travel": N_("travel legs"), "accommodation": N_("accommodation"),
    "outcomes": N_("outcomes"), "follow_ups": N_("follow-ups"), "gifts": N_("gifts"),
    "budget_lines": N_("budget lines"), "vehicles": N_("cars"),
}
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

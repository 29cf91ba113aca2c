"""`import FILE.ics --trip T` and `export FILE.ics --trip T [--participant P]`.

Called from delegations.cli.commands for files ending in .ics; errors are raised and
reported by delegations.cli.entry as one line (file and line of the calendar).
"""

from __future__ import annotations

import argparse

from delegations.calendar import Options, find_participant, read_ics, write_ics
from delegations.cli.errors import UsageError
from delegations.cli.opening import find_trip_id, opened
from delegations.i18n import gettext as _


def _need_trip(args: argparse.Namespace) -> str:
    if not args.trip:
        raise UsageError(_("a calendar (.ics) needs --trip"))
    return str(args.trip)


def run_import_ics(args: argparse.Namespace) -> int:
    """A host's programme into the trip: every event or none."""
    key = _need_trip(args)
    with opened(args) as store:
        trip_id = find_trip_id(store, key)
        preview = read_ics(args.file, store, trip_id)
        result = preview.apply(store)
    print(_("Imported {file}:").format(file=args.file))
    print("  " + _("programme points") + ": " + _("{created} new, {updated} updated").format(
        created=result.created, updated=result.updated))
    for row in preview.rows:
        for note in row.notes:
            print("  " + _("line {line}: {text}").format(line=note.line, text=note.message()))
    for note in preview.skipped:
        print("  " + _("line {line}: {text}").format(line=note.line, text=note.message()))
    return 0


def run_export_ics(args: argparse.Namespace) -> int:
    """The trip's programme and travel, everyone's or one participant's."""
    key = _need_trip(args)
    with opened(args) as store:
        trip_id = find_trip_id(store, key)
        person = find_participant(store, trip_id, args.participant) if args.participant \
            else None
        count = write_ics(store, trip_id, args.file, Options(participant_id=person))
    print(_("Exported to {file}: {counts}").format(
        file=args.file, counts=_("{count} events").format(count=count)))
    return 0

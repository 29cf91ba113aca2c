"""The `print` command: a document of a trip as PDF, written whole or not at all."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from delegations.cli.errors import CommandError, UsageError
from delegations.cli.opening import find_trip_id, opened
from delegations.errors import NotFoundError
from delegations.i18n import N_
from delegations.i18n import gettext as _
from delegations.services.participants import list_participants
from delegations.storage.store import Store

if TYPE_CHECKING:  # the documents load reportlab: only when something is printed
    from delegations.documents import DocumentRequest


def _variant(args: argparse.Namespace) -> str:
    """The itinerary variant the options ask for; wrong combinations are usage errors."""
    if args.out.suffix.lower() != ".pdf":
        raise UsageError(_("{file}: the file name must end in .pdf").format(file=args.out))
    variant = args.variant or ("participant" if args.participant else "full")
    if args.document != "itinerary" and (args.variant or args.participant):
        raise UsageError(_("--variant and --participant are for the itinerary"))
    if variant == "participant" and not args.participant:
        raise UsageError(_("--variant participant needs --participant"))
    if variant != "participant" and args.participant:
        raise UsageError(_("--participant goes with --variant participant"))
    if args.document == "report":
        if args.year is None or args.trip:
            raise UsageError(_("report needs --year (and no --trip)"))
    elif not args.trip or args.year is not None:
        raise UsageError(_("{document} needs --trip (and no --year)").format(
            document=args.document))
    return str(variant)


def _participant_id(store: Store, trip_id: int, trip: str, key: str) -> int:
    """The participant with that ref, or with that name if only one has it."""
    people = list_participants(store, trip_id)
    by_ref = [p for p in people if p.ref == key]
    named = by_ref or [p for p in people if p.name.casefold() == key.strip().casefold()]
    if len(named) == 1:
        return named[0].id
    if named:
        raise CommandError(_("More than one participant of trip '{trip}' is called '{name}'; "
                             "give the ref instead.").format(trip=trip, name=key))
    raise NotFoundError(N_("unknown participant '{participant}' in trip '{trip}'"),
                        participant=key, trip=trip)


def _request(store: Store, args: argparse.Namespace, variant: str) -> DocumentRequest:
    from delegations.documents import DocumentRequest

    if args.document == "report":
        return DocumentRequest("report", year=args.year, language=args.lang)
    trip_id = find_trip_id(store, args.trip)
    person = (_participant_id(store, trip_id, args.trip, args.participant)
              if args.participant else None)
    return DocumentRequest(args.document, trip_id=trip_id, language=args.lang,
                           variant=variant, participant_id=person)


def run_print(args: argparse.Namespace) -> int:
    """Print one document to --out; the file appears only when it is complete."""
    from delegations.cli.papers import PAPERS, run_papers
    from delegations.cli.seating import SEATING_DOCUMENTS, run_print_seating

    if args.document in SEATING_DOCUMENTS:
        return run_print_seating(args)
    if args.item:
        raise UsageError(_("--item is for the seating papers"))
    if args.document in PAPERS:
        return run_papers(args)
    variant = _variant(args)
    from delegations.documents import render_document

    with opened(args, reading=True) as store:
        render_document(store, _request(store, args, variant), args.out)
    print(_("Written {file}").format(file=args.out))
    return 0

"""`print seating|placecards|tablecards|tischliste`: the seating papers of a trip's
programme item (the one with a seating plan, or the one named by --item)."""

from __future__ import annotations

import argparse

from delegations.cli.errors import UsageError
from delegations.errors import NotFoundError
from delegations.i18n import N_
from delegations.i18n import gettext as _
from delegations.services import trips
from delegations.services.trips import UNKNOWN_TRIP
from delegations.storage.store import Store

SEATING_DOCUMENTS = ("seating", "placecards", "tablecards", "tischliste")
PAPERS = {"seating": ("a4", "a3"), "placecards": ("a4", "a5", "2up"),
          "tablecards": ("a4", "a5", "2up"), "tischliste": ("a4",)}


def _check(args: argparse.Namespace) -> None:
    """Options that do not fit a seating paper are usage errors."""
    if args.out.suffix.lower() != ".pdf":
        raise UsageError(_("{file}: the file name must end in .pdf").format(file=args.out))
    if not args.trip or args.year is not None or args.participant:
        raise UsageError(_("{document} needs --trip (and no --year or --participant)").format(
            document=args.document))
    if args.variant and args.variant not in PAPERS[args.document]:
        raise UsageError(_("--variant for {document}: {papers}").format(
            document=args.document, papers=" | ".join(PAPERS[args.document])))


def plan_for(store: Store, trip_ref: str, item: str | None) -> int:
    """The seating plan of the trip's item named `item`, or of its only seated item."""
    from delegations.services import seating  # not for the other papers `print` makes

    try:
        trip_id = trips.find_trip(store, trip_ref)
    except NotFoundError:
        raise NotFoundError(UNKNOWN_TRIP, trip=trip_ref) from None
    plans = seating.plans_of_trip(store, trip_id)
    refs = {a.id: a.ref for a in trips.get_trip(store, trip_id).agenda}
    if item is not None:
        chosen = [p for p in plans if refs.get(p.agenda_item_id) == item]
        if not chosen:
            raise NotFoundError(N_("trip '{trip}' has no seating plan for item '{item}'"),
                                trip=trip_ref, item=item)
        return chosen[0].id
    if not plans:
        raise NotFoundError(N_("trip '{trip}' has no seating plan"), trip=trip_ref)
    if len(plans) > 1:
        raise UsageError(_("trip '{trip}' has several seating plans; choose one with "
                           "--item: {items}").format(
            trip=trip_ref, items=", ".join(refs[p.agenda_item_id] for p in plans)))
    return plans[0].id


def run_print_seating(args: argparse.Namespace) -> int:
    """Print one seating paper to --out; the file appears only when it is complete."""
    _check(args)
    from delegations.cli.opening import opened
    from delegations.documents.seating import SeatingRequest, render_seating

    with opened(args, reading=True) as store:
        plan_id = plan_for(store, args.trip, args.item)
        render_seating(store, SeatingRequest(args.document, plan_id, args.lang,
                                             args.variant or ""), args.out)
    print(_("Written {file}").format(file=args.out))
    return 0

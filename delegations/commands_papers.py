"""`print badges|letters|rooming|cars|gifts`: the protocol papers from the command line.

Options are checked here (usage errors exit 2); a letter with a field missing is not
printed: the command names each recipient and field and exits 1.
"""

from __future__ import annotations

import argparse
from typing import Any

from delegations.cli import PAPERS, CommandError, UsageError
from delegations.i18n import gettext as _

LETTERS = ("invitation", "visa", "thanks")


def add_paper_options(sub: argparse.ArgumentParser) -> None:
    """The options only the protocol papers use."""
    sub.add_argument("--letter", choices=LETTERS, help=_(
        "letters: invitation | visa | thanks (visa: one per guest; thanks: one per "
        "counterpart met)"))
    sub.add_argument("--csv", action="store_true", help=_(
        "rooming: write the CSV hotels read (UTF-8, ';') instead of a PDF"))
    sub.add_argument("--hotel", metavar="HOTEL", help=_("rooming: only this hotel (ref or "
                                                        "name)"))
    sub.add_argument("--delegation", metavar="NAME", help=_(
        "badges: only the badges of this delegation"))


def _check(args: argparse.Namespace) -> None:
    """Options that do not fit the paper asked for: usage errors."""
    suffix = ".csv" if args.csv else ".pdf"
    if args.out.suffix.lower() != suffix:
        raise UsageError(_("{file}: the file name must end in {allowed}").format(
            file=args.out, allowed=suffix))
    doc = args.document
    for option, value, owner in (("--letter", args.letter, "letters"),
                                 ("--csv", args.csv, "rooming"),
                                 ("--hotel", args.hotel, "rooming"),
                                 ("--delegation", args.delegation, "badges")):
        if value and doc != owner:
            raise UsageError(_("{option} is for {document}").format(option=option,
                                                                  document=owner))
    if args.variant or args.participant:
        raise UsageError(_("--variant and --participant are for the itinerary"))
    if doc == "letters" and not args.letter:
        raise UsageError(_("letters needs --letter invitation, visa or thanks"))
    if doc == "gifts":
        if (args.year is None) == (not args.trip):
            raise UsageError(_("gifts needs --year or --trip (one of them)"))
    elif not args.trip or args.year is not None:
        raise UsageError(_("{document} needs --trip (and no --year)").format(document=doc))


def run_papers(args: argparse.Namespace) -> int:
    """Print one protocol paper to --out; the file appears only when it is complete."""
    _check(args)
    from delegations.commands import _opened

    with _opened(args, reading=True) as store:
        data = _PRINTERS[args.document](store, args)
        from delegations.documents.papers import write_pdf

        write_pdf(args.out, data)
    print(_("Written {file}").format(file=args.out))
    return 0


def _trip(store: Any, args: argparse.Namespace) -> tuple[int, str, str]:
    """The trip's id, title and the language to print in."""
    from delegations.commands import _trip_id
    from delegations.services.trips import get_trip

    trip_id = _trip_id(store, args.trip)
    trip = get_trip(store, trip_id)
    return trip_id, trip.title, args.lang or trip.language or "de"


def _badges(store: Any, args: argparse.Namespace) -> bytes:
    from delegations.documents.badges import badges_pdf
    from delegations.services.badges import badges_for_trip

    trip_id, title, lang = _trip(store, args)
    badges = badges_for_trip(store, trip_id, lang, args.delegation)
    if not badges:
        raise CommandError(_("No badges to print for trip '{trip}'.").format(trip=args.trip))
    return badges_pdf(badges, title)


def _letters(store: Any, args: argparse.Namespace) -> bytes:
    from delegations.documents.letters import letters_pdf
    from delegations.services.letters import prepare_letters

    trip_id, title, lang = _trip(store, args)
    batch = prepare_letters(store, trip_id, args.letter, lang)
    if batch.missing:
        raise CommandError(_("{file}: not printed, fields missing: {missing}").format(
            file=args.out, missing=batch.missing_text()))
    return letters_pdf(store, batch, title)


def _rooming(store: Any, args: argparse.Namespace) -> bytes:
    from delegations.services.rooming import rooming_csv, rooming_lists

    trip_id, title, lang = _trip(store, args)
    lists = rooming_lists(store, trip_id, args.hotel)
    if not lists:
        raise CommandError(_("Trip '{trip}' has no hotel.").format(trip=args.trip))
    if args.csv:
        if len(lists) > 1:
            raise CommandError(_("Trip '{trip}' has several hotels; choose one with --hotel: "
                                 "{hotels}").format(trip=args.trip, hotels=", ".join(
                                     f"{x.ref} ({x.hotel})" for x in lists)))
        return rooming_csv(lists[0], lang)
    from delegations.documents.rooming import rooming_pdf
    from delegations.documents.words import Words

    return rooming_pdf(store, lists, title, Words(lang))


def _cars(store: Any, args: argparse.Namespace) -> bytes:
    from delegations.documents.cars import cars_pdf
    from delegations.documents.words import Words
    from delegations.services.transport import car_list

    trip_id, title, lang = _trip(store, args)
    transfers, liaisons = car_list(store, trip_id)
    return cars_pdf(store, transfers, liaisons, title, Words(lang))


def _gifts(store: Any, args: argparse.Namespace) -> bytes:
    from delegations.documents.gift_register import register_pdf
    from delegations.documents.words import Words
    from delegations.services.gift_register import get_limit, gift_register

    if args.trip:
        trip_id, subject, lang = _trip(store, args)
        entries = gift_register(store, trip_id=trip_id)
    else:
        subject, lang = str(args.year), args.lang or "de"
        entries = gift_register(store, year=args.year)
    return register_pdf(store, entries, get_limit(store), subject, Words(lang))


__all__ = ["PAPERS", "add_paper_options", "run_papers"]

_PRINTERS = {"badges": _badges, "letters": _letters, "rooming": _rooming, "cars": _cars,
             "gifts": _gifts}

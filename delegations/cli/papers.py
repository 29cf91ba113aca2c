"""`print badges|letters|rooming|cars|gifts`: the protocol papers from the command line.

Options are checked here (usage errors exit 2); a letter with a field missing is not
printed: the command names each recipient and field and exits 1.
"""

from __future__ import annotations

import argparse
from typing import Any

from delegations.cli.errors import CommandError, UsageError
from delegations.i18n import gettext as _

PAPERS = ("badges", "letters", "rooming", "cars", "gifts")

LETTERS = ("invitation", "visa", "thanks")


def add_paper_options(sub: argparse.ArgumentParser) -> None:
    """The options only the protocol papers use."""
    sub.add_argument("--letter", choices=LETTERS, help=_(
        "letters: invitation (the default) | visa | thanks (visa: one per guest; thanks: "
        "one per counterpart met)"))
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
    if doc == "gifts":
        if (args.year is None) == (not args.trip):
            raise UsageError(_("gifts needs --year or --trip (one of them)"))
    elif not args.trip or args.year is not None:
        raise UsageError(_("{document} needs --trip (and no --year)").format(document=doc))


def run_papers(args: argparse.Namespace) -> int:
    """Print one protocol paper to --out; the file appears only when it is complete."""
    _check(args)
    from delegations.cli.opening import opened

    with opened(args, reading=True) as store:
        data = _PRINTERS[args.document](store, args)
        from delegations.documents.papers import write_pdf

        write_pdf(args.out, data)
    print(_("Written {file}").format(file=args.out))
    return 0


def _trip(store: Any, args: argparse.Namespace) -> int:
    from delegations.cli.opening import find_trip_id

    return find_trip_id(store, args.trip)


def _badges(store: Any, args: argparse.Namespace) -> bytes:
    from delegations.documents.protocol_papers import badges_file

    return badges_file(store, _trip(store, args), args.lang, args.delegation)


def _letters(store: Any, args: argparse.Namespace) -> bytes:
    from delegations.documents.protocol_papers import letters_file, missing_letters

    trip_id = _trip(store, args)
    kind = args.letter or "invitation"  # CLI.md: `print letters --trip T` prints letters
    missing = missing_letters(store, trip_id, kind, args.lang)
    if missing:
        raise CommandError(_("{file}: not printed, fields missing: {missing}").format(
            file=args.out, missing=missing))
    return letters_file(store, trip_id, kind, args.lang)


def _rooming(store: Any, args: argparse.Namespace) -> bytes:
    from delegations.documents.protocol_papers import rooming_file

    return rooming_file(store, _trip(store, args), args.lang, args.hotel, args.csv)


def _cars(store: Any, args: argparse.Namespace) -> bytes:
    from delegations.documents.protocol_papers import cars_file

    return cars_file(store, _trip(store, args), args.lang)


def _gifts(store: Any, args: argparse.Namespace) -> bytes:
    from delegations.documents.protocol_papers import gifts_file

    trip_id = _trip(store, args) if args.trip else None
    return gifts_file(store, trip_id, args.year, args.lang)


__all__ = ["PAPERS", "add_paper_options", "run_papers"]

_PRINTERS = {"badges": _badges, "letters": _letters, "rooming": _rooming, "cars": _cars,
             "gifts": _gifts}

"""`export-person` and `anonymise`: a person's data out of the store, or out of it for good.

PERSON is a key as the window's Personal Data dialog lists it (`contact:12`,
`participant:7`) or a search text that finds exactly one person.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from delegations.cli.errors import CommandError
from delegations.i18n import current_language
from delegations.i18n import gettext as _
from delegations.privacy.person import Person, find_people, get_person
from delegations.storage.backup import list_backups
from delegations.storage.leftovers import kept_copies
from delegations.storage.store import Store


def _person(store: Store, text: str) -> Person:
    if ":" in text:
        return get_person(store, text)
    found = find_people(store, text)
    if len(found) != 1:
        raise CommandError(_("'{person}' finds {count} people; give one of their keys: "
                             "{keys}").format(person=text, count=len(found),
                                              keys=", ".join(p.key for p in found[:10])))
    return found[0]


def run_export_person(args: argparse.Namespace) -> int:
    from delegations.cli.opening import opened

    out = Path(args.file)
    if out.suffix.lower() not in (".json", ".pdf"):
        raise CommandError(_("{file}: the file name must end in .json or .pdf").format(
            file=out))
    with opened(args, reading=True) as store:
        person = _person(store, args.person)
        if out.suffix.lower() == ".pdf":
            from delegations.privacy.pdf import export_pdf

            export_pdf(store, person.key, out, args.lang or current_language())
        else:
            from delegations.privacy.export import export_json

            export_json(store, person.key, out)
    print(_("Exported the data of {key} to {file}").format(key=person.key, file=out))
    return 0


def run_anonymise(args: argparse.Namespace) -> int:
    from delegations.cli.opening import opened
    from delegations.privacy.erase import anonymise_person
    from delegations.privacy.mentions import find_mentions

    with opened(args) as store:
        person = _person(store, args.person)
        hits = find_mentions(store, person.key)
        if args.dry_run:
            print(_("Would anonymise {key} ({places} delegation places).").format(
                key=person.key, places=person.places))
        else:
            done = anonymise_person(store, person.key, also=args.also or ())
            print(_("Anonymised {key}: {places} delegation places, {mentions} mentions "
                    "removed.").format(key=person.key, places=done.participants,
                                       mentions=done.mentions))
            if not done.compacted:
                from delegations.privacy.pending import STILL_PENDING

                print(_(STILL_PENDING))
        _report(hits, set(args.also or ()), store.path)
    return 0


def _report(hits: list, confirmed: set[str], db: Path | None) -> None:
    """Mentions by part of the name left alone, and copies that still hold the data."""
    left = [h for h in hits if h.word not in confirmed]
    for hit in left:
        print("  " + _("mentions '{word}' (remove with --also {word}): {table} {key}, "
                       "{field}").format(word=hit.word, table=hit.table, key=hit.key,
                                         field=hit.field))
    if db is not None:
        copies = [*kept_copies(db), *(b.path for b in list_backups(db))]
        for copy in copies:
            print("  " + _("still holds earlier data until deleted or rotated out: {file}")
                  .format(file=copy))

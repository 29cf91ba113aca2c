"""`backup FILE` and `restore FILE`: a checked online copy of the store, and replacing it from one.

Both work on the SQLite file itself, so `backup` also runs while the app has the store
open; `restore` refuses while any program has it open for writing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from delegations.cli.errors import CommandError
from delegations.i18n import gettext as _
from delegations.paths import default_db
from delegations.storage.integrity import check_store_file
from delegations.storage.restore import restore_store
from delegations.storage.snapshot import copy_store
from delegations.storage.store import to_url


def _store_file(args: argparse.Namespace) -> Path:
    """The store's SQLite file (backups and restores are for SQLite files only)."""
    url = to_url(args.db or default_db())
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        raise CommandError(_("{db}: backup and restore work on SQLite files only; use the "
                             "database server's own tools").format(db=args.db))
    return Path(str(url.database))


def run_backup(args: argparse.Namespace) -> int:
    db = _store_file(args)
    target = Path(args.file).expanduser().resolve()
    if target == db:
        raise CommandError(_("{file}: the backup must not replace the store itself").format(
            file=args.file))
    check_store_file(db)
    copy_store(db, target)
    print(_("Backed up {db} to {file}").format(db=db, file=target))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    db = _store_file(args)
    source = Path(args.file).expanduser().resolve()
    if source == db:
        raise CommandError(_("{file}: this is the store itself").format(file=args.file))
    done = restore_store(db, source)
    print(_("Restored {db} from {file}").format(db=db, file=source))
    if done.aside is not None:
        print(_("The previous store was kept as {aside}").format(aside=done.aside))
    return 0

"""`backup FILE` and `restore FILE`: a checked online copy of the store, and replacing it from one.

Both work on the SQLite file itself, so `backup` also runs while the app has the store
open; `restore` refuses while any program has it open for writing. A PostgreSQL store is
dumped and restored with pg_dump and pg_restore (delegations.storage.server_backup).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import URL

from delegations.cli.errors import CommandError
from delegations.i18n import gettext as _
from delegations.paths import default_db
from delegations.storage import server_backup
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


def _server(args: argparse.Namespace) -> URL | None:
    """The URL of a PostgreSQL store (backed up with pg_dump), else None."""
    url = to_url(args.db or default_db())
    return url if url.get_backend_name() == "postgresql" else None


def _on_server(args: argparse.Namespace, action: Callable[[URL, Path], object],
               done: str) -> bool:
    """Back up or restore a PostgreSQL store with the server's tools and say `done`;
    False for a SQLite store, which the caller copies itself."""
    server = _server(args)
    if server is None:
        return False
    action(server, _file(args))
    print(done.format(db=server.render_as_string(), file=args.file))
    return True


def _file(args: argparse.Namespace) -> Path:
    """The backup file named on the command line, absolute."""
    return Path(args.file).expanduser().resolve()


def run_backup(args: argparse.Namespace) -> int:
    if _on_server(args, server_backup.dump, _("Backed up {db} to {file}")):
        return 0
    db, target = _store_file(args), _file(args)
    if target == db:
        raise CommandError(_("{file}: the backup must not replace the store itself").format(
            file=args.file))
    check_store_file(db)
    copy_store(db, target)
    print(_("Backed up {db} to {file}").format(db=db, file=target))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    if _on_server(args, server_backup.restore, _("Restored {db} from {file}")):
        return 0
    db, source = _store_file(args), _file(args)
    if source == db:
        raise CommandError(_("{file}: this is the store itself").format(file=args.file))
    done = restore_store(db, source)
    print(_("Restored {db} from {file}").format(db=db, file=source))
    if done.aside is not None:
        print(_("The previous store was kept as {aside}").format(aside=done.aside))
    return 0

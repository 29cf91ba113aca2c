"""Compaction after an erasure, finished later when it cannot be done at once.

Erased values leave the file's bytes only when the file is rewritten (VACUUM) and its
write-ahead log emptied. Another program reading the store keeps the log from being
emptied, and a nearly full disk makes the rewrite fail: the erasure itself is committed
either way, so what is still pending is noted in the store and finished at the next
chance (the next erasure, or opening the store from the window or the command line).
"""

from __future__ import annotations

import contextlib
import sqlite3

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from delegations.errors import StoreError
from delegations.i18n import N_
from delegations.model import Setting
from delegations.storage.store import Store

PENDING = "privacy.compaction_pending"
STILL_PENDING = N_("The anonymised values are removed from the tables, but the file could "
                   "not be rewritten yet (another program is reading it, or the disk is "
                   "full); until it is, they may still be found in the file's bytes. This is "
                   "finished automatically the next time the store is opened.")


def compact_or_later(store: Store) -> bool:
    """Compact now (True), or note that it is pending (False); never a raw error."""
    from delegations.privacy.erase import compact

    try:
        done = compact(store)
    except (sqlite3.Error, SQLAlchemyError, OSError):
        done = False
    _note(store, pending=not done)
    return done


def is_pending(store: Store) -> bool:
    """Asked on every open: through the table, so that a short command need not configure
    the model's mappers for it."""
    key = Setting.__table__.c.key
    with store.read() as s:
        return s.execute(select(key).where(key == PENDING)).first() is not None


def finish_pending(store: Store) -> bool | None:
    """Compact if an earlier erasure could not; None when nothing was pending."""
    if store.read_only or not store.is_sqlite or not is_pending(store):
        return None
    return compact_or_later(store)


def _note(store: Store, pending: bool) -> None:
    with contextlib.suppress(StoreError, SQLAlchemyError), store.transaction() as s:
        row = s.get(Setting, PENDING)
        if pending and row is None:
            s.add(Setting(key=PENDING, value="true"))
        elif not pending and row is not None:
            s.delete(row)

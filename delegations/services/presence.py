"""Who else has a trip open: "A. Jensen is editing this trip".

On a PostgreSQL server each open trip window holds a shared advisory lock on (PRESENCE,
trip id) on a connection of its own, named after the planner (application_name). Who
else holds that lock is a question to pg_locks, and a planner whose program ends (or
crashes, or loses the network) lets go with the connection: nothing to clean up, no
table to write. An SQLite file has one writer at a time, so nobody else shows there.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from delegations.errors import StoreError
from delegations.i18n import N_
from delegations.privacy.audit import current_actor
from delegations.storage.store import Store

#: The first key of the advisory locks that say "this trip is open" ("PRES").
PRESENCE = 0x50524553
PREFIX = "delegations:"
NAME_BYTES = 63  # PostgreSQL keeps this much of an application_name

_LOCK = text("SELECT pg_advisory_lock_shared(CAST(:key AS integer), CAST(:trip AS integer))")
_UNLOCK = text(
    "SELECT pg_advisory_unlock_shared(CAST(:key AS integer), CAST(:trip AS integer))")
_OTHERS = text(
    "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
    "WHERE l.locktype = 'advisory' AND l.classid = CAST(:key AS oid) "
    "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
    "AND l.objid = CAST(:trip AS oid) AND l.objsubid = 2 AND l.granted "
    "AND l.pid <> :mine ORDER BY a.backend_start")


def _label(actor: str) -> str:
    """The planner as an application_name: ASCII only (the server replaces the rest),
    cut at a whole escape."""
    name = PREFIX + quote(actor, safe=" .-_@'")
    if len(name) > NAME_BYTES:
        name = name[:NAME_BYTES]
        cut = name.rfind("%", NAME_BYTES - 3)
        name = name[:cut] if cut >= 0 else name
    return name


class Presence:
    """A trip held open by this planner; `leave()` lets it go (closing its connection)."""

    def __init__(self, conn: Connection, trip_id: int) -> None:
        self.conn, self.trip_id = conn, trip_id
        self.pid = int(conn.exec_driver_sql("SELECT pg_backend_pid()").scalar() or 0)

    def leave(self) -> None:
        if self.conn.closed:
            return
        try:
            self.conn.execute(_UNLOCK,
                              {"key": PRESENCE, "trip": self.trip_id})
            self.conn.exec_driver_sql("RESET application_name")
            self.conn.commit()
        except DBAPIError:  # the server is gone: so is the lock
            self.conn.invalidate()
        finally:
            self.conn.close()


def enter(store: Store, trip_id: int) -> Presence | None:
    """Say that this planner has the trip open (None on an SQLite file)."""
    if store.engine.dialect.name != "postgresql" or store.closed:
        return None
    try:
        with store.read() as s:
            actor = current_actor(s)
        conn = store.engine.connect()
    except DBAPIError as exc:
        raise _away(store, exc) from None
    try:
        conn.execute(text("SELECT set_config('application_name', :name, false)"),
                     {"name": _label(actor)})
        conn.execute(_LOCK, {"key": PRESENCE, "trip": trip_id})
        conn.commit()
        here = Presence(conn, trip_id)
    except BaseException as exc:
        conn.close()
        if isinstance(exc, DBAPIError):
            raise _away(store, exc) from None
        raise
    store.before_close(here.leave)  # a window still open when the store closes
    return here


def _away(store: Store, exc: DBAPIError) -> StoreError:
    return StoreError(N_("{path} cannot be reached just now: {reason}"), path=store.label,
                      reason=str(exc.orig or exc))


def others(store: Store, trip_id: int, mine: Presence | None = None) -> list[str]:
    """The other planners who have the trip open now, each once, first comer first."""
    if store.engine.dialect.name != "postgresql" or store.closed:
        return []  # closed: a window's timer fired late; asking would open a connection
    own = mine.pid if mine is not None else 0
    try:
        with store.read() as s:
            names = list(s.execute(_OTHERS, {"key": PRESENCE, "trip": trip_id,
                                             "mine": own}).scalars())
    except DBAPIError as exc:
        raise _away(store, exc) from None
    out: list[str] = []
    for name in names:
        if name and name.startswith(PREFIX):
            person = unquote(name[len(PREFIX):])
            if person not in out:
                out.append(person)
    return out

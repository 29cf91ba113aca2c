"""Other planners' changes, for open windows to redraw within seconds.

The audit log is the change counter: every change made through any program on the
store adds entries, so a window remembers the newest entry it has seen and asks, every
few seconds, which tables and records have entries after it. One indexed query that
returns nothing most of the time.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from delegations.errors import StoreError
from delegations.i18n import N_
from delegations.model import AuditEntry
from delegations.storage.store import Store


@dataclass(frozen=True)
class Changed:
    """A record changed since the mark: its table, its key ('' for bulk), by whom."""

    entity: str
    key: str
    actor: str


def mark(store: Store) -> int:
    """Where the change log stands now."""
    with store.read() as s:
        return int(s.scalar(select(func.coalesce(func.max(AuditEntry.id), 0))) or 0)


def created_since(store: Store, seen: int, entity: str) -> list[tuple[int, str]]:
    """Records of `entity` created after mark `seen`: (id, who), oldest first."""
    with store.read() as s:
        rows = s.execute(select(AuditEntry.key, AuditEntry.actor).where(
            AuditEntry.id > seen, AuditEntry.entity == entity, AuditEntry.action == "create")
            .order_by(AuditEntry.id)).all()
    return [(int(key), actor) for key, actor in rows if key.isdigit()]


def since(store: Store, seen: int, limit: int = 1000) -> tuple[int, list[Changed]]:
    """The changes after mark `seen` (each record once, oldest first) and the new mark.

    StoreError if the server cannot be reached just now (the caller asks again later).
    A closed store has nothing new (a window's timer may fire after it closed, and a
    read then would open connections nobody closes).
    """
    if store.closed:
        return seen, []
    try:
        with store.read() as s:
            rows = s.execute(select(AuditEntry.id, AuditEntry.entity, AuditEntry.key,
                                    AuditEntry.actor).where(AuditEntry.id > seen)
                             .order_by(AuditEntry.id).limit(limit)).all()
    except DBAPIError as exc:
        raise StoreError(N_("{path} cannot be reached just now: {reason}"), path=store.label,
                         reason=str(exc.orig or exc)) from None
    out: dict[tuple[str, str], Changed] = {}
    for _id, entity, key, actor in rows:
        out.setdefault((entity, key), Changed(entity, key, actor))
    return (rows[-1][0] if rows else seen), list(out.values())

"""Versions of the rows a window read, checked when it saves: "changed by someone else
since you opened it" for every editor, by one mechanism.

A window reads a record inside `reading()` (or `read(fetch)`): the version of every
versioned row loaded is noted in a `Seen`. It saves inside `expecting(seen)`: before a
flush writes a row noted there at a version other than the one the row has now,
ConflictError names who changed it last and when (from the audit log), and nothing is
saved. Rows the save writes itself move their noted version on, so a save made of
several transactions does not trip over its own first step. Undo and redo run outside
`expecting` and write over what is stored, as they always did.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from delegations.errors import ConflictError
from delegations.i18n import N_
from delegations.model import AuditEntry, Base
from delegations.model.base import Versioned

T = TypeVar("T")

CHANGED_BY = N_("changed by {actor} at {time} since you opened it; nothing was saved")
CHANGED_ELSEWHERE = N_("changed elsewhere since you opened it; nothing was saved")

_PENDING = "versions_pending"


class Seen:
    """The versions of the rows read: (table, key) -> row_version."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], int] = {}

    def __repr__(self) -> str:
        return f"Seen({self.rows!r})"


_reading: ContextVar[Seen | None] = ContextVar("versions-reading", default=None)
_expected: ContextVar[Seen | None] = ContextVar("versions-expected", default=None)


def row_key(obj: Any) -> tuple[str, str]:
    """A row's table and key, spelt as the audit log spells them."""
    identity = inspect(obj).mapper.primary_key_from_instance(obj)
    return obj.__tablename__, "/".join(str(part) for part in identity if part is not None)


@contextlib.contextmanager
def reading() -> Iterator[Seen]:
    """Note the version of every versioned row loaded inside the block."""
    seen = Seen()
    token = _reading.set(seen)
    try:
        yield seen
    finally:
        _reading.reset(token)


def read(fetch: Callable[[], T]) -> tuple[T, Seen]:
    """What `fetch()` returns, and the versions of the rows it read."""
    with reading() as seen:
        return fetch(), seen


@contextlib.contextmanager
def expecting(seen: Seen | None) -> Iterator[None]:
    """Saves inside the block refuse to write a row another planner changed since
    `seen` was read (None: no check, "keep mine")."""
    token = _expected.set(seen)
    try:
        yield
    finally:
        _expected.reset(token)


def conflict(s: Session, obj: Any) -> ConflictError:
    """The refusal for `obj`, naming who changed it last and when (the audit log)."""
    entity, key = row_key(obj)
    with s.no_autoflush:
        last = s.scalars(select(AuditEntry).where(AuditEntry.entity == entity,
                                                  AuditEntry.key == key)
                         .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(1)).first()
    if last is None:
        return ConflictError(CHANGED_ELSEWHERE, entity=entity, key=key)
    return ConflictError(CHANGED_BY, entity=entity, key=key, actor=last.actor, at=last.at,
                         time=last.at.astimezone().strftime("%H:%M"))


def _loaded(obj: Any, _context: Any) -> None:
    seen = _reading.get()
    if seen is not None and isinstance(obj, Versioned):
        seen.rows.setdefault(row_key(obj), obj.row_version)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    seen = _expected.get()
    if seen is None:
        return
    checked: dict[int, Any] = session.info.setdefault(_PENDING, {})
    for obj in list(session.dirty) + list(session.deleted):
        key = row_key(obj) if isinstance(obj, Versioned) else None
        if key not in seen.rows or id(obj) in checked:
            continue  # not read by the window, or already checked in this transaction
        if obj in session.dirty and not session.is_modified(obj):
            continue
        if obj.row_version != seen.rows[key]:
            raise conflict(session, obj)
        checked[id(obj)] = obj


def _after_commit(session: Session) -> None:
    """The rows this save wrote are now at their new versions: later steps of the same
    save expect those (a row it deleted is no longer expected)."""
    seen, written = _expected.get(), session.info.pop(_PENDING, {})
    if seen is None:
        return
    for obj in written.values():
        if inspect(obj).was_deleted:
            seen.rows.pop(row_key(obj), None)
        else:
            seen.rows[row_key(obj)] = obj.row_version


def watch(sessions: sessionmaker[Session]) -> None:
    """Check the expected versions in every write session of a store."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_commit", _after_commit)
    event.listen(sessions, "after_rollback", lambda s: s.info.pop(_PENDING, None))


event.listen(Base, "load", _loaded, propagate=True)

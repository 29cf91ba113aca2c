"""The index of words by which the database answers a search of follow-ups.

Like contacts and trips (delegations.model.search), each follow-up has its folded words in
a table with an index on the word, so that the tracker's search ("müller" finds "Mueller")
is a range lookup rather than a walk through every follow-up in Python. A follow-up is
found by what the tracker shows of it: action, owner, notes, and the names of its trip,
city and contact; the words are rewritten on every flush that changes one of those
(`watch`, registered by the services) and filled for stored data by migration 0015
(`reindex_follow_ups`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from itertools import chain
from typing import Any

from sqlalchemy import Column, Connection, ForeignKey, Index, Table, column, delete, select, table
from sqlalchemy.orm import Session, sessionmaker

from delegations.folding import search_words
from delegations.model.base import Base
from delegations.model.search import WORD, _insert
from delegations.model.sorting import id_chunks, refold_follow_ups

follow_up_word = Table(
    "follow_up_word", Base.metadata,
    Column("follow_up_id", ForeignKey("follow_up.id", ondelete="CASCADE"), primary_key=True),
    Column("word", WORD, primary_key=True),
    Index("ix_follow_up_word_word", "word", "follow_up_id"),
)

# Named here rather than through the model classes, so that migration 0015 keeps working
# when the model moves on.
_follow_up = table("follow_up", column("id"), column("action"), column("owner"),
                   column("notes"), column("trip_id"), column("city_id"), column("contact_id"))
_trip = table("trip", column("id"), column("title"))
_city = table("city", column("id"), column("name"))
_contact = table("contact", column("id"), column("name"))


def reindex_follow_ups(conn: Connection, ids: Collection[int] | None = None) -> None:
    """The words of the given follow-ups (all when `ids` is None) from their data."""
    for chunk in id_chunks(ids):
        query = (select(_follow_up.c.id, _follow_up.c.action, _follow_up.c.owner,
                        _follow_up.c.notes, _trip.c.title, _city.c.name, _contact.c.name)
                 .select_from(_follow_up
                              .outerjoin(_trip, _trip.c.id == _follow_up.c.trip_id)
                              .outerjoin(_city, _city.c.id == _follow_up.c.city_id)
                              .outerjoin(_contact, _contact.c.id == _follow_up.c.contact_id)))
        gone = delete(follow_up_word)
        if chunk is not None:
            query = query.where(_follow_up.c.id.in_(chunk))
            gone = gone.where(follow_up_word.c.follow_up_id.in_(chunk))
        rows = conn.execute(query).all()
        conn.execute(gone)
        _insert(conn, follow_up_word, "follow_up_id",
                ((ident, search_words(*texts)) for ident, *texts in rows))


def _touched(session: Session) -> tuple[set[int], dict[str, set[int]]]:
    """The follow-ups this flush wrote, and the trips, cities and contacts whose names
    their words carry."""
    from delegations.model import City, Contact, FollowUp, Trip

    own: set[int] = set()
    named: dict[str, set[int]] = {"trip_id": set(), "city_id": set(), "contact_id": set()}
    kinds: tuple[tuple[type[Any], str], ...] = (
        (Trip, "trip_id"), (City, "city_id"), (Contact, "contact_id"))
    obj: Any
    for obj in chain(session.new, session.dirty, session.deleted):
        if isinstance(obj, FollowUp):
            own.add(obj.id)
            continue
        for kind, key in kinds:
            if isinstance(obj, kind) and obj in session.dirty:
                named[key].add(obj.id)
    return own, named


def _after_flush(session: Session, _context: object) -> None:
    """Keep the words and sort columns of the follow-ups this flush wrote or whose trip,
    city or contact it renamed."""
    own, named = _touched(session)
    if not own and not any(named.values()):
        return
    conn = session.connection()
    for key, ids in named.items():
        for chunk in id_chunks(ids):
            own.update(conn.scalars(select(_follow_up.c.id)
                                    .where(_follow_up.c[key].in_(chunk))))
    if own:
        reindex_follow_ups(conn, own)
        refold_follow_ups(conn, own)


def matching_follow_ups(owner_id: Any, needle: Iterable[str]) -> list[Any]:
    """Conditions on `owner_id`: for each typed word, a word of the follow-up begins with it."""
    from delegations.model.search import matching

    return matching(follow_up_word, owner_id, needle)


def watch(sessions: sessionmaker[Session]) -> None:
    """Keep the follow-ups' words through every flush of sessions from `sessions`."""
    from sqlalchemy import event

    event.listen(sessions, "after_flush", _after_flush)

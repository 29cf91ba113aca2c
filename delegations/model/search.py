"""The index of words by which the database answers a search of contacts and trips.

Each contact and trip has its folded words (delegations.folding.search_words) in a table
with an index on the word: a search asks for the records having, for every typed word, a
word that begins with it, a range lookup in that index on SQLite and PostgreSQL alike
(on PostgreSQL the words compare bytewise, collation "C", so the range is a prefix).
The words are kept up to date on every flush (`watch`, registered by the services), with
the folded columns lists sort by (delegations.model.sorting), and filled for stored data
by the migration 0008 (`index_words`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from itertools import chain
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    ForeignKey,
    Index,
    String,
    Table,
    and_,
    column,
    delete,
    exists,
    func,
    insert,
    literal,
    select,
    table,
)
from sqlalchemy.orm import Session, sessionmaker

from delegations.folding import prefix_bounds, search_words
from delegations.model.base import Base
from delegations.model.sorting import id_chunks, refold, refold_contacts, refold_trips

#: A folded word; bytewise order on PostgreSQL so that a range is exactly a prefix.
WORD = String(200).with_variant(String(200, collation="C"), "postgresql")

contact_word = Table(
    "contact_word", Base.metadata,
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
    Column("word", WORD, primary_key=True),
    Index("ix_contact_word_word", "word", "contact_id"),
)
trip_word = Table(
    "trip_word", Base.metadata,
    Column("trip_id", ForeignKey("trip.id", ondelete="CASCADE"), primary_key=True),
    Column("word", WORD, primary_key=True),
    Index("ix_trip_word_word", "word", "trip_id"),
)

# The columns the words are made of, named here rather than through the model classes so
# that the migration that fills the index keeps working when the model moves on.
_contact = table("contact", column("id"), column("name"), column("organisation"),
                 column("email"), column("function"), column("city_id"))
_city = table("city", column("id"), column("name"))
_trip = table("trip", column("id"), column("title"), column("ref"))
_destination = table("trip_destination", column("trip_id"), column("city_id"),
                     column("position"))


def matching(words: Table, owner_id: Any, needle: Iterable[str], *,
             walk: bool = False) -> list[Any]:
    """Conditions on `owner_id`: for each typed word, some word of the record begins with it.

    Two forms of the same condition for the two ways a database answers best: the list of
    matching ids from the index of words (few matches), or, with `walk`, a probe of each
    record met while walking the list's sort order (many matches: the first page is found
    after a few hundred probes, however large the office).
    """
    key = next(iter(words.c))
    conditions: list[Any] = []
    for term in needle:
        low, high = prefix_bounds(term)
        within = and_(words.c.word >= low, words.c.word < high)
        if walk:
            conditions.append(exists().where(key == owner_id, within))
        else:
            conditions.append(owner_id.in_(select(key).where(within)))
    return conditions


def common(conn: Connection, words: Table, needle: Iterable[str], page: int) -> bool:
    """Whether every typed word is common enough that walking the sort order finds `page`
    matches sooner than sorting all matches would (n matches of N records: walking costs
    about page·N/n probes, sorting about n)."""
    needle = list(needle)
    if not needle:
        return False
    records = conn.scalar(select(func.max(next(iter(words.c))))) or 0  # ~ ids in use
    enough = max(1, int((max(page, 1) * records) ** 0.5))
    for term in needle:
        low, high = prefix_bounds(term)
        seen = (select(literal(1)).where(words.c.word >= low, words.c.word < high)
                .limit(enough).subquery())
        if (conn.scalar(select(func.count()).select_from(seen)) or 0) < enough:
            return False
    return True


def reindex_contacts(conn: Connection, ids: Collection[int] | None = None) -> None:
    """The words of the given contacts (all when `ids` is None) from their data."""
    for chunk in id_chunks(ids):
        query = (select(_contact.c.id, _contact.c.name, _contact.c.organisation,
                        _contact.c.email, _contact.c.function, _city.c.name)
                 .select_from(_contact.outerjoin(_city, _city.c.id == _contact.c.city_id)))
        gone = delete(contact_word)
        if chunk is not None:
            query = query.where(_contact.c.id.in_(chunk))
            gone = gone.where(contact_word.c.contact_id.in_(chunk))
        rows = conn.execute(query).all()
        conn.execute(gone)
        _insert(conn, contact_word, "contact_id",
                ((ident, search_words(*texts)) for ident, *texts in rows))


def reindex_trips(conn: Connection, ids: Collection[int] | None = None) -> None:
    """The words of the given trips (all when `ids` is None): title, ref, destinations."""
    for chunk in id_chunks(ids):
        query = select(_trip.c.id, _trip.c.title, _trip.c.ref)
        places = (select(_destination.c.trip_id, _city.c.name)
                  .join(_city, _city.c.id == _destination.c.city_id))
        gone = delete(trip_word)
        if chunk is not None:
            query = query.where(_trip.c.id.in_(chunk))
            places = places.where(_destination.c.trip_id.in_(chunk))
            gone = gone.where(trip_word.c.trip_id.in_(chunk))
        names: dict[int, list[str]] = {}
        for trip_id, name in conn.execute(places):
            names.setdefault(trip_id, []).append(name)
        rows = conn.execute(query).all()
        conn.execute(gone)
        _insert(conn, trip_word, "trip_id", ((ident, search_words(title, ref,
                                                                  *names.get(ident, ())))
                                            for ident, title, ref in rows))


def _insert(conn: Connection, words: Table, key: str,
            records: Iterable[tuple[int, set[str]]]) -> None:
    rows = [{key: ident, "word": word} for ident, found in records for word in found]
    for start in range(0, len(rows), 5000):
        conn.execute(insert(words), rows[start:start + 5000])


def index_words(conn: Connection) -> None:
    """Every contact's and trip's words from the stored data."""
    reindex_contacts(conn)
    reindex_trips(conn)


def reindex(conn: Connection) -> None:
    """Every contact's and trip's words and sort columns from the stored data (after bulk
    writes)."""
    index_words(conn)
    refold(conn)


def _after_flush(session: Session, _context: object) -> None:
    """Keep the words and sort columns of whatever this flush wrote (contacts, trips,
    destinations, cities)."""
    from delegations.model import City, Contact, Trip, TripDestination

    contacts: set[int] = set()
    trips: set[int] = set()
    cities: set[int] = set()
    for obj in chain(session.new, session.dirty, session.deleted):
        if isinstance(obj, Contact):
            contacts.add(obj.id)
        elif isinstance(obj, Trip):
            trips.add(obj.id)
        elif isinstance(obj, TripDestination) and obj.trip_id is not None:
            trips.add(obj.trip_id)
        elif isinstance(obj, City) and obj in session.dirty:
            cities.add(obj.id)
    conn = session.connection()
    if cities:
        contacts.update(conn.scalars(select(_contact.c.id)
                                     .where(_contact.c.city_id.in_(cities))))
        trips.update(conn.scalars(select(_destination.c.trip_id)
                                  .where(_destination.c.city_id.in_(cities))))
    if contacts:
        reindex_contacts(conn, contacts)
        refold_contacts(conn, contacts)
    if trips:
        reindex_trips(conn, trips)
        refold_trips(conn, trips)


def watch(sessions: sessionmaker[Session]) -> None:
    """Keep the index of words and the sort columns through every flush of sessions from
    `sessions`."""
    from sqlalchemy import event

    event.listen(sessions, "after_flush", _after_flush)

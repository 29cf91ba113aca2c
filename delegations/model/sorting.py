"""The folded columns by which the database sorts the contacts and trips lists.

A list sorted by a text column is sorted by a derived copy of it, folded in Python
(delegations.folding.fold: accents dropped, case folded for every script) and compared
bytewise on both engines (model.base.sorted_text): "Ärzte" sorts with "arzt", before
"Zoo", and SQLite and PostgreSQL give the same order, which lower() in SQL did not
(SQLite's folds only ASCII). Each column has an index for the list order, so a page is
read off it. The columns are kept on every flush with the index of words
(model.search.watch) and filled for stored data by the migrations that add them, which
name the columns they fill: the columns are named here rather than through the model
classes so that those migrations keep working when the model moves on.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from itertools import islice
from typing import Any, overload

from sqlalchemy import Connection, bindparam, column, select, table, update

from delegations.folding import fold

#: A contact's sort columns: the column each folds and the length it is cut to. "city"
#: is the name of the contact's city.
CONTACT_SORTS: Mapping[str, tuple[str, int]] = {
    "sort_name": ("name", 200),
    "sort_function": ("function", 200),
    "sort_organisation": ("organisation", 200),
    "sort_city": ("city", 200),
    "sort_email": ("email", 200),
    "sort_phone": ("phone", 100),
}
#: A trip's sort columns; "destinations" are its destinations' names in travel order.
TRIP_SORTS: Mapping[str, tuple[str, int]] = {
    "sort_title": ("title", 300),
    "sort_destinations": ("destinations", 300),
}
#: A follow-up's sort columns; "city" is the name of its own city.
FOLLOW_UP_SORTS: Mapping[str, tuple[str, int]] = {
    "sort_action": ("action", 300),
    "sort_owner": ("owner", 200),
    "sort_city": ("city", 200),
}
#: How the destinations are joined (as the list shows them): "Rom, Bari" before "Roma".
DESTINATIONS_JOINED = ", "

_contact = table("contact", column("id"), column("name"), column("function"),
                 column("organisation"), column("email"), column("phone"),
                 column("city_id"), *(column(c) for c in CONTACT_SORTS))
_city = table("city", column("id"), column("name"))
_trip = table("trip", column("id"), column("title"), *(column(c) for c in TRIP_SORTS))
_destination = table("trip_destination", column("trip_id"), column("city_id"),
                     column("position"))
_follow_up = table("follow_up", column("id"), column("action"), column("owner"),
                   column("city_id"), *(column(c) for c in FOLLOW_UP_SORTS))
_CHUNK = 500


def sortable(text: str | None, length: int) -> str:
    """`text` as its sort column holds it: folded, cut to the column's length."""
    return fold(text)[:length]


@overload
def id_chunks(ids: Iterable[int]) -> Iterator[list[int]]: ...
@overload
def id_chunks(ids: Iterable[int] | None) -> Iterator[list[int] | None]: ...
def id_chunks(ids: Iterable[int] | None) -> Iterator[list[int] | None]:
    """`ids` a few hundred at a time (for IN lists); None once for "all of them"."""
    if ids is None:
        yield None
        return
    it = iter(ids)
    while chunk := list(islice(it, _CHUNK)):
        yield chunk


def refold_contacts(conn: Connection, ids: Collection[int] | None = None,
                    columns: Iterable[str] = CONTACT_SORTS) -> None:
    """The sort `columns` of the given contacts (all when `ids` is None) from their data."""
    _refold_with_city(conn, _contact, ids, CONTACT_SORTS, columns)


def refold_trips(conn: Connection, ids: Collection[int] | None = None,
                 columns: Iterable[str] = TRIP_SORTS) -> None:
    """The sort `columns` of the given trips (all when `ids` is None) from their data."""
    columns = list(columns)
    for chunk in id_chunks(ids):
        query = select(_trip.c.id, _trip.c.title)
        places = (select(_destination.c.trip_id, _city.c.name)
                  .join(_city, _city.c.id == _destination.c.city_id)
                  .order_by(_destination.c.trip_id, _destination.c.position,
                            _destination.c.city_id))
        if chunk is not None:
            query = query.where(_trip.c.id.in_(chunk))
            places = places.where(_destination.c.trip_id.in_(chunk))
        names: dict[int, list[str]] = {}
        for trip_id, name in conn.execute(places):
            names.setdefault(trip_id, []).append(name)
        rows = [{"id": ident, "title": title,
                 "destinations": DESTINATIONS_JOINED.join(names.get(ident, ()))}
                for ident, title in conn.execute(query)]
        _write(conn, _trip, TRIP_SORTS, columns, rows)


def refold_follow_ups(conn: Connection, ids: Collection[int] | None = None,
                      columns: Iterable[str] = FOLLOW_UP_SORTS) -> None:
    """The sort `columns` of the given follow-ups (all when `ids` is None) from their data."""
    _refold_with_city(conn, _follow_up, ids, FOLLOW_UP_SORTS, columns)


def _refold_with_city(conn: Connection, target: Any, ids: Collection[int] | None,
                      sorts: Mapping[str, tuple[str, int]], columns: Iterable[str]) -> None:
    """Sort columns of `target` rows folded from their own columns and the name of their
    city ("city" in `sorts`)."""
    columns = list(columns)
    own = [target.c[source] for source, _length in sorts.values() if source != "city"]
    for chunk in id_chunks(ids):
        query = (select(target.c.id, *own, _city.c.name.label("city"))
                 .select_from(target.outerjoin(_city, _city.c.id == target.c.city_id)))
        if chunk is not None:
            query = query.where(target.c.id.in_(chunk))
        rows = [dict(r) for r in conn.execute(query).mappings()]
        _write(conn, target, sorts, columns, rows)


def _write(conn: Connection, target: Any, sorts: Mapping[str, tuple[str, int]],
           columns: list[str], rows: list[dict[str, Any]]) -> None:
    """Each row's sort columns, folded from its sources (bind names apart from the
    columns': SQLAlchemy reserves those for the SET clause)."""
    if not rows or not columns:
        return
    statement = (update(target).where(target.c.id == bindparam("key"))
                 .values({c: bindparam(f"v_{c}") for c in columns}))
    values = [{"key": row["id"], **{f"v_{c}": sortable(row[sorts[c][0]], sorts[c][1])
                                    for c in columns}} for row in rows]
    for start in range(0, len(values), 5000):
        conn.execute(statement, values[start:start + 5000])


def refold(conn: Connection) -> None:
    """Every contact's, trip's and follow-up's sort columns from the stored data (after
    bulk writes)."""
    refold_contacts(conn)
    refold_trips(conn)
    refold_follow_ups(conn)

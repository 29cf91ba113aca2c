"""Records to choose from by what was typed, a few at a time, for the choosers of the
window (a trip filter, a follow-up's trip): an office keeps thousands of trips, and a
chooser that loads them all is slow to open and useless to scroll (issue #16)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, select

from delegations.folding import search_terms
from delegations.model import FollowUp, Trip
from delegations.model.search import matching, trip_word
from delegations.storage.store import Store


def trip_choices(store: Store, search: str = "", limit: int = 30,
                 with_follow_ups: bool = False) -> list[tuple[int, str, date]]:
    """(id, title, start) of the first `limit` trips, newest first, whose words begin
    with the typed words (title, ref, destinations; the database's index of words);
    `with_follow_ups`: only trips that have follow-ups."""
    query = select(Trip.id, Trip.title, Trip.start_date).where(
        *matching(trip_word, Trip.id, search_terms(search)))
    if with_follow_ups:
        query = query.where(exists().where(FollowUp.trip_id == Trip.id))
    query = query.order_by(Trip.start_date.desc(), Trip.id.desc()).limit(limit)
    with store.read() as s:
        return [(ident, title, start) for ident, title, start in s.execute(query)]


def trip_choice(store: Store, trip_id: int) -> tuple[int, str, date] | None:
    """(id, title, start) of one trip, or None when there is no such trip."""
    with store.read() as s:
        row = s.execute(select(Trip.id, Trip.title, Trip.start_date)
                        .where(Trip.id == trip_id)).one_or_none()
    return None if row is None else (row[0], row[1], row[2])

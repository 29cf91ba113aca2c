"""'A. Jensen is editing this trip': who else has a trip open, on the server; nobody on a
file (one writer)."""

from datetime import date

import pytest
from sqlalchemy import text

from delegations.privacy.audit import acting_as
from delegations.services import presence, trips
from delegations.storage.store import open_store

pytestmark = pytest.mark.both_engines


def test_another_planner_with_the_trip_open_is_named_until_they_leave(store):
    trip = trips.create_trip(store, {"title": "Gdańsk", "start": date(2027, 5, 3),
                                     "end": date(2027, 5, 6)})
    mine = presence.enter(store, trip.id)
    if store.is_sqlite:
        assert mine is None and presence.others(store, trip.id) == []
        return
    other = open_store(store.engine.url.render_as_string(hide_password=False))
    try:
        assert presence.others(store, trip.id, mine) == []  # I am not "someone else"
        with other.read() as s:
            role = s.execute(text("SELECT current_user")).scalar()
        assert presence.others(other, trip.id) == [role]  # their window sees me, by role
        with acting_as("A. Jensen – Kämpfer"):
            theirs = presence.enter(other, trip.id)
        assert presence.others(store, trip.id, mine) == ["A. Jensen – Kämpfer"]
        assert presence.others(store, trip.id + 1, mine) == []  # another trip: nobody
        assert theirs is not None
        theirs.leave()
        assert presence.others(store, trip.id, mine) == []
    finally:
        other.close()
    assert mine is not None
    mine.leave()


def test_a_planner_of_another_database_on_the_server_is_nobody_here(pg_server):
    """Advisory locks are the server's: another office's database (or another test
    worker's) holding the same trip id is not someone editing this trip."""
    from tests.pg.databases import connect, database_url, drop_database, fresh_name

    names = [fresh_name("presence"), fresh_name("presence")]
    with connect(pg_server) as conn:
        for name in names:
            conn.execute(f'CREATE DATABASE "{name}"')
    here, there, next_door = (open_store(database_url(pg_server, name))
                              for name in (*names, names[1]))
    try:
        with acting_as("A. Jensen"):
            theirs = presence.enter(there, 1)
        assert theirs is not None and presence.others(here, 1) == []
        with acting_as("B. Kämpfer"):
            neighbour = presence.enter(next_door, 1)
        assert presence.others(there, 1, theirs) == ["B. Kämpfer"]  # the same database
        assert neighbour is not None
        neighbour.leave()
        theirs.leave()
    finally:
        for store in (here, there, next_door):
            store.close()
        for name in names:
            drop_database(pg_server, name)

"""Several planners on one PostgreSQL database at once: real processes, started together.

Each race gives two racer processes (tests.pg.racers) a command to run at the same
moment; every race is run many times, since one lucky ordering proves nothing.
"""

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from delegations.enums import RegistrationStatus
from delegations.errors import StoreError
from delegations.services import participants, trips
from delegations.storage import migrate
from delegations.storage.store import Store, open_store
from tests.pg.racers import Racers

TRIALS = 12


@pytest.fixture
def shared(pg_database: str) -> Iterator[tuple[str, Store]]:
    store = open_store(pg_database)
    yield pg_database, store
    store.close()


@pytest.fixture
def racers(shared: tuple[str, Store]) -> Iterator[Racers]:
    racing = Racers(shared[0])
    yield racing
    racing.close()


def _trip(store: Store, n: int, capacity: int) -> int:
    trip = trips.create_trip(store, {"title": f"Aarhus {n}", "start": date(2027, 5, 3),
                                     "end": date(2027, 5, 6), "capacity": capacity})
    participants.add_participant(store, trip.id, {"name": "Kämpfer", "status": "confirmed"})
    return trip.id


def test_the_last_seat_is_never_given_twice(shared, racers):
    _, store = shared
    for n in range(TRIALS):
        trip = _trip(store, n, capacity=2)
        answers = racers.race({"op": "seat", "trip": trip, "name": "Jensen"},
                              {"op": "seat", "trip": trip, "name": "Gdańsk Nowak"})
        assert all("ok" in a for a in answers), answers
        assert sorted(a["ok"] for a in answers) == ["confirmed", "waitlisted"], (n, answers)
        people = participants.list_participants(store, trip)
        holding = [p for p in people if p.status == RegistrationStatus.CONFIRMED]
        assert len(holding) == 2 and len(people) == 3


def test_two_planners_saving_the_same_trip_lose_nothing(shared, racers):
    """Both read version v and save their notes at once: one is saved, the other is told
    that the trip changed (nobody's words vanish without a word)."""
    _, store = shared
    for n in range(TRIALS):
        trip = trips.create_trip(store, {"title": f"Gdańsk {n}", "start": date(2027, 6, 1),
                                         "end": date(2027, 6, 2)})
        answers = racers.race(
            {"op": "edit", "trip": trip.id, "changes": {"notes": "Jensen"},
             "version": trip.version},
            {"op": "edit", "trip": trip.id, "changes": {"notes": "Kämpfer"},
             "version": trip.version})
        saved = [a["ok"] for a in answers if "ok" in a]
        refused = [a for a in answers if "error" in a]
        assert len(saved) == 1 and len(refused) == 1, answers
        assert refused[0]["error"] == "ConflictError"
        assert trips.get_trip(store, trip.id).notes == saved[0]


def test_two_first_starts_migrate_once(pg_server):
    """Both open an empty database at the same moment: one migrates, the other waits
    and finds the schema current (no 'duplicate key … alembic_version')."""
    from tests.pg import databases

    for _ in range(3):
        name = databases.fresh_name("first")
        url = databases.create_database(pg_server, name).render_as_string(False)
        racing = Racers(url)
        try:
            answers = racing.race({"op": "migrate"}, {"op": "migrate"})
        finally:
            racing.close()
        assert answers == [{"ok": "ok"}, {"ok": "ok"}]
        store = open_store(url)
        assert migrate.current_revision(store.engine) == migrate.head()
        store.close()
        databases.drop_database(pg_server, name)


def test_a_client_older_than_the_schema_refuses_to_write(shared):
    url, store = shared
    trip = _trip(store, 0, capacity=3)
    with store.engine.begin() as conn:  # a newer program upgraded the schema meanwhile
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(StoreError, match="upgraded to schema 9999_future by a newer version"):
        trips.update_trip(store, trip, {"notes": "lost?"})
    assert trips.get_trip(store, trip).notes == ""  # reading still works
    with pytest.raises(StoreError, match="newer version of Delegations"):
        open_store(url)


def test_read_only_never_writes(shared):
    url, store = shared
    _trip(store, 0, capacity=3)
    before = trips.count_trips(store)
    viewer = open_store(url, read_only=True)
    try:
        with viewer.read() as s:
            assert s.execute(text("SHOW transaction_read_only")).scalar() == "on"
        with pytest.raises(StoreError, match="read-only"):
            trips.create_trip(viewer, {"title": "Riga", "start": date(2027, 1, 2),
                                       "end": date(2027, 1, 3)})
        assert len(trips.list_trips(viewer)) == before
    finally:
        viewer.close()
    assert trips.count_trips(store) == before


def test_the_audit_log_names_the_database_role(shared, pg_server, monkeypatch):
    """Each planner signs in as their own role: that role is who, whatever LOGNAME says."""
    from delegations.privacy.audit import list_audit
    from tests.pg import databases

    url, store = shared
    role = databases.fresh_name("jensen")
    databases.run_sql(pg_server, f'CREATE ROLE "{role}" LOGIN')
    with databases.connect(url) as conn:
        conn.execute(f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{role}"')
        conn.execute(f'GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "{role}"')
    monkeypatch.setenv("LOGNAME", "somebody-else")
    planner = open_store(make_url(url).set(username=role))
    try:
        made = _trip(planner, 0, capacity=3)
    finally:
        planner.close()
    entries = [e for e in list_audit(store, "trip") if e.key == str(made)]
    assert entries and {e.actor for e in entries} == {role}
    databases.run_sql(url, f'DROP OWNED BY "{role}"')
    databases.run_sql(pg_server, f'DROP ROLE "{role}"')

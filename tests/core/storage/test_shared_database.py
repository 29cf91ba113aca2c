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
from delegations.services import cities, contacts, participants, trips
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


def test_two_imports_of_the_same_contacts_file_duplicate_nobody(shared, racers, tmp_path):
    """Both planners read the file, then say go at the same moment: one imports it, the
    other is told who added those people meanwhile; each person is there once."""
    _, store = shared
    assert racers.race({"op": "open"}, {"op": "open"}) == [{"ok": "ok"}, {"ok": "ok"}]
    for n in range(TRIALS // 2):
        names = [f"Zofia Wiśniewska {n}", f"İskender Kämpfer {n}"]
        path = tmp_path / f"contacts-{n}.csv"
        path.write_text("name,email\n" + "".join(f"{name},z{n}-{i}@example.org\n"
                                                  for i, name in enumerate(names)),
                        encoding="utf-8")
        command = {"op": "import_contacts", "file": str(path)}
        answers = racers.race(command, command, delay=2.0)
        done = [a for a in answers if "ok" in a]
        refused = [a for a in answers if "error" in a]
        assert len(done) == 1 and done[0]["ok"] == 2, (n, answers)
        assert len(refused) == 1 and refused[0]["error"] == "ConflictError", answers
        assert "since the file was read; nothing was imported" in refused[0]["message"]
        for name in names:
            found = [c.name for c in contacts.list_contacts(store, name) if c.name == name]
            assert found == [name], (n, answers)


def test_two_imports_of_the_same_exchange_file_take_turns(shared, racers, tmp_path):
    """The same exchange file imported by two planners at once: the second waits, then
    finds the records there and updates them; nothing is there twice."""
    from delegations.exchange.exporter import export_store
    from delegations.exchange.writer import dumps

    _, store = shared
    source = open_store(tmp_path / "source.sqlite")
    try:
        for n in range(TRIALS // 2):
            city = cities.create_city(source, {"name": f"Gdańsk {n}", "country": "PL",
                                               "timezone": "Europe/Warsaw"})
            contacts.create_contact(source, {"name": f"Калининград Петров {n}",
                                             "city": city.id})
        path = tmp_path / "office.json"
        path.write_text(dumps(export_store(source)), encoding="utf-8")
    finally:
        source.close()
    for _ in range(3):
        command = {"op": "import_exchange", "file": str(path)}
        answers = racers.race(command, command, delay=1.0)
        assert answers == [{"ok": "ok"}, {"ok": "ok"}], answers
        for n in range(TRIALS // 2):
            name = f"Калининград Петров {n}"
            assert [c.name for c in contacts.list_contacts(store, name)].count(name) == 1
            assert [c.name for c in cities.list_cities(store)].count(f"Gdańsk {n}") == 1


def test_a_connection_handed_back_after_closing_ends_its_server_session(pg_database):
    """Work still holding a connection when the store closes (a window's last read, a
    background job) hands it back later: it is closed then, not left for the collector
    with its session still open on the server."""
    from tests.pg.databases import connect

    store = open_store(pg_database)
    late = store.engine.connect()
    pid = late.exec_driver_sql("SELECT pg_backend_pid()").scalar()
    store.close()
    late.close()
    with connect(pg_database) as conn:
        alive = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s",
                             (pid,)).fetchone()
    assert alive == (0,)
    assert late.closed  # held on to by this test: nothing left open to collect

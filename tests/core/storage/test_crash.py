"""Crash loop: a writer killed with SIGKILL at random moments never damages the store.

After each kill: integrity_check is ok, foreign_key_check is empty, every commit the
writer acknowledged is there, and no trip is half-written (each has exactly the
participants and destination it was written with). The quick run is part of the normal
suite; the full one (`-m slow`) kills the writer 200 times.
"""

import multiprocessing
import os
import random
import select
import signal
import sqlite3
from datetime import date

import pytest

from delegations.model import City, Participant, Trip, TripDestination
from delegations.storage.store import open_store

FORK = multiprocessing.get_context("fork")  # the test's imports are reused: quick starts


def _city(store):
    with store.transaction() as s:
        city = s.query(City).filter_by(ref="aarhus").one_or_none()
        if city is None:
            city = City(ref="aarhus", name="Århus", relation="partner",
                        timezone="Europe/Copenhagen")
            s.add(city)
            s.flush()
        return city.id


def _write_trip(store, city_id, ref, count):
    """One trip with its destination and `count` participants, in one transaction."""
    with store.transaction() as s:
        trip = Trip(ref=ref, title="Bürgerreise Århus", kind="citizens", status="planned",
                    start_date=date(2026, 5, 1), end_date=date(2026, 5, 7), notes=str(count))
        s.add(trip)
        s.flush()
        s.add(TripDestination(trip_id=trip.id, city_id=city_id, position=0))
        s.add_all(Participant(trip_id=trip.id, ref=f"p{k}", name=f"Kämpfer {k}",
                              role="citizen", status="registered", notes="x" * 300)
                  for k in range(count))


def _writer(path, ack_fd, seed):
    """Write trips one by one, acknowledging each once it is committed."""
    rng = random.Random(seed)
    store = open_store(path)
    city_id = _city(store)
    os.write(ack_fd, b"ready\n")
    for n in range(10_000):
        ref = f"t{os.getpid()}-{n}"
        _write_trip(store, city_id, ref, rng.randint(1, 12))
        os.write(ack_fd, f"{ref}\n".encode())


def _warm_up(path):
    """Do the writer's work once here, so that forked writers start with warm caches."""
    store = open_store(path)
    _write_trip(store, _city(store), "warm", 2)
    store.close()


def _run_and_kill(path, rng):
    """Start a writer, kill it at a random moment; the refs it acknowledged.

    The moment: mostly after a random number of acknowledged commits plus a random bit
    more (so that commits happen even on a busy machine), else while it opens the store.
    """
    read_fd, write_fd = os.pipe()
    proc = FORK.Process(target=_writer, args=(path, write_fd, rng.random()))
    proc.start()
    os.close(write_fd)
    lines: list[str] = []
    buffer = b""
    wanted = -1 if rng.random() < 0.2 else rng.choice([0, 1, 1, 2, 3])
    while len(lines) <= wanted:  # "ready", then `wanted` commits
        chunk = os.read(read_fd, 4096)
        assert chunk, "the writer ended early"
        buffer += chunk
        *complete, buffer = buffer.split(b"\n")
        lines += [c.decode() for c in complete]
    select.select([read_fd], [], [], rng.uniform(0.0, 0.03))  # a random moment more
    os.kill(proc.pid, signal.SIGKILL)
    proc.join(timeout=30)
    buffer += _drain(read_fd)
    os.close(read_fd)
    lines += [c.decode() for c in buffer.split(b"\n")[:-1]]  # only complete lines
    return [line for line in lines if line != "ready"], max(wanted, 0)


def _drain(fd):
    data = b""
    while chunk := os.read(fd, 65536):
        data += chunk
    return data


def _check(path, acknowledged):
    if not path.exists():  # killed before it made the file: sqlite3.connect would make an
        assert acknowledged == set()  # empty one, which the next start rightly refuses
        return
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "trip" not in tables:  # killed while the new file was being set up
            assert acknowledged == set()
            assert "alembic_version" not in tables  # the setup was all or nothing
            return
        refs = {r[0] for r in conn.execute("SELECT ref FROM trip")}
        assert acknowledged <= refs
        rows = conn.execute(
            "SELECT t.ref, t.notes, (SELECT count(*) FROM participant p WHERE p.trip_id = t.id),"
            " (SELECT count(*) FROM trip_destination d WHERE d.trip_id = t.id) FROM trip t")
        for ref, notes, participants, destinations in rows:
            assert (participants, destinations) == (int(notes), 1), ref
    finally:
        conn.close()


def _crash_loop(tmp_path, runs, seed):
    _warm_up(tmp_path / "warm.sqlite")
    rng = random.Random(seed)
    path = tmp_path / "crash.sqlite"
    acknowledged: set[str] = set()
    waited = 0
    for _ in range(runs):
        refs, wanted = _run_and_kill(path, rng)
        acknowledged.update(refs)
        waited += wanted
        _check(path, acknowledged)
    assert len(acknowledged) >= waited
    store = open_store(path)  # and the app still opens it
    store.close()
    return acknowledged


def test_writer_killed_at_random_moments_loses_nothing_acknowledged(tmp_path):
    assert len(_crash_loop(tmp_path, 20, seed=7)) >= 10  # commits happened between the kills


@pytest.mark.slow
def test_writer_killed_200_times(tmp_path):
    assert len(_crash_loop(tmp_path, 200, seed=2026)) >= 100


def _upgrader(path, ack_fd):
    os.write(ack_fd, b"started\n")
    open_store(path, backup_folder=path.parent / "bk").close()
    os.write(ack_fd, b"done\n")


def test_killed_during_an_upgrade_leaves_the_old_revision_or_a_backup(tmp_path):
    from sqlalchemy import create_engine

    from delegations.storage import backup, migrate
    template = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{template}")
    migrate.upgrade(engine, migrate.revisions()[0])
    engine.dispose()
    rng = random.Random(11)
    for n in range(4):
        path = tmp_path / f"up{n}" / "office.sqlite"
        path.parent.mkdir()
        path.write_bytes(template.read_bytes())
        read_fd, write_fd = os.pipe()
        proc = FORK.Process(target=_upgrader, args=(path, write_fd))
        proc.start()
        os.close(write_fd)
        assert os.read(read_fd, 8) == b"started\n"
        select.select([read_fd], [], [], rng.uniform(0.0, 0.25))  # somewhere in the upgrade
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(timeout=30)
        os.close(read_fd)
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            conn.close()
        assert revision in (migrate.revisions()[0], migrate.head())
        if revision != migrate.head():  # not upgraded: opening again finishes the job
            open_store(path, backup_folder=path.parent / "bk").close()
        saved = backup.list_backups(path, path.parent / "bk")
        assert all(b.reason == "upgrade" for b in saved)


def _killed_at(path, where, after):
    """Open a new store at `path`, killing this process just before or after `where`."""
    from delegations.storage import leftovers, lock, migrate

    module, name = {"lock": (lock, "acquire"), "check": (leftovers, "check_missing"),
                    "setup": (leftovers, "begin_setup"), "schema": (migrate, "upgrade")}[where]
    original = getattr(module, name)

    def dying(*args, **kwargs):
        if not after:
            os.kill(os.getpid(), signal.SIGKILL)
        original(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)

    setattr(module, name, dying)
    open_store(path)


@pytest.mark.parametrize(("where", "after"), [
    ("lock", False), ("lock", True), ("check", True), ("setup", True), ("schema", False),
    ("schema", True)])
def test_a_store_killed_while_it_is_set_up_is_set_up_at_the_next_start(tmp_path, where, after):
    """Not refused as an empty store whose data was lost: it never had any."""
    path = tmp_path / "new.sqlite"
    proc = FORK.Process(target=_killed_at, args=(path, where, after))
    proc.start()
    proc.join(timeout=60)
    assert proc.exitcode == -signal.SIGKILL
    if where == "setup":
        assert path.exists() and path.stat().st_size == 0  # the moment that matters
    store = open_store(path)
    try:
        with store.read() as s:
            assert s.query(Trip).count() == 0
    finally:
        store.close()
    assert not list(tmp_path.glob(".new.sqlite.setting-up"))

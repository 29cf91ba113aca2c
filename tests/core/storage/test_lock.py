"""Second instance: one process writes, the other is told clearly; a crash leaves no lock."""

import multiprocessing
import os
import shutil
import signal
import socket

import pytest

from delegations.model import City
from delegations.storage import lock
from delegations.storage.lock import StoreInUseError
from delegations.storage.store import open_store

FORK = multiprocessing.get_context("fork")  # the test's imports are reused: quick starts


def _contender(path, results, go, release):
    """One app process: open the store, write, report, and hold it until told to stop."""
    go.wait()
    try:
        store = open_store(path)
    except StoreInUseError as err:
        results.put(("busy", os.getpid(), str(err)))
        return
    with store.transaction() as s:
        s.add(City(ref=f"p{os.getpid()}", name="Kämpfer", relation="partner",
                   timezone="Europe/Berlin"))
    results.put(("open", os.getpid(), ""))
    release.wait()
    store.close()


def _round(path):
    results, go, release = FORK.Queue(), FORK.Event(), FORK.Event()
    procs = [FORK.Process(target=_contender, args=(path, results, go, release))
             for _ in range(2)]
    for proc in procs:
        proc.start()
    go.set()  # both at once
    outcome = sorted(results.get(timeout=30) for _ in procs)
    release.set()
    for proc in procs:
        proc.join(timeout=30)
        assert proc.exitcode == 0
    return outcome


def _warm_up(path):
    """Write once here, so that forked children start with SQLAlchemy's caches filled."""
    store = open_store(path)
    with store.transaction() as s:
        s.add(City(ref="warm", name="Aarhus", relation="partner", timezone="Europe/Berlin"))
    store.close()


def test_two_processes_at_once_exactly_one_writes(tmp_path, migrated_file):
    shutil.copyfile(migrated_file, tmp_path / "warm.sqlite")
    _warm_up(tmp_path / "warm.sqlite")
    for n in range(20):
        path = tmp_path / f"race{n}.sqlite"
        if n % 10:  # mostly an existing store; twice both race to create it
            shutil.copyfile(migrated_file, path)
        (busy, _pid, text), (opened, winner, _) = _round(path)
        assert (busy, opened) == ("busy", "open")
        assert "is open elsewhere" in text and f"process {winner}" in text
        assert socket.gethostname() in text
        assert "open it read-only" in text


def _holder(path, started):
    store = open_store(path)
    with store.transaction() as s:
        s.add(City(ref="held", name="Калининград", relation="partner",
                   timezone="Europe/Kaliningrad"))
    started.set()
    signal.pause()  # until killed


def test_a_crashed_holder_leaves_a_stale_lock_that_is_cleared(tmp_path, migrated_file):
    path = tmp_path / "office.sqlite"
    shutil.copyfile(migrated_file, path)
    started = FORK.Event()
    proc = FORK.Process(target=_holder, args=(path, started))
    proc.start()
    assert started.wait(timeout=30)
    with pytest.raises(StoreInUseError, match=f"process {proc.pid}"):
        open_store(path)
    reader = open_store(path, read_only=True)  # the other may still read
    with reader.read() as s:
        assert s.query(City).one().name == "Калининград"
    reader.close()
    os.kill(proc.pid, signal.SIGKILL)
    proc.join(timeout=30)
    assert f"process {proc.pid}" in lock.lock_path(path).read_text()  # left by the crash
    store = open_store(path)
    try:
        assert f"process {proc.pid}" in lock.stale_owner(path)
        assert lock.lock_path(path).read_text() == lock.owner_text()
        with store.read() as s:
            assert s.query(City).one().ref == "held"
    finally:
        store.close()
    assert lock.lock_path(path).read_text() == ""  # a clean close leaves nothing stale


def test_one_process_may_open_its_store_twice(tmp_path, migrated_file):
    path = tmp_path / "office.sqlite"
    shutil.copyfile(migrated_file, path)
    first = open_store(path)
    second = open_store(path)
    second.close()
    assert lock.held_here(path)
    first.close()
    assert not lock.held_here(path)

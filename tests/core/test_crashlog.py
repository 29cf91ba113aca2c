"""Error reports name where a fault happened, never the values involved."""

from __future__ import annotations

import stat

import pytest
from sqlalchemy.exc import IntegrityError

from delegations.crashlog import MAX_BYTES, describe, write_report
from delegations.model import Participant
from delegations.services import trips


def _fail_with_values(store) -> BaseException:
    """A real database error whose message quotes a traveller's data."""
    trip = trips.create_trip(store, {"title": "Reise", "kind": "outgoing",
                                     "start": "2026-02-22", "end": "2026-02-27"})
    try:
        with store.transaction() as s:
            s.add(Participant(trip_id=trip.id, name="Jörg Åberg", diet="halal",
                              ref=None, precedence=None))  # NOT NULL broken on purpose
            s.flush()
    except IntegrityError as err:
        assert "Jörg Åberg" in str(err)  # the message does hold the values
        return err
    raise AssertionError("the insert should have failed")


def test_report_keeps_type_and_stack_but_no_values(store):
    error = _fail_with_values(store)
    text = describe(error)
    assert text.startswith("sqlalchemy.exc.IntegrityError")
    assert "test_crashlog.py" in text and "_fail_with_values" in text
    for value in ("Jörg", "Åberg", "halal", "INSERT"):
        assert value not in text


def test_causes_are_described_too():
    try:
        try:
            raise KeyError("Kämpfer")
        except KeyError as inner:
            raise RuntimeError("failed for Kämpfer") from inner
    except RuntimeError as outer:
        text = describe(outer)
    assert "builtins.RuntimeError" in text and "builtins.KeyError" in text
    assert "Kämpfer" not in text


def test_the_log_is_private_and_stays_short(tmp_path):
    folder = tmp_path / "logs"
    for _ in range(3):
        try:
            raise ValueError("x" * 10)
        except ValueError as err:
            path = write_report(err, folder)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert path.read_text(encoding="utf-8").count("builtins.ValueError") == 3
    path.write_text("y" * (2 * MAX_BYTES), encoding="utf-8")
    try:
        raise OSError("disk")
    except OSError as err:
        write_report(err, folder)
    text = path.read_text(encoding="utf-8")
    assert len(text) <= MAX_BYTES and text.rstrip().endswith(
        "test_the_log_is_private_and_stays_short")


@pytest.mark.parametrize("name", ["/home/jörg.åberg/project/delegations/store.py"])
def test_home_folders_stay_out_of_paths(name):
    from delegations.crashlog import _short

    assert _short(name) == "delegations/store.py"

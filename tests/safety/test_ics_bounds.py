"""A calendar file built to make the import hang finishes or is refused within bounded time.

The import runs as its own process with a timeout: a hang fails the test, not the run.
"""

from __future__ import annotations

import time

from tests.safety.support import cli

TIMEZONES = 300
EVENTS = 300
LIMIT = 60  # seconds: not a speed test, only "it does not hang"


def _zone(n: int, garbage: bool = True) -> str:
    """A zone since 1601, as Outlook writes them; every tenth changes its offset every
    second (garbage no real zone has, which steps through billions of moments)."""
    freq = "SECONDLY" if garbage and n % 10 == 0 else "YEARLY;BYMONTH=10;BYDAY=-1SU"
    return (f"BEGIN:VTIMEZONE\r\nTZID:Zone-{n}\r\n"
            "BEGIN:STANDARD\r\nDTSTART:16011028T030000\r\nTZOFFSETFROM:+0200\r\n"
            f"TZOFFSETTO:+0100\r\nRRULE:FREQ={freq}\r\nEND:STANDARD\r\n"
            "BEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\nTZOFFSETFROM:+0100\r\n"
            "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
            "END:VTIMEZONE\r\n")


def _event(n: int) -> str:
    return (f"BEGIN:VEVENT\r\nUID:hostile-{n}@example.org\r\nSUMMARY:Runde {n}\r\n"
            f"DTSTART;TZID=Zone-{n}:20260101T{n % 24:02d}0000\r\n"
            f"DTEND;TZID=Zone-{n}:20260101T{n % 24:02d}3000\r\n"
            "RRULE:FREQ=DAILY\r\nEND:VEVENT\r\n")


def hostile_calendar(garbage: bool = True) -> str:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hostile//EN\r\n"
            + "".join(_zone(n, garbage) for n in range(TIMEZONES))
            + "".join(_event(n) for n in range(EVENTS)) + "END:VCALENDAR\r\n")


def test_300_zones_and_300_repeating_events_finish_in_bounded_time(office, tmp_path):
    path = tmp_path / "hostile.ics"
    path.write_text(hostile_calendar(), encoding="utf-8")
    assert path.stat().st_size > 140_000
    began = time.monotonic()
    result = cli(office, "import", str(path), "--trip", "sf-2026", timeout=LIMIT)
    assert time.monotonic() - began < LIMIT
    assert result.returncode == 1, result.stderr
    assert "hostile.ics, line 10: a change of time zone must repeat at most once a year" in (
        result.stderr)
    assert "Traceback" not in result.stderr


def test_300_sound_zones_are_refused_at_the_first_too_many(office, tmp_path):
    path = tmp_path / "many.ics"
    path.write_text(hostile_calendar(garbage=False), encoding="utf-8")
    result = cli(office, "import", str(path), "--trip", "sf-2026", timeout=LIMIT)
    assert result.returncode == 1, result.stderr
    assert f"many.ics, line {4 + 50 * 15}: more than 50 time zones" in result.stderr


def test_50_sound_zones_and_300_daily_events_are_imported_in_bounded_time(office,
                                                                          tmp_path):
    text = hostile_calendar(garbage=False)
    head, events = text.split("BEGIN:VEVENT", 1)
    zones = head.split("BEGIN:VTIMEZONE")
    path = tmp_path / "fifty.ics"
    path.write_text("BEGIN:VTIMEZONE".join(zones[:51]) + "BEGIN:VEVENT"
                    + events.replace("TZID=Zone-", "TZID=Zone-1"), encoding="utf-8")
    began = time.monotonic()
    result = cli(office, "import", str(path), "--trip", "sf-2026", timeout=LIMIT)
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - began < LIMIT


def test_a_rule_ending_before_it_starts_is_imported_once_with_a_note(office, tmp_path):
    from delegations.calendar import read_ics
    from delegations.services import trips
    from delegations.storage.store import open_store

    path = tmp_path / "backwards.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\nBEGIN:VEVENT\r\n"
                    "UID:b1\r\nSUMMARY:Rückwärts\r\nDTSTART:20260223T100000Z\r\n"
                    "RRULE:FREQ=DAILY;UNTIL=20260101T000000Z\r\nEND:VEVENT\r\n"
                    "END:VCALENDAR\r\n", encoding="utf-8")
    store = open_store(office)
    try:
        preview = read_ics(path, store, trips.find_trip(store, "sf-2026"))
    finally:
        store.close()
    (row,) = preview.rows
    (note,) = row.notes
    assert "ends (UNTIL) before it starts" in note.message("en")


def test_a_garbage_time_zone_offset_is_refused_naming_its_line(office, tmp_path):
    path = tmp_path / "garbage.ics"
    path.write_text(hostile_calendar(garbage=False).replace(
        "TZOFFSETTO:+0100", "TZOFFSETTO:quatsch", 1), encoding="utf-8")
    result = cli(office, "import", str(path), "--trip", "sf-2026", timeout=LIMIT)
    assert result.returncode == 1
    assert "garbage.ics, line 9: TZOFFSETTO is not an offset such as +0100" in result.stderr

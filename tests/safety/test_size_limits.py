"""Files above the documented limits are refused at once, before they are read whole."""

from __future__ import annotations

import time

from delegations.exchange.limits import CALENDAR_EVENTS, FILE_BYTES
from tests.safety.support import cli


def test_an_exchange_file_over_its_limit_is_refused_before_reading(office, tmp_path):
    path = tmp_path / "riesig.json"
    with path.open("wb") as fh:
        fh.write(b'{"format": "delegations-exchange", "version": 1, "contacts": [')
        fh.seek(FILE_BYTES[".json"] + 10)
        fh.write(b"]}")
    began = time.monotonic()
    result = cli(office, "import", str(path))
    assert result.returncode == 1
    assert "riesig.json: the file is larger than 25 MB" in result.stderr
    assert time.monotonic() - began < 20


def test_a_calendar_with_too_many_events_is_refused_naming_the_first_too_many(office,
                                                                             tmp_path):
    events = "".join(f"BEGIN:VEVENT\r\nUID:e{n}\r\nDTSTART:20260223T1000Z\r\n"
                     "SUMMARY:Termin\r\nEND:VEVENT\r\n" for n in range(CALENDAR_EVENTS + 1))
    path = tmp_path / "viele.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\n" + events
                    + "END:VCALENDAR\r\n", encoding="utf-8")
    result = cli(office, "import", str(path), "--trip", "sf-2026")
    assert result.returncode == 1
    assert f"viele.ics, line {4 + 5 * CALENDAR_EVENTS}: more than 5000 events" in result.stderr

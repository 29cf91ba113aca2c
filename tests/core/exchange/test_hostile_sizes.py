"""Huge and pathological files finish or are refused within seconds and bounded memory.

Each import runs under an alarm with a generous limit, so that a hang fails the test
instead of the test run (not a speed test), and under tracemalloc, which gives the peak
of memory allocated meanwhile. The limits are far above what the importers need and far
below what an unbounded one would take.
"""

from __future__ import annotations

import re
import resource
import signal
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from delegations.calendar import read_ics
from delegations.errors import DelegationsError
from delegations.exchange import import_exchange, read_exchange
from delegations.exchange.csvfile import read_csv
from delegations.exchange.vcard import read_vcards
from delegations.services import contacts

HANG = 60  # seconds: not a speed test, only "it does not hang"
MB = 1024 * 1024


class Hang(Exception):
    pass


@contextmanager
def _alarm(seconds: int) -> Iterator[None]:
    def ring(signum: int, frame: Any) -> None:
        raise Hang(f"the import did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def bounded(work: Callable[[], Any], trace: bool = True) -> tuple[Any, int]:
    """What `work` returns (or the DelegationsError it raises) and its peak memory in MB:
    traced (allocations while it ran), or without `trace` (tracing slows work of many
    small steps a lot) the process's peak resident size."""
    if trace:
        tracemalloc.start()
    try:
        with _alarm(HANG):
            try:
                result = work()
            except DelegationsError as err:
                result = err
        peak = (tracemalloc.get_traced_memory()[1] if trace
                else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    finally:
        tracemalloc.stop()
    return result, peak // MB


def refusal(result: Any) -> str:
    assert isinstance(result, DelegationsError), result
    return result.message("en")


def test_csv_field_of_15_mb_is_refused_with_its_line(store, tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as out:
        out.write(b"Name;Notes\r\nM\xc3\xbcller;")
        out.write(b"x" * 15_000_000)  # under the file limit (20 MB): the field is refused
        out.write(b"\r\n")
    result, peak = bounded(lambda: read_csv(path, store))
    assert re.search(r"line 2: not a CSV file \(field larger than", refusal(result))
    assert peak < 600


def test_unmatched_quote_in_a_long_csv_is_refused_at_the_record_it_opens(store, tmp_path):
    rows = b"".join(b"Person %d;Amt\r\n" % i for i in range(20_000))
    path = tmp_path / "quote.csv"
    path.write_bytes(b"Name;Organisation\r\n" + rows + b'"Kaputt;Amt\r\n' + rows)
    result, peak = bounded(lambda: read_csv(path, store))
    assert "line 20002: a quotation mark is not closed" in refusal(result)
    assert peak < 300


def test_many_cards_are_read_in_bounded_memory(store, tmp_path):
    count = 10_000
    path = tmp_path / "many.vcf"
    path.write_bytes(b"".join(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:M\xc3\xbcller %d\r\nEMAIL:m%d@kiel.example\r\n"
        b"END:VCARD\r\n" % (i, i) for i in range(count)))
    preview, peak = bounded(lambda: read_vcards(path, store), trace=False)
    assert (len(preview.rows), len(preview.errors)) == (count, 0)
    assert peak < 1500


def test_a_card_with_a_20_mb_note_is_an_error_row(store, tmp_path):
    path = tmp_path / "note.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:M\xc3\xbcller\r\nNOTE:"
                     + b"x" * 20_000_000 + b"\r\nEND:VCARD\r\n")
    preview, peak = bounded(lambda: read_vcards(path, store))
    (row,) = preview.rows
    assert row.error is not None and "line 4" in row.error.text("en")  # too long for notes
    assert peak < 800
    with pytest.raises(DelegationsError):
        preview.apply(store, all_or_nothing=True)
    assert contacts.list_contacts(store) == []


@pytest.mark.parametrize("document", [
    "[" * 100_000 + "]" * 100_000,
    '{"format": "delegations-exchange", "version": 1, "settings": {"x": '
    + "[" * 100_000 + "]" * 100_000 + "}}",
    '{"a": ' * 100_000 + "1" + "}" * 100_000,
], ids=["array", "inside-settings", "objects"])
def test_json_nested_100k_levels_is_refused(store, tmp_path, document):
    path = tmp_path / "deep.json"
    path.write_text(document, encoding="utf-8")
    result, peak = bounded(lambda: import_exchange(store, read_exchange(path)))
    assert "not valid JSON" in refusal(result)
    assert peak < 200


def test_json_nested_as_deep_as_it_parses_is_imported(store, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('{"format": "delegations-exchange", "version": 1, "settings": {"x": '
                    + "[" * 900 + "]" * 900 + "}}", encoding="utf-8")
    summary, _peak = bounded(lambda: import_exchange(store, read_exchange(path)))
    assert not isinstance(summary, DelegationsError)


def _calendar(rule: str, start: str = "20260505T100000") -> str:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:r1\r\nSUMMARY:Morgenrunde\r\nDTSTART;TZID=Europe/Berlin:{start}\r\n"
            f"DTEND;TZID=Europe/Berlin:{start[:9]}110000\r\nRRULE:{rule}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


@pytest.mark.parametrize(("rule", "why"), [
    ("FREQ=SECONDLY;COUNT=1000000000", "too often"),
    ("FREQ=DAILY;INTERVAL=0", "INTERVAL=0"),
    ("FREQ=DAILY;COUNT=1000000000;INTERVAL=0", "INTERVAL=0"),
])
def test_endless_repeating_events_are_imported_once_with_a_note(store, trip, tmp_path,
                                                                rule, why):
    path = tmp_path / "endless.ics"
    path.write_text(_calendar(rule), encoding="utf-8")
    preview, peak = bounded(lambda: read_ics(path, store, trip), trace=False)
    (row,) = preview.rows
    (note,) = row.notes
    assert why in note.message("en") and "imported once" in note.message("en")
    assert peak < 1500


def test_a_rule_that_can_never_match_is_worked_out_within_the_trip_only(store, trip,
                                                                     tmp_path):
    """February 30th never comes: the rule is followed only as far as the trip, and the
    event keeps its first occurrence (its DTSTART), as RFC 5545 says."""
    path = tmp_path / "never.ics"
    path.write_text(_calendar("FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30"), encoding="utf-8")
    preview, _peak = bounded(lambda: read_ics(path, store, trip), trace=False)
    (row,) = preview.rows
    assert row.notes == ()


def test_rules_stepping_through_decades_are_stopped(store, trip, tmp_path):
    """Starting in 2000, minutely: millions of steps before the trip; the event (in 2000)
    is then outside the trip and left out, rather than expanded for minutes."""
    path = tmp_path / "minutely.ics"
    path.write_text(_calendar("FREQ=MINUTELY", "20000101T100000"), encoding="utf-8")
    preview, peak = bounded(lambda: read_ics(path, store, trip), trace=False)
    assert preview.rows == ()
    assert [n.params["day"] for n in preview.skipped] == ["2000-01-01"]
    assert peak < 1500


def test_a_daily_meeting_since_2000_still_repeats(store, trip, tmp_path):
    """The bound leaves room for real rules: each day of the trip gets its item."""
    path = tmp_path / "daily.ics"
    path.write_text(_calendar("FREQ=DAILY;COUNT=1000000000", "20000101T100000"),
                    encoding="utf-8")
    preview, _peak = bounded(lambda: read_ics(path, store, trip), trace=False)
    assert len(preview.rows) == 4
    assert all(row.notes == () for row in preview.rows)

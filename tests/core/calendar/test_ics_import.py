"""Calendar import: files from Outlook, Google, Apple and the icalendar corpus."""

from __future__ import annotations

import pytest

from delegations.calendar import CalendarFileError, read_ics
from delegations.errors import NotFoundError
from delegations.services import agenda, cities, trips
from tests.corpus_path import CORPUS as SHARED_CORPUS

CORPUS = SHARED_CORPUS / "ics"
# file -> (trip start, end, zone of the destination, events expected, error expected)
CORPUS_CASES = {
    "alarm_google_future.ics": ("2024-10-03", "2024-10-05", "Europe/London", 1, None),
    "alarm_thunderbird_future.ics": ("2024-10-22", "2024-10-24", "Europe/London", 1, None),
    "america_new_york.ics": ("2014-08-28", "2014-08-30", "America/New_York", 1, None),
    "bom_calendar.ics": ("2024-01-01", "2024-01-02", "Europe/Berlin", 0, None),
    "broken_ical.ics": ("2014-04-08", "2014-04-10", "Europe/Berlin", 0, "line 4"),
    "event_with_unicode_fields.ics": ("2010-10-09", "2010-10-11", "Europe/Berlin", 1, None),
    "issue_156_RDATE_with_PERIOD_TZID_khal.ics": ("2018-03-26", "2018-03-28",
                                                  "America/Chicago", 1, None),
    "issue_165_missing_event.ics": ("2015-07-01", "2015-07-10", "Europe/Berlin", 0,
                                    "line 25"),
    "issue_218_bad_tzid.ics": ("2017-02-27", "2017-03-01", "Australia/Sydney", 1, None),
    "issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics": (
        "2017-05-10", "2017-05-12", "America/Sao_Paulo", 1, None),
    "issue_722_missing_timezones.ics": ("2014-08-28", "2014-08-30", "America/New_York", 1,
                                        None),
    "issue_836_do_not_quote_tzid.ics": ("2024-10-27", "2024-10-29", "America/New_York", 1,
                                        None),
    "multiple_timezones.ics": ("2021-03-01", "2021-03-03", "America/New_York", 3, None),
    "timezone_same_start.ics": ("2017-02-23", "2017-02-25", "America/Los_Angeles", 1, None),
    "timezoned.ics": ("2012-02-12", "2012-02-18", "Europe/Vienna", 1, None),
}


def make_trip(store, ref, start, end, zone):
    city = cities.create_city(store, {"name": f"City {ref}", "timezone": zone})
    return trips.create_trip(store, {"ref": ref, "title": ref, "kind": "outgoing",
                                     "status": "planned", "start": start, "end": end,
                                     "destinations": [city.id]}).id


def test_every_corpus_file_imports_or_fails_clearly(store):
    assert sorted(CORPUS_CASES) == sorted(p.name for p in CORPUS.glob("*.ics"))
    for n, (name, (start, end, zone, count, error)) in enumerate(sorted(CORPUS_CASES.items())):
        trip_id = make_trip(store, f"t{n}", start, end, zone)
        if error:
            with pytest.raises(CalendarFileError) as caught:
                read_ics(CORPUS / name, store, trip_id)
            assert name in str(caught.value) and error in str(caught.value)
            assert agenda.list_items(store, trip_id) == []
            continue
        preview = read_ics(CORPUS / name, store, trip_id)
        assert len(preview.rows) == count, (name, preview)
        assert preview.apply(store).created == count
        assert len(agenda.list_items(store, trip_id)) == count, name


def test_outlook_windows_zone_names(store):
    trip_id = make_trip(store, "pst", "2017-02-23", "2017-02-25", "Europe/Berlin")
    read_ics(CORPUS / "timezone_same_start.ics", store, trip_id).apply(store)
    (item,) = agenda.list_items(store, trip_id)
    assert item.timezone == "America/Los_Angeles"
    assert item.start.isoformat() == "2017-02-24T12:00:00-08:00"


def test_unknown_custom_zone_keeps_the_instant(store):
    trip_id = make_trip(store, "syd", "2017-02-27", "2017-03-01", "Australia/Sydney")
    preview = read_ics(CORPUS / "issue_218_bad_tzid.ics", store, trip_id)
    (row,) = preview.rows
    assert "unknown time zone 'UTC+11'" in row.notes[0].message("en")
    preview.apply(store)
    (item,) = agenda.list_items(store, trip_id)
    assert item.timezone == "Australia/Sydney"
    assert item.start.isoformat() == "2017-02-28T23:00:00+11:00"


GOOGLE = """BEGIN:VCALENDAR\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
VERSION:2.0\r
METHOD:PUBLISH\r
X-WR-TIMEZONE:America/Los_Angeles\r
BEGIN:VEVENT\r
DTSTART:20260308T170000Z\r
DTEND:20260308T180000Z\r
UID:abc123@google.com\r
SUMMARY:Empfang im Rathaus – Århus\r
LOCATION:City Hall\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART:20260306T160000Z\r
DTEND:20260306T170000Z\r
RRULE:FREQ=DAILY;COUNT=10\r
EXDATE:20260307T160000Z\r
UID:daily@google.com\r
SUMMARY:Daily briefing\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART;VALUE=DATE:20260306\r
UID:allday@google.com\r
SUMMARY:Kieler Woche\r
END:VEVENT\r
END:VCALENDAR\r
"""

APPLE = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Apple Inc.//macOS 14.0//EN\r
BEGIN:VEVENT\r
UID:floating-1\r
DTSTART:20260308T093000\r
DURATION:PT90M\r
SUMMARY:Breakfast 杭州\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_google_utc_times_recurrence_and_update(store, tmp_path):
    trip_id = make_trip(store, "sf", "2026-03-05", "2026-03-10", "America/Los_Angeles")
    path = tmp_path / "google.ics"
    path.write_text(GOOGLE, encoding="utf-8", newline="")
    preview = read_ics(path, store, trip_id)
    titles = [r.title for r in preview.rows]
    assert titles.count("Daily briefing") == 4  # 6th, 8th, 9th, 10th (7th excluded)
    assert any("lasts whole days" in n.message("en") for n in preview.skipped)
    preview.apply(store)
    items = agenda.list_items(store, trip_id)
    reception = next(i for i in items if i.title.startswith("Empfang"))
    assert reception.timezone == "America/Los_Angeles"
    assert reception.start.isoformat() == "2026-03-08T10:00:00-07:00"  # after the change
    briefings = [i.start.isoformat() for i in items if i.title == "Daily briefing"]
    assert briefings[0] == "2026-03-06T08:00:00-08:00"
    assert briefings[1] == "2026-03-08T09:00:00-07:00"  # same UTC time, new offset
    path.write_text(GOOGLE.replace("Empfang im Rathaus", "Neuer Empfang"), encoding="utf-8",
                    newline="")
    again = read_ics(path, store, trip_id)
    assert len(again.updates) == 5 and not again.new
    again.apply(store)
    assert len(agenda.list_items(store, trip_id)) == 5
    assert any(i.title.startswith("Neuer Empfang") for i in agenda.list_items(store, trip_id))


def test_apple_floating_times_are_read_in_the_trip_zone(store, tmp_path):
    trip_id = make_trip(store, "hz", "2026-03-07", "2026-03-09", "Asia/Shanghai")
    path = tmp_path / "apple.ics"
    path.write_text(APPLE, encoding="utf-8", newline="")
    read_ics(path, store, trip_id).apply(store)
    (item,) = agenda.list_items(store, trip_id)
    assert (item.title, item.timezone) == ("Breakfast 杭州", "Asia/Shanghai")
    assert (item.start.isoformat(), item.end.isoformat()) == (
        "2026-03-08T09:30:00+08:00", "2026-03-08T11:00:00+08:00")


def test_not_a_calendar(store, tmp_path):
    trip_id = make_trip(store, "x", "2026-03-07", "2026-03-09", "Europe/Berlin")
    path = tmp_path / "notes.ics"
    path.write_text("hello\nworld\n", encoding="utf-8")
    with pytest.raises(CalendarFileError, match="not an iCalendar file"):
        read_ics(path, store, trip_id)


def test_apply_is_all_or_nothing(store, tmp_path):
    trip_id = make_trip(store, "sf2", "2026-03-05", "2026-03-10", "America/Los_Angeles")
    path = tmp_path / "google.ics"
    path.write_text(GOOGLE, encoding="utf-8", newline="")
    read_ics(path, store, trip_id).apply(store)
    path.write_text(GOOGLE.replace("COUNT=10", "COUNT=3"), encoding="utf-8", newline="")
    preview = read_ics(path, store, trip_id)  # the reception and two briefings, updated
    assert len(preview.updates) == 3 and not preview.new
    gone = preview.updates[-1].item_id
    agenda.delete_item(store, gone)  # someone deletes an item before the import is applied
    before = agenda.list_items(store, trip_id)
    with pytest.raises(NotFoundError):
        preview.apply(store)
    assert agenda.list_items(store, trip_id) == before


@pytest.mark.both_engines
def test_a_uid_longer_than_300_characters_is_kept(store, tmp_path):
    """Some calendars make UIDs from long URLs; the server must not refuse them."""
    trip_id = make_trip(store, "hz", "2026-03-07", "2026-03-09", "Asia/Shanghai")
    uid = "https://calendar.example.org/" + "kämpfer-gdańsk-" * 30 + "@example.org"
    assert len(uid) > 300
    path = tmp_path / "long.ics"
    path.write_text(APPLE.replace("UID:floating-1", f"UID:{uid}"), encoding="utf-8",
                    newline="")
    assert read_ics(path, store, trip_id).apply(store).created == 1
    again = read_ics(path, store, trip_id)  # the same UID is recognised: an update
    assert len(again.updates) == 1 and not again.new

"""Calendar export: what Outlook, Thunderbird and Google read, parsed back with icalendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from delegations.calendar import Options, calendar_bytes, find_participant, read_ics, write_ics
from delegations.calendar.zones import iana_name, vtimezone
from delegations.errors import NotFoundError
from delegations.services import agenda, trips
from tests.stores import opened_copy


@pytest.fixture
def demo(tmp_path, demo_file):
    for store in opened_copy(demo_file, tmp_path / "office.sqlite"):
        yield store, trips.find_trip(store, "sf-2026")


def events(data: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_the_whole_programme_and_travel(demo, tmp_path):
    store, trip_id = demo
    path = tmp_path / "sf.ics"
    assert write_ics(store, trip_id, path) == 35  # 29 items and 6 legs
    data = path.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    cal = Calendar.from_ical(data)
    assert cal["METHOD"] == "PUBLISH" and cal["VERSION"] == "2.0" and "PRODID" in cal
    assert sorted(tz["TZID"] for tz in cal.walk("VTIMEZONE")) == ["America/Los_Angeles",
                                                                   "Europe/Berlin"]
    found = events(data)
    signing = found["sf-2026-a12@delegations"]
    assert signing.decoded("DTSTART") == datetime.fromisoformat("2026-02-24T11:00-08:00")
    assert signing["DTSTART"].params["TZID"] == "America/Los_Angeles"
    assert "City Hall" in str(signing["LOCATION"])
    assert signing["SEQUENCE"] == 0 and "DTSTAMP" in signing
    flight = found["sf-2026-t3@delegations"]
    assert flight["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert flight["DTEND"].params["TZID"] == "America/Los_Angeles"
    assert str(flight["SUMMARY"]).endswith("LH 454 FRA → SFO")
    briefing = found["sf-2026-a02@delegations"]  # confidential, with talking points
    assert briefing["CLASS"] == "PRIVATE"
    assert "Kernbotschaft" not in str(briefing.get("DESCRIPTION"))
    assert "Rollen, Botschaften" in str(briefing["DESCRIPTION"])  # objectives


def test_talking_points_only_when_asked(demo):
    store, trip_id = demo
    data = calendar_bytes(store, trip_id, Options(talking_points=True, language="de"))
    briefing = events(data)["sf-2026-a02@delegations"]
    assert "Gesprächspunkte:\n- Kernbotschaft" in str(briefing["DESCRIPTION"])


def test_one_participant_gets_only_what_they_attend(demo):
    store, trip_id = demo
    voss = find_participant(store, trip_id, "maren voss")
    assert find_participant(store, trip_id, "p11") == voss
    found = events(calendar_bytes(store, trip_id, Options(participant_id=voss)))
    assert "sf-2026-a13@delegations" in found  # press after the signing: p1, p2, p11
    assert "sf-2026-a03@delegations" not in found  # breakfast: p1, p2, p9
    assert "sf-2026-t3@delegations" in found  # everyone flies
    assert len(found) == 26
    with pytest.raises(NotFoundError, match="no participant 'Nobody'"):
        find_participant(store, trip_id, "Nobody")


def test_sequence_goes_up_only_for_changed_events(demo, tmp_path):
    store, trip_id = demo
    path = tmp_path / "sf.ics"
    write_ics(store, trip_id, path)
    write_ics(store, trip_id, path)
    assert events(path.read_bytes())["sf-2026-a12@delegations"]["SEQUENCE"] == 0
    signing = next(a for a in agenda.list_items(store, trip_id) if a.ref == "a12")
    agenda.update_item(store, signing.id, {"start": "2026-02-24T11:15"})
    write_ics(store, trip_id, path)
    found = events(path.read_bytes())
    assert found["sf-2026-a12@delegations"]["SEQUENCE"] == 1
    assert found["sf-2026-a13@delegations"]["SEQUENCE"] == 0


def test_round_trip_into_another_trip(demo, tmp_path):
    store, trip_id = demo
    path = tmp_path / "sf.ics"
    write_ics(store, trip_id, path)
    copy = trips.create_trip(store, {"ref": "sf-copy", "title": "Copy", "kind": "outgoing",
                                     "status": "planned", "start": "2026-02-22",
                                     "end": "2026-02-27"})
    preview = read_ics(path, store, copy.id)
    assert len(preview.new) == 29 and not preview.updates and len(preview.skipped) == 6
    preview.apply(store)
    original = agenda.list_items(store, trip_id)
    copied = agenda.list_items(store, copy.id)
    assert [(a.title, a.start.isoformat(), a.end.isoformat(), a.timezone) for a in copied] == \
        [(a.title, a.start.isoformat(), a.end.isoformat(), a.timezone) for a in original]
    # importing again updates instead of doubling
    again = read_ics(path, store, copy.id)
    assert len(again.updates) == 29 and not again.new
    again.apply(store)
    assert len(agenda.list_items(store, copy.id)) == 29


@pytest.mark.parametrize("name", ["America/Los_Angeles", "Europe/Berlin", "Australia/Lord_Howe",
                                  "Asia/Shanghai", "America/Sao_Paulo"])
def test_vtimezone_agrees_with_the_iana_database(name):
    """Read back by icalendar, our VTIMEZONE gives the same offset every half hour."""
    component = vtimezone(name, date(2025, 1, 1), date(2028, 1, 1))
    parsed = Calendar.from_ical(b"BEGIN:VCALENDAR\r\n" + component.to_ical() +
                                b"END:VCALENDAR\r\n").walk("VTIMEZONE")[0].to_tz()
    moment = datetime(2025, 1, 2, tzinfo=UTC)
    while moment < datetime(2027, 12, 30, tzinfo=UTC):
        assert moment.astimezone(parsed).utcoffset() == \
            moment.astimezone(ZoneInfo(name)).utcoffset(), moment
        moment += timedelta(minutes=30)


def test_tzid_names_from_other_programs():
    assert iana_name("W. Europe Standard Time") == "Europe/Berlin"
    assert iana_name('"Pacific Standard Time"') == "America/Los_Angeles"
    assert iana_name("/mozilla.org/20050126_1/Europe/Berlin") == "Europe/Berlin"
    assert iana_name("custom_America/New_York") == "America/New_York"
    assert iana_name("(UTC-03:00) Brasília") is None
    assert iana_name("") is None

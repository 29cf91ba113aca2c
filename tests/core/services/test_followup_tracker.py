"""The Follow-ups section's rules: filters, due windows, overdue in the home city's time,
bulk status changes and the CSV export."""

from datetime import UTC, date, datetime

import pytest

from delegations.enums import FollowUpStatus as FS
from delegations.errors import NotFoundError
from delegations.services import cities, contacts, followups, goals, home, trips
from delegations.services.followups import DueWindow, FollowUpFilter

TODAY = date(2026, 3, 4)  # a Wednesday


@pytest.fixture
def world(store):
    home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin"})
    sf = cities.create_city(store, {"name": "San Francisco", "timezone": "America/Los_Angeles"})
    gdansk = cities.create_city(store, {"name": "Gdańsk", "timezone": "Europe/Warsaw"})
    trip = trips.create_trip(store, {"title": "Signing", "start": "2026-02-22",
                                     "end": "2026-02-27", "destinations": [sf.id]})
    other = trips.create_trip(store, {"title": "Ostsee-Forum", "start": "2026-05-02",
                                      "end": "2026-05-03", "destinations": [gdansk.id]})
    jane = contacts.create_contact(store, {"name": "Jane Kämpfer", "city": sf.id})
    climate = goals.create_goal(store, {"name": "Klimaschutz", "kind": "strategic"})
    add = followups.add_follow_up
    rows = {
        "letters": add(store, trip.id, {"action": "Send thank-you letters", "due": "2026-03-03",
                                        "owner": "Protocol", "contact": jane.id,
                                        "goals": [climate.id]}),
        "visit": add(store, trip.id, {"action": "Plan return visit", "due": "2026-03-08",
                                      "owner": "Referat", "status": "in_progress"}),
        "photos": add(store, trip.id, {"action": "Share photos", "owner": "protocol"}),
        "report": add(store, None, {"action": "Council report", "due": "2026-02-01",
                                    "status": "done", "city": gdansk.id, "owner": "Referat"}),
        "forum": add(store, other.id, {"action": "Book the ferry", "due": "2026-03-20"}),
    }
    return {"sf": sf.id, "gdansk": gdansk.id, "trip": trip.id, "other": other.id,
            "jane": jane.id, "climate": climate.id, **{k: v.id for k, v in rows.items()}}


def _listed(store, **criteria):
    return [r.action for r in followups.filter_follow_ups(store, FollowUpFilter(**criteria),
                                                          today=TODAY)]


def test_filters_by_owner_city_trip_goal_and_status(store, world):
    assert _listed(store, owner="PROTOCOL") == ["Send thank-you letters", "Share photos"]
    assert _listed(store, city_id=world["gdansk"]) == ["Council report", "Book the ferry"]
    assert _listed(store, trip_id=world["other"]) == ["Book the ferry"]
    assert _listed(store, goal_id=world["climate"]) == ["Send thank-you letters"]
    assert _listed(store, statuses=frozenset({FS.DONE, FS.IN_PROGRESS})) == [
        "Council report", "Plan return visit"]
    assert _listed(store, search="kampfer") == ["Send thank-you letters"]
    assert _listed(store, owner="Referat", statuses=frozenset({FS.OPEN})) == []


def test_due_windows(store, world):
    assert _listed(store, window=DueWindow.OVERDUE) == ["Send thank-you letters"]
    assert _listed(store, window=DueWindow.THIS_WEEK) == ["Plan return visit"]
    assert _listed(store, window=DueWindow.NEXT_30_DAYS) == ["Plan return visit",
                                                             "Book the ferry"]
    assert _listed(store, window=DueWindow.UNDATED) == ["Share photos"]
    summary = followups.due_summary(store, today=TODAY)
    assert (summary.overdue, summary.this_week, summary.open) == (1, 1, 4)


@pytest.mark.parametrize(("now", "overdue"), [
    (datetime(2026, 3, 3, 22, 59, tzinfo=UTC), False),  # 23:59 in Kiel: still due today
    (datetime(2026, 3, 3, 23, 0, tzinfo=UTC), True),  # midnight in Kiel, UTC still the 3rd
])
def test_overdue_starts_at_midnight_in_the_home_city(store, world, now, overdue):
    today = followups.home_today(store, now)
    assert today == (date(2026, 3, 4) if overdue else date(2026, 3, 3))
    rows = followups.filter_follow_ups(store, FollowUpFilter(window=DueWindow.OVERDUE),
                                       today=today)
    assert ([r.action for r in rows] == ["Send thank-you letters"]) is overdue


def test_home_today_follows_a_far_home_zone(store, world):
    home.set_home(store, {"name": "Kiel", "timezone": "Pacific/Kiritimati"})  # UTC+14
    assert followups.home_today(store, datetime(2026, 3, 3, 10, 0, tzinfo=UTC)) == date(
        2026, 3, 4)


def test_done_and_dropped_are_never_overdue(store, world):
    letters = next(r for r in followups.list_follow_ups(store) if r.id == world["letters"])
    assert followups.is_overdue(letters, TODAY)
    for status in (FS.DONE, FS.DROPPED):
        followups.set_follow_up_status(store, world["letters"], status)
        again = next(r for r in followups.list_follow_ups(store) if r.id == world["letters"])
        assert not followups.is_overdue(again, TODAY)


def test_bulk_status_change_and_restore(store, world):
    ids = [world["letters"], world["visit"]]
    before = followups.set_status_many(store, ids, "done", today=TODAY)
    assert [r.status for r in before] == [FS.OPEN, FS.IN_PROGRESS]
    rows = {r.id: r for r in followups.list_follow_ups(store)}
    assert {rows[i].status for i in ids} == {FS.DONE}
    assert {rows[i].completed_on for i in ids} == {TODAY}
    followups.restore_follow_ups(store, before)
    rows = {r.id: r for r in followups.list_follow_ups(store)}
    assert [(rows[i].status, rows[i].completed_on) for i in ids] == [
        (FS.OPEN, None), (FS.IN_PROGRESS, None)]


def test_bulk_status_change_is_all_or_nothing(store, world):
    with pytest.raises(NotFoundError):
        followups.set_status_many(store, [world["letters"], 99999], "done", today=TODAY)
    rows = {r.id: r for r in followups.list_follow_ups(store)}
    assert rows[world["letters"]].status == FS.OPEN


def test_owners_for_the_filter(store, world):
    assert followups.owners(store) == ["Protocol", "Referat"]


def test_csv_export_is_safe_for_spreadsheets(store, world, tmp_path):
    followups.update_follow_up(store, world["photos"], {
        "action": '=HYPERLINK("http://evil.example","Klick")', "notes": "+49 431 901-0"})
    rows = followups.filter_follow_ups(store, FollowUpFilter(trip_id=world["trip"]),
                                       today=TODAY)
    path = tmp_path / "follow-ups.csv"
    assert followups.write_follow_ups_csv(store, rows, path, language="de") == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("Maßnahme;Zuständig;Fällig;Stand;Reise;Stadt;Kontakt;Ziele")
    assert lines[1].startswith("Send thank-you letters;Protocol;2026-03-03;offen;Signing;"
                               "San Francisco;Jane Kämpfer;Klimaschutz")
    photos = next(line for line in lines if "HYPERLINK" in line)
    assert photos.startswith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Klick\"\")\"")
    assert ";'+49 431 901-0;" in photos


def test_csv_export_in_english(store, world, tmp_path):
    rows = followups.filter_follow_ups(store, FollowUpFilter(owner="Referat"), today=TODAY)
    path = tmp_path / "f.csv"
    followups.write_follow_ups_csv(store, rows, path, language="en")
    text = path.read_text(encoding="utf-8-sig")
    assert text.startswith("Action;Owner;Due;State;Trip;City;Contact;Goals;Notes;")
    assert "Council report;Referat;2026-02-01;done;;Gdańsk;" in text
    assert "Plan return visit;Referat;2026-03-08;in progress;Signing;" in text


def test_to_dos_for_calendars(store, world, tmp_path):
    from icalendar import Calendar

    rows = followups.filter_follow_ups(store, FollowUpFilter(), today=TODAY)
    path = tmp_path / "follow-ups.ics"
    assert followups.write_follow_ups_ics(store, rows, path, language="de") == 5
    calendar = Calendar.from_ical(path.read_bytes())
    todos = {str(t["summary"]): t for t in calendar.walk("VTODO")}
    letters = todos["Send thank-you letters"]
    assert str(letters["uid"]) == "signing-send-thank-you-letters@delegations"
    assert letters.decoded("due") == date(2026, 3, 3)
    assert str(letters["status"]) == "NEEDS-ACTION"
    assert "Zuständig: Protocol" in str(letters["description"])
    assert "Kontakt: Jane Kämpfer" in str(letters["description"])
    assert str(todos["Plan return visit"]["status"]) == "IN-PROCESS"
    report = todos["Council report"]
    assert str(report["status"]) == "COMPLETED" and "completed" in report
    assert str(report["uid"]).startswith("office-")
    assert "due" not in todos["Share photos"]
    again = followups.follow_ups_ics(store, rows, "de", now=datetime(2026, 3, 4, tzinfo=UTC))
    assert again.count(b"BEGIN:VTODO") == 5 and b"\r\n" in again

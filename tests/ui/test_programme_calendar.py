"""The Programme tab's calendar actions: export for everyone or one participant, import of a
host's .ics with a preview, confirm or cancel, update on re-import, undo, broken files."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar
from PySide6.QtWidgets import QToolBar, QToolButton

from delegations.calendar import Options, read_ics
from delegations.services import agenda, cities, travel, trips
from delegations.storage.store import Store
from tests.corpus_path import CORPUS as SHARED_CORPUS
from tests.ui.programme_support import make_tab
from ui.programme.calendar_model import ACTION, NOTES, TITLE, WHEN, ZONE
from ui.programme.tab import ProgrammeTab

CORPUS = SHARED_CORPUS / "ics"


def _events(path: Path) -> int:
    return len(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def _host_trip(store: Store, ref: str, start: str, end: str, zone: str) -> str:
    """A trip of the demo office on the dates a corpus file's events fall on."""
    city = cities.create_city(store, {"name": f"Gastgeber {ref}", "timezone": zone})
    trips.create_trip(store, {"ref": ref, "title": f"Besuch {ref}", "kind": "outgoing",
                              "status": "planned", "start": start, "end": end,
                              "destinations": [city.id]})
    return ref


def _column(dialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _titles(tab: ProgrammeTab) -> list[str]:
    return sorted(a.title for a in agenda.list_items(tab.ctx.store, tab.trip_id))


def test_the_toolbar_offers_both_calendar_actions(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    bar = tab.findChild(QToolBar)
    button = next(b for b in bar.findChildren(QToolButton)
                  if b.defaultAction() is tab.calendar.export_action)
    texts = [a.text() for a in button.menu().actions()]  # one button, both in its menu
    assert texts == ["Export to Calendar…", "Import Host's Programme…"]


def test_export_for_everyone_and_for_one_participant(app, qtbot, qtmodeltester, demo_store,
                                                     tmp_path):
    tab = make_tab(qtbot, demo_store)
    trip = trips.get_trip(demo_store, tab.trip_id)
    dialog = tab.calendar.ask_export()
    qtmodeltester.check(dialog.person.model())
    assert dialog.person.count() == len(trip.participants)
    # named from the trip, as the officer files it (issue 14)
    assert dialog.file_name() == "2026-02 San Francisco – Calendar.ics"
    assert dialog.options() == Options()
    everyone = tmp_path / dialog.file_name()
    count = tab.calendar.export_to(everyone, dialog.options())
    assert count == len(trip.agenda) + len(trip.travel) == _events(everyone)
    assert tab.calendar.message == ("Exported 35 events to “2026-02 San Francisco – "
                                    "Calendar.ics”.")
    person = trip.participants[-1]
    dialog.choose(person.id)
    assert dialog.participant() == person
    assert dialog.file_name() == f"2026-02 San Francisco – Calendar {person.name}.ics"
    own = tmp_path / dialog.file_name()
    mine = tab.calendar.export_to(own, dialog.options())
    attends = [a for a in trip.agenda if not a.attendee_ids or person.id in a.attendee_ids]
    legs = [leg for leg in trip.travel if not leg.traveller_ids or person.id in leg.traveller_ids]
    assert 0 < mine == len(attends) + len(legs) == _events(own) < count
    dialog.reject()
    # read back by the core: our own events are recognised as the items they came from
    preview = read_ics(everyone, demo_store, tab.trip_id)
    assert len(preview.rows) == len(trip.agenda) and not preview.new
    assert len(read_ics(own, demo_store, tab.trip_id).updates) == len(attends)


def test_export_to_a_folder_that_does_not_exist_says_so(app, qtbot, demo_store, tmp_path):
    tab = make_tab(qtbot, demo_store)
    target = tmp_path / "nowhere" / "sf.ics"
    assert tab.calendar.export_to(target) == 0
    assert not target.exists()
    box = tab.message_box
    assert box.isVisible() and box.windowTitle() == "Calendar not exported"
    assert "nowhere" in box.text() and "Traceback" not in box.text()
    box.close()


def test_import_previews_then_cancel_writes_nothing_and_confirm_writes(
        app, qtbot, qtmodeltester, demo_store):
    ref = _host_trip(demo_store, "ny-2021", "2021-03-01", "2021-03-03", "America/New_York")
    tab = make_tab(qtbot, demo_store, ref)
    source = CORPUS / "multiple_timezones.ics"  # TZID, UTC and floating times
    dialog = tab.calendar.import_file(source)
    qtmodeltester.check(dialog.model)
    assert _column(dialog, ACTION) == ["New item"] * 3
    assert _column(dialog, ZONE) == ["America/New_York"] * 3
    assert sorted(_column(dialog, WHEN)) == ["01/03/2021 19:00", "02/03/2021 00:00",
                                             "02/03/2021 00:00"]
    assert "3 new" in dialog.status.text() and dialog.import_button.text() == "&Import 3"
    dialog.reject()
    assert _titles(tab) == [] and tab.ctx.undo.count() == 0

    dialog = tab.calendar.import_file(source)
    with qtbot.waitSignal(tab.ctx.changes.changed):
        dialog.import_button.click()
    assert not dialog.isVisible() and dialog.result_value.created == 3
    assert len(_titles(tab)) == 3 and len([k for k in tab.rows if k[0] == "agenda"]) == 3
    assert tab.calendar.message == "Imported “multiple_timezones.ics”: 3 new, 0 updated."
    assert tab.ctx.undo.undoText() == "Import “multiple_timezones.ics”"


def test_reimport_updates_instead_of_doubling_and_undo_restores(app, qtbot, demo_store):
    ref = _host_trip(demo_store, "sfo-2017", "2017-02-23", "2017-02-25", "Europe/Berlin")
    tab = make_tab(qtbot, demo_store, ref)
    source = CORPUS / "timezone_same_start.ics"  # Outlook: TZID "Pacific Standard Time"
    tab.calendar.import_file(source).import_button.click()
    (item,) = agenda.list_items(demo_store, tab.trip_id)
    assert item.title == "Test 4" and item.timezone == "America/Los_Angeles"
    agenda.update_item(demo_store, item.id, {"title": "Umbenannt", "location": "Rathaus"})

    dialog = tab.calendar.import_file(source)
    assert _column(dialog, ACTION) == ["Update of an item"] and "1 updated" in \
        dialog.status.text()
    dialog.import_button.click()
    (again,) = agenda.list_items(demo_store, tab.trip_id)
    assert (again.id, again.title, again.location) == (item.id, "Test 4", "")

    tab.ctx.undo.undo()  # the re-import: the edited values come back
    (back,) = agenda.list_items(demo_store, tab.trip_id)
    assert (back.title, back.location, back.start) == ("Umbenannt", "Rathaus", item.start)
    tab.ctx.undo.undo()  # the first import: its item goes
    assert _titles(tab) == []
    tab.ctx.undo.redo()  # made again under the same ref, so exports keep their UIDs
    (redone,) = agenda.list_items(demo_store, tab.trip_id)
    assert (redone.ref, redone.title) == (item.ref, "Test 4")
    tab.ctx.undo.redo()
    assert _titles(tab) == ["Test 4"]


def test_preview_notes_an_unknown_zone(app, qtbot, qtmodeltester, demo_store):
    ref = _host_trip(demo_store, "syd-2017", "2017-02-27", "2017-03-01", "Australia/Sydney")
    tab = make_tab(qtbot, demo_store, ref)
    dialog = tab.calendar.import_file(CORPUS / "issue_218_bad_tzid.ics")
    qtmodeltester.check(dialog.model)
    assert _column(dialog, ACTION) == ["New item"] and _column(dialog, TITLE) == ["TESTIN"]
    assert "unknown time zone 'UTC+11'" in _column(dialog, NOTES)[0]
    assert _column(dialog, WHEN) == ["28/02/2017 23:00–23:30"]
    dialog.reject()


HOST = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Hatay Büyükşehir//Program//TR\r
BEGIN:VEVENT\r
UID:kahvalti@hatay\r
SUMMARY:Kahvaltı / Frühstück\r
DTSTART;TZID=Europe/Istanbul:20200121T080000\r
DTEND;TZID=Europe/Istanbul:20200121T083000\r
RRULE:FREQ=DAILY;COUNT=2\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:kabul@hatay\r
SUMMARY:Empfang beim Oberbürgermeister\r
LOCATION:Büyükşehir Belediyesi, Antakya\r
DTSTART;TZID="Turkey Standard Time":20200121T100000\r
DTEND;TZID="Turkey Standard Time":20200121T113000\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:iskenderun@hatay\r
SUMMARY:Hafenbesichtigung İskenderun\r
DTSTART:20200122T070000Z\r
DTEND:20200122T090000Z\r
LOCATION:Limanı, İskenderun\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:aksam@hatay\r
SUMMARY:Abendessen\r
DTSTART;TZID=Hatay Local:20200122T193000\r
DTEND;TZID=Hatay Local:20200122T213000\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:gun@hatay\r
SUMMARY:Kulturtag\r
DTSTART;VALUE=DATE:20200123\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:iptal@hatay\r
SUMMARY:Pressetermin\r
STATUS:CANCELLED\r
DTSTART;TZID=Europe/Istanbul:20200123T150000\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:sonra@hatay\r
SUMMARY:Gegenbesuch in Kiel\r
DTSTART;TZID=Europe/Berlin:20200615T100000\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_host_programme_preview_says_what_each_event_becomes(app, qtbot, qtmodeltester,
                                                             demo_store, tmp_path):
    tab = make_tab(qtbot, demo_store, "hatay-2020")
    source = tmp_path / "program_hatay.ics"
    source.write_text(HOST, encoding="utf-8", newline="")
    before = _titles(tab)
    dialog = tab.calendar.import_file(source)
    qtmodeltester.check(dialog.model)
    assert _column(dialog, ACTION) == ["New item"] * 5 + ["Left out"] * 3
    assert _column(dialog, ZONE)[:5] == ["Europe/Istanbul"] * 5
    assert _column(dialog, WHEN)[:3] == ["21/01/2020 08:00–08:30", "21/01/2020 10:00–11:30",
                                         "22/01/2020 08:00–08:30"]
    notes = _column(dialog, NOTES)
    assert notes[4] == ""  # an undefined TZID is read as floating: the trip's own zone
    assert ["lasts whole days" in notes[5], "cancelled" in notes[6],
            "outside the trip's dates" in notes[7]] == [True] * 3
    assert dialog.status.text().startswith("5 new · 3 left out")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/calendar_import_preview.png")
    dialog.reject()
    assert _titles(tab) == before


def test_a_broken_file_is_refused_with_file_and_line(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    before = agenda.list_items(demo_store, tab.trip_id)
    legs = travel.list_legs(demo_store, tab.trip_id)
    assert tab.calendar.import_file(CORPUS / "broken_ical.ics") is None
    box = tab.message_box
    assert box.isVisible() and box.windowTitle() == "Calendar not imported"
    assert "broken_ical.ics" in box.text() and "line 4" in box.text()
    box.close()
    assert agenda.list_items(demo_store, tab.trip_id) == before
    assert travel.list_legs(demo_store, tab.trip_id) == legs
    assert tab.ctx.undo.count() == 0

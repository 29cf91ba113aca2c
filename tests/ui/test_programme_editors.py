"""The Programme tab's editors: items, travel legs and hotels, checked at the field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from delegations.services import agenda, contacts, participants, travel
from tests.ui.programme_support import SF, line_of, local, make_tab
from ui.programme.item_editor import ItemEditor
from ui.programme.model import HOME, TIME, WHAT


def _new_item(qtbot, tab) -> ItemEditor:
    tab.tree.setCurrentIndex(tab.model.index(2, 0))  # Tuesday, 24 February
    editor = tab.editing.new_item()
    assert isinstance(editor, ItemEditor)
    qtbot.waitExposed(editor)
    return editor


def test_a_new_item_is_saved_from_the_editor_and_undone(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    before = len(agenda.list_items(demo_store, tab.trip_id))
    editor = _new_item(qtbot, tab)
    fields = editor.form.fields
    assert fields["start"].value() == local("2026-02-24T09:00")
    assert fields["timezone"].currentText() == SF
    fields["title"].setText("Besuch bei İskenderun Belediyesi")  # QTest types ASCII only
    fields["kind"].setCurrentIndex(fields["kind"].findData("visit"))
    fields["start"].set_value(local("2026-02-24T16:45"))
    fields["end"].set_value(local("2026-02-24T17:30"))
    qtbot.keyClicks(fields["location"], "Ferry Building")
    people = participants.list_participants(demo_store, tab.trip_id)
    fields["attendees"].set_value([people[0].id, people[2].id])
    fields["confidential"].setChecked(True)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    rows = agenda.list_items(demo_store, tab.trip_id)
    assert len(rows) == before + 1
    item = next(a for a in rows if a.title == "Besuch bei İskenderun Belediyesi")
    assert (f"{item.start:%Y-%m-%d %H:%M}", item.timezone) == ("2026-02-24 16:45", SF)
    assert (item.kind, item.location, item.confidential) == ("visit", "Ferry Building", True)
    assert set(item.attendee_ids) == {people[0].id, people[2].id}
    assert tab.current_line() == ("agenda", item.id)
    assert line_of(tab, "agenda", item.id)[HOME] == "01:45–02:30 (+1) Kiel"
    tab.ctx.undo.undo()
    assert len(agenda.list_items(demo_store, tab.trip_id)) == before


def test_an_end_before_the_start_is_refused_at_the_field(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    before = len(agenda.list_items(demo_store, tab.trip_id))
    editor = _new_item(qtbot, tab)
    fields = editor.form.fields
    qtbot.keyClicks(fields["title"], "Zu kurz")
    fields["end"].set_value(local("2026-02-24T08:00"))
    assert editor.form.message("end") == "Ends before it starts"
    assert not editor.save_button.isEnabled()
    editor.save()
    assert editor.isVisible()
    assert len(agenda.list_items(demo_store, tab.trip_id)) == before
    assert fields["title"].text() == "Zu kurz"  # nothing typed is lost
    fields["end"].set_value(local("2026-02-24T10:00"))
    assert editor.form.message("end") == "" and editor.save_button.isEnabled()


def test_a_time_in_the_daylight_saving_gap_is_refused_at_the_field(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    before = len(agenda.list_items(demo_store, tab.trip_id))
    editor = _new_item(qtbot, tab)
    fields = editor.form.fields
    fields["title"].setText("Frühstück")
    fields["start"].set_value(local("2026-03-08T02:30"))
    fields["end"].set_value(local("2026-03-08T03:30"))
    assert "does not exist in America/Los_Angeles" in editor.form.message("start")
    editor.save()
    assert editor.isVisible()
    assert len(agenda.list_items(demo_store, tab.trip_id)) == before
    fields["timezone"].setCurrentText("Europe/Berlin")  # no gap there that night
    assert editor.form.message("start") == ""


def test_the_editor_warns_of_a_double_booking_before_saving(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    editor = _new_item(qtbot, tab)
    fields = editor.form.fields
    qtbot.keyClicks(fields["title"], "Doppelt")
    fields["start"].set_value(local("2026-02-24T11:00"))
    fields["end"].set_value(local("2026-02-24T11:30"))
    qtbot.waitUntil(lambda: editor.warnings.isVisibleTo(editor))
    assert "at the same time" in editor.warnings.text()
    assert editor.save_button.isEnabled()  # a warning does not stop saving


def test_a_counterpart_created_on_the_spot_is_ticked(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    editor = _new_item(qtbot, tab)
    picker = editor.form.fields["contacts"]
    picker.new_button.click()
    contact_editor = editor.contact_editor
    assert contact_editor is not None
    contact_editor.form.fields["name"].setText("Gülşen Öztürk")
    contact_editor.save()
    created = next(c for c in contacts.list_contacts(demo_store, "Gülşen"))
    assert picker.value() == [created.id]
    qtbot.keyClicks(editor.form.fields["title"], "Treffen")
    editor.save()
    item = next(a for a in agenda.list_items(demo_store, tab.trip_id) if a.title == "Treffen")
    assert item.contact_ids == (created.id,)


def test_contacts_are_found_by_search(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    picker = _new_item(qtbot, tab).form.fields["contacts"]
    picker.search.setText("kämpfer")
    shown = [picker.list.item(i).text() for i in range(picker.list.count())
             if not picker.list.item(i).isHidden()]
    assert shown and all("Kämpfer" in text for text in shown)


def test_a_flight_shows_both_local_times(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    editor = tab.editing.new_leg()
    fields = editor.form.fields
    assert fields["depart_timezone"].currentText() == "Europe/Berlin"
    assert fields["arrive_timezone"].currentText() == SF
    qtbot.keyClicks(fields["carrier"], "LH")
    qtbot.keyClicks(fields["number"], "458")
    qtbot.keyClicks(fields["from"], "Frankfurt")
    qtbot.keyClicks(fields["to"], "San Francisco")
    fields["depart"].set_value(local("2026-02-27T13:25"))
    fields["arrive"].set_value(local("2026-02-27T16:10"))
    editor.save()
    assert not editor.isVisible()
    leg = next(t for t in travel.list_legs(demo_store, tab.trip_id) if t.number == "458")
    assert f"{leg.depart:%H:%M %Z}" == "13:25 CET" and f"{leg.arrive:%H:%M %Z}" == "16:10 PST"
    line = line_of(tab, "travel", leg.id)
    assert line[TIME] == "Frankfurt 13:25 → San Francisco 16:10"
    assert line[HOME] == "13:25 → 01:10 (+1) Kiel"
    assert line[WHAT] == "LH 458"


def test_an_arrival_before_the_departure_is_refused_at_the_field(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    editor = tab.editing.new_leg()
    fields = editor.form.fields
    fields["arrive"].set_value(local("2026-02-22T00:30"))  # 08:30 UTC, before 09:00 UTC
    assert editor.form.message("arrive") == "Ends before it starts"


def test_a_hotel_stay_is_edited_and_undone(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    stay = travel.list_stays(demo_store, tab.trip_id)[0]
    tab.select(("stay", stay.id))
    editor = tab.editing.edit_current()
    fields = editor.form.fields
    fields["check_out"].set_value(date(2026, 2, 21))
    assert editor.form.message("check_out")
    assert not editor.save_button.isEnabled()
    fields["check_out"].set_value(date(2026, 2, 27))
    editor.save()
    assert travel.list_stays(demo_store, tab.trip_id)[0].check_out == date(2026, 2, 27)
    assert tab.index_of(("stay", stay.id)).isValid()
    tab.ctx.undo.undo()
    assert travel.list_stays(demo_store, tab.trip_id)[0].check_out == date(2026, 2, 26)

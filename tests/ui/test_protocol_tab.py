"""The trip window's Protocol tab: letters wait for missing fields, papers are saved as
files, cars are added and people seated undoably."""

from __future__ import annotations

import csv
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from delegations.services import agenda, participants, transport, trips
from ui.app import use_language
from ui.context import AppContext
from ui.protocol.papers_tab import PapersTab


@pytest.fixture
def tab(app, qtbot, demo_store):
    tab = PapersTab(AppContext.create(demo_store), trips.find_trip(demo_store, "sovetsk-2019"))
    qtbot.addWidget(tab)
    tab.resize(1000, 800)
    tab.show()
    return tab


def text_of(path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_visa_letters_name_what_is_missing_until_it_is_entered(tab, demo_store, tmp_path):
    tab.letter.setCurrentIndex(tab.letter.findData("visa"))
    assert "passport number" in tab.missing.text() and not tab.letters_button.isEnabled()
    assert "passport_number" not in tab.missing.text()  # the label, not the template's key
    for p in participants.list_participants(demo_store, tab.trip_id):
        participants.update_participant(demo_store, p.id, {
            "nationality": "RU", "passport_number": "75 0000001", "billing": "Kiel"})
    tab.ctx.changes.announce("participant")
    assert tab.missing.text() == "" and tab.letters_button.isEnabled()
    out = tab.save_letters(tmp_path / "visa.pdf")
    assert "Reisepass-Nr. 75 0000001" in text_of(out)


def test_badges_rooming_and_gifts_are_saved(tab, tmp_path):
    assert "Ирина Владимировна Соколова" in text_of(tab.save_badges(tmp_path / "b.pdf"))
    assert tab.hotel.count() == 1
    data = tab.save_rooming_csv(tmp_path / "r.csv").read_bytes()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Gast" and len(rows) > 1
    tab.language.setCurrentIndex(tab.language.findData("en"))
    assert "Rooming list" in text_of(tab.save_rooming(tmp_path / "r.pdf"))
    assert "Gift register" in text_of(tab.save_gifts(tmp_path / "g.pdf"))


def test_cars_are_added_and_people_seated_undoably(tab, demo_store, tmp_path, qtbot):
    box = tab.transport
    editor = box.add_car()
    editor.form.fields["name"].setText("Kleinbus Калининград")
    editor.form.fields["driver"].setText("İskender Yılmaz")
    editor.form.fields["seats"].setText("2")
    editor.save()
    assert not editor.isVisible()
    [car] = transport.list_vehicles(demo_store, tab.trip_id)
    assert box.cars.rowCount() == 1 and box.car.currentData() == car.id
    transfer = next(i for i in agenda.list_items(demo_store, tab.trip_id)
                    if i.title == "Transfer zum Ostuferhafen")
    box.item.setCurrentIndex(box.item.findData(transfer.id))
    for row in range(3):
        box.riders.item(row).setCheckState(Qt.CheckState.Checked)
    assert not box.seat_checked()  # three people, two seats: refused, nothing changed
    assert transport.item_rides(demo_store, transfer.id) == {}
    box.riders.item(2).setCheckState(Qt.CheckState.Unchecked)
    assert box.seat_checked()
    assert len(transport.item_rides(demo_store, transfer.id)[car.id]) == 2
    assert "Kleinbus" in box.summary.text()
    assert "İskender Yılmaz" in text_of(tab.save_cars(tmp_path / "cars.pdf"))
    tab.ctx.undo.undo()
    assert transport.item_rides(demo_store, transfer.id) == {}
    tab.ctx.undo.undo()
    assert transport.list_vehicles(demo_store, tab.trip_id) == []
    assert box.cars.rowCount() == 0


def test_the_tables_models_pass_the_model_tester(tab, qtmodeltester, tmp_path):
    box = tab.transport
    box.add_car().form.fields["name"].setText("Dienstwagen 1")
    box.editor.save()
    qtmodeltester.check(box.cars.model())
    qtmodeltester.check(box.riders.model())


def test_renders_at_a_realistic_size(tab, tmp_path):
    assert not tab.grab().isNull()
    tab.grab().save(str(tmp_path / "protocol-tab.png"))


def test_badge_colours_are_chosen_per_delegation_undoably(tab, demo_store):
    from delegations.services import badges

    box = tab.colours
    names = [box.table.item(r, 0).text() for r in range(box.table.rowCount())]
    assert names and names == list(badges.trip_colours(demo_store, tab.trip_id))
    box.table.selectRow(0)
    first = names[0]
    assert box.set_colour(box.current(), "#aa0000")
    assert badges.get_colours(demo_store)[first] == "#aa0000"
    assert box.table.item(0, 1).text() == "#aa0000"  # redrawn on the change
    assert all(b.colour == "#aa0000" for b in badges.badges_for_trip(demo_store, tab.trip_id)
               if b.delegation == first)
    tab.ctx.undo.undo()
    assert first not in badges.get_colours(demo_store)
    tab.ctx.undo.redo()
    assert badges.get_colours(demo_store)[first] == "#aa0000"
    assert box.set_colour(first, None)  # back to the palette's
    assert first not in badges.get_colours(demo_store)
    assert not box.set_colour(first, "red")  # refused, told, nothing stored
    assert first not in badges.get_colours(demo_store)


def test_delegations_sharing_a_badge_colour_are_said_to(tab, demo_store):
    """More delegations than the palette's 8 colours (or one chosen twice): the colour
    list names who else has the colour, and a note says the badges differ by name only."""
    from delegations.services import badges

    box = tab.colours
    names = [box.table.item(r, 0).text() for r in range(box.table.rowCount())]
    assert len(names) >= 2 and not box.shared_note.isVisible()
    first, second = names[0], names[1]
    assert box.set_colour(second, box.table.item(0, 1).text())
    assert box.table.item(0, 1).text().endswith(f" – same as {second}")
    assert box.table.item(1, 1).text().endswith(f" – same as {first}")
    assert box.shared_note.isVisible()
    assert badges.sharing(badges.trip_colours(demo_store, tab.trip_id)) == {
        first: (second,), second: (first,)}
    tab.ctx.undo.undo()
    assert " – same as" not in box.table.item(1, 1).text()
    assert not box.shared_note.isVisible()


def test_missing_letter_data_is_named_in_the_interface_language(app, tab):
    """The fields are named as an officer calls them, in German for a German window, even
    when the letter itself is English."""
    tab.letter.setCurrentIndex(tab.letter.findData("visa"))
    tab.language.setCurrentIndex(tab.language.findData("en"))
    use_language(QApplication.instance(), "de")
    try:
        text = tab.check_letters()
        assert "Staatsangehörigkeit, Passnummer, Kostenträger" in text, text
        assert tab.missing.text().startswith("Vor dem Drucken fehlt noch:")
    finally:
        use_language(QApplication.instance(), "en")


def test_a_trip_without_recipients_says_so_in_german_alone(app, qtbot, demo_store):
    """Issue 14: messages speak one language; it once read "Vor dem Drucken fehlt noch:
    recipients: Diese Reise hat niemanden …"."""
    empty = trips.create_trip(demo_store, {"title": "Adventsfahrt nach Saint-Quentin",
                                           "start": "2026-12-11", "end": "2026-12-13"})
    use_language(QApplication.instance(), "de")
    try:
        tab = PapersTab(AppContext.create(demo_store), empty.id)
        qtbot.addWidget(tab)
        tab.show()
        text = tab.missing.text()
        assert text.startswith("Vor dem Drucken fehlt noch: Diese Reise hat niemanden"), text
        assert "recipients" not in text and not tab.letters_button.isEnabled()
    finally:
        use_language(QApplication.instance(), "en")

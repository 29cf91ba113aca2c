"""Issue 14: one way to enter dates everywhere (the locale's short date, digits typed at
once, "+1" for tomorrow, optional dates emptied), and New contact… inline in the gift,
outcome and follow-up editors, driven by keyboard and mouse."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QTimeEdit,
)

from delegations.services import contacts, followups, gifts, trips
from tests.ui.dialog_catalogue import DIALOGS
from tests.ui.trip_support import outcomes_tab, trip_id
from ui.after.follow_up_model import DUE
from ui.after.followups_page import FollowUpsPage
from ui.app import use_language
from ui.common.dates import TIME_FORMAT, DateEdit, TimeEdit, date_format, date_text
from ui.context import AppContext
from ui.directory.contact_editor import ContactEditor


@pytest.fixture
def tab(qtbot, app, demo_store, tmp_path, monkeypatch):
    return outcomes_tab(qtbot, demo_store, monkeypatch, tmp_path / "home", (1000, 660))


def shown(qtbot, dialog):
    qtbot.waitExposed(dialog)
    return dialog


def test_every_date_field_of_the_after_editors_is_the_one_date_entry(tab, qtbot, demo_store):
    gift = shown(qtbot, tab.gifts.new_gift())
    outcome = shown(qtbot, tab.outcomes.new_outcome())
    follow_up = shown(qtbot, tab.follow_ups.new_follow_up())
    fields = [gift.form.fields["date"], outcome.form.fields["date"],
              follow_up.form.fields["due"]]
    assert all(isinstance(f, DateEdit) for f in fields)
    assert {f.displayFormat() for f in fields} == {date_format()}
    assert "yyyy" in date_format()
    start = trips.get_trip(demo_store, trip_id(demo_store)).start
    assert gift.form.fields["date"].text() == date_text(start)  # the trip's start, shown
    assert QLocale().toDate(gift.form.fields["date"].text(), date_format()) == QDate(
        start.year, start.month, start.day)


def test_plus_one_is_tomorrow_and_delete_empties_a_due_date(tab, qtbot, demo_store):
    editor = shown(qtbot, tab.follow_ups.new_follow_up())
    qtbot.keyClicks(editor.form.fields["action"], "Fotos schicken")
    due = editor.form.fields["due"]
    assert isinstance(due, DateEdit) and due.value() is None and due.text().strip() == ""
    due.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(due, "+1")
    assert due.value() == date.today() + timedelta(days=1)
    qtbot.keyClicks(due, "+14")
    assert due.value() == date.today() + timedelta(days=14)
    qtbot.keyClick(due, Qt.Key.Key_Return)  # Enter saves
    saved = next(f for f in followups.list_follow_ups(demo_store)
                 if f.action == "Fotos schicken")
    assert saved.due == date.today() + timedelta(days=14)
    editor = shown(qtbot, tab.follow_ups.new_follow_up())
    due = editor.form.fields["due"]
    due.set_value(date(2030, 1, 15))
    due.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(due, Qt.Key.Key_Delete)
    assert due.value() is None and editor.values()["due"] == ""
    qtbot.mouseClick(due, Qt.MouseButton.LeftButton)  # its calendar opens at this month
    calendar = due.calendarWidget()
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)


def test_digits_are_typed_into_a_date_without_choosing_a_part_first(tab, qtbot):
    editor = shown(qtbot, tab.outcomes.new_outcome())
    field = editor.form.fields["date"]
    assert isinstance(field, DateEdit)
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)
    day = date(2026, 3, 9)
    typed = QLocale().toString(QDate(2026, 3, 9), date_format())
    qtbot.keyClicks(field, "".join(c for c in typed if c.isdigit()))
    assert field.value() == day
    assert editor.values()["date"] == "2026-03-09"


def type_text(widget, text: str) -> None:
    """Key presses carrying any letter (QTest's keyClicks knows only ASCII)."""
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, letter))


def make_contact(qtbot, owner, name: str) -> None:
    """Click New contact… in `owner`, type a name in the contact editor and press Enter."""
    qtbot.mouseClick(owner.new_contact_button, Qt.MouseButton.LeftButton)
    editor = owner.new_record_editor
    assert isinstance(editor, ContactEditor)
    shown(qtbot, editor)
    type_text(editor.form.fields["name"], name)
    assert editor.form.fields["name"].text() == name
    qtbot.keyClick(editor.form.fields["name"], Qt.Key.Key_Return)
    assert not editor.isVisible()


def test_new_contact_inline_in_the_gift_editor(tab, qtbot, demo_store):
    editor = shown(qtbot, tab.gifts.new_gift())
    assert editor.new_contact_button.isVisible()
    qtbot.keyClicks(editor.form.fields["description"], "Stadtwappen in Glas")
    make_contact(qtbot, editor, "Ирина Петрова")
    combo = editor.form.fields["contact"]
    assert isinstance(combo, QComboBox) and combo.currentText() == "Ирина Петрова"
    QApplication.processEvents()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    person = next(c for c in contacts.list_contacts(demo_store) if c.name == "Ирина Петрова")
    assert any(g.contact_id == person.id and g.description == "Stadtwappen in Glas"
               for g in gifts.list_gifts(demo_store, trip_id=trip_id(demo_store)))


def test_new_contact_inline_in_the_outcome_editor(tab, qtbot):
    editor = shown(qtbot, tab.outcomes.new_outcome())
    make_contact(qtbot, editor, "Kämpfer, Jörg")
    people = editor.contacts
    ticked = [people.list.item(r).text() for r in range(people.list.count())
              if people.list.item(r).data(256) in people.value()]
    assert ticked == ["Kämpfer, Jörg"]


def test_new_contact_inline_in_the_follow_up_editor(app, qtbot, demo_store):
    page = FollowUpsPage(AppContext.create(demo_store))
    qtbot.addWidget(page)
    page.show()
    editor = shown(qtbot, page.new_follow_up())
    make_contact(qtbot, editor, "Li Wei 李伟")
    combo = editor.form.fields["contact"]
    assert isinstance(combo, QComboBox) and combo.currentText() == "Li Wei 李伟"
    qtbot.keyClicks(editor.form.fields["action"], "Einladung schicken")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = next(f for f in followups.list_follow_ups(demo_store)
                 if f.action == "Einladung schicken")
    assert saved.contact_name == "Li Wei 李伟"


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_dialog_enters_dates_and_times_one_way(app, qtbot, demo_store, tmp_path, name):
    widget = DIALOGS[name](AppContext.create(demo_store), tmp_path)
    qtbot.addWidget(widget)
    dates = widget.findChildren(QDateEdit)
    assert all(type(d) is DateEdit and d.displayFormat() == date_format() for d in dates), [
        (type(d).__name__, d.displayFormat()) for d in dates]
    times = [t for t in widget.findChildren(QTimeEdit) if not isinstance(t, QDateEdit)]
    assert all(type(t) is TimeEdit and t.displayFormat() == TIME_FORMAT for t in times)
    assert not widget.findChildren(QDateTimeEdit) or all(
        isinstance(e, QDateEdit | QTimeEdit) for e in widget.findChildren(QDateTimeEdit))


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_date_reads_the_same_in_its_field_and_in_the_list(tab, qtbot, language):
    """Issue 14: one display of a date; the list once wrote "9 Mar 2026" beside a field
    showing "09/03/2026"."""
    use_language(QApplication.instance(), language)
    try:
        editor = shown(qtbot, tab.follow_ups.new_follow_up())
        qtbot.keyClicks(editor.form.fields["action"], "Mappe nachreichen")
        due = editor.form.fields["due"]
        due.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClicks(due, "09032026")
        typed = due.text()
        qtbot.keyClick(due, Qt.Key.Key_Return)
        model = tab.follow_ups.model
        row = next(r for r in range(model.rowCount())
                   if model.index(r, 0).data() == "Mappe nachreichen")
        assert model.index(row, DUE).data() == typed
        assert typed == {"en": "09/03/2026", "de": "09.03.2026"}[language]
    finally:
        use_language(QApplication.instance(), "en")

"""The Follow-ups section on the demo office: filters, overdue rows, bulk status, editing
with undo, and the CSV export."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from delegations.enums import FollowUpStatus as FS
from delegations.services import followups
from delegations.services.followups import DueWindow
from tests.ui.conftest import OFFSCREEN_LIMITS
from tests.ui.support import on_screen
from ui.after.follow_up_model import ACTION, DUE, STATUS, FollowUpsTableModel
from ui.after.followups_page import FollowUpsPage
from ui.common.search_combo import VALUE_ROLE
from ui.context import AppContext
from ui.paged_model import ID_ROLE


@pytest.fixture
def page(qtbot, app, demo_store):
    return on_screen(qtbot, FollowUpsPage(AppContext.create(demo_store)), 1200, 700)


def _actions(page):
    return [page.model.index(r, ACTION).data() for r in range(page.model.rowCount())]


def _select_rows(page, count):
    page.table.clearSelection()
    selection = page.table.selectionModel()
    for row in range(count):
        selection.select(page.model.index(row, 0),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def test_models_pass_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.model)
    page.table.sortByColumn(DUE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(page.model)


def test_shows_what_is_still_to_do_across_trips(page, demo_store):
    expected = [r.action for r in followups.list_follow_ups(demo_store, open_only=True)]
    assert sorted(_actions(page)) == sorted(expected)
    assert len({page.model.index(r, 4).data() for r in range(page.model.rowCount())}) > 1
    noun = "follow-up" if len(expected) == 1 else "follow-ups"
    assert page.summary.startswith(f"{len(expected)} {noun} shown · ")
    assert page.summary.endswith(page.due_line.text())


def test_overdue_rows_stand_out_by_colour_icon_and_word(page, demo_store):
    today = followups.home_today(demo_store)
    for row in range(page.model.rowCount()):
        ident = page.model.index(row, 0).data(ID_ROLE)
        source = next(r for r in page.model.loaded() if r.id == ident)
        due = page.model.index(row, DUE)
        if followups.is_overdue(source, today):
            assert due.data(Qt.ItemDataRole.ToolTipRole) == "Overdue"
            assert due.data(Qt.ItemDataRole.DecorationRole) is not None
            assert due.data(Qt.ItemDataRole.ForegroundRole) is not None
        else:
            assert due.data(Qt.ItemDataRole.DecorationRole) is None
    assert "overdue" in page.due_line.text() or "Nothing overdue" in page.due_line.text()


def test_filters_and_search_as_you_type(page, qtbot):
    everything = len(_actions(page))
    page.filters.choose(page.filters.status, None)
    assert len(_actions(page)) > everything
    page.filters.choose(page.filters.due_window, DueWindow.UNDATED)
    assert all(page.model.index(r, DUE).data() == "" for r in range(page.model.rowCount()))
    page.filters.choose(page.filters.due_window, DueWindow.ANY)
    page.filters.status.setCurrentIndex(page.filters.status.findData(FS.DONE))
    assert {page.model.index(r, STATUS).data() for r in range(page.model.rowCount())} == {"Done"}
    page.filters.choose(page.filters.status, None)
    with qtbot.waitSignal(page.filters.changed, timeout=2000):
        qtbot.keyClicks(page.filters.search, "dank")
    assert _actions(page) and all("dank" in a.lower() for a in _actions(page))


def test_bulk_status_change_is_one_undo_step(page, demo_store):
    _select_rows(page, 3)
    ids = page.selected_ids()
    page.set_status(FS.DONE)
    rows = {r.id: r for r in followups.list_follow_ups(demo_store)}
    assert {rows[i].status for i in ids} == {FS.DONE}
    assert page.ctx.undo.undoText() == "Change status"
    page.ctx.undo.undo()
    rows = {r.id: r for r in followups.list_follow_ups(demo_store)}
    assert FS.DONE not in {rows[i].status for i in ids}
    assert set(ids) <= {r.id for r in page.model.loaded()}  # shown again


def test_add_edit_and_delete_with_undo(page, demo_store, qtbot):
    editor = page.new_follow_up()
    editor.form.fields["action"].setPlainText("Fotos an die Presse schicken")
    editor.form.fields["owner"].setCurrentText("Pressestelle")
    editor.form.fields["due"].set_value(date(2030, 1, 15))
    editor.save()
    assert not editor.isVisible()
    new = next(r for r in followups.list_follow_ups(demo_store)
               if r.action == "Fotos an die Presse schicken")
    assert (new.owner, new.due) == ("Pressestelle", date(2030, 1, 15))
    assert page.selected_ids() == [new.id]
    editor = page.edit_current()
    editor.form.fields["owner"].setCurrentText("Referat")
    editor.save()
    assert followups.list_follow_ups(demo_store, trip_id=None)
    page.ctx.undo.undo()
    again = next(r for r in followups.list_follow_ups(demo_store) if r.id == new.id)
    assert again.owner == "Pressestelle"
    page.select_id(new.id)
    page.delete_selected()
    _accept(page.message_box)
    assert all(r.id != new.id for r in followups.list_follow_ups(demo_store))
    page.ctx.undo.undo()
    assert any(r.action == "Fotos an die Presse schicken"
               for r in followups.list_follow_ups(demo_store))


def _accept(box):
    go = next(b for b in box.buttons() if b.text() == "Delete")
    go.click()


def test_a_new_follow_up_of_a_trip_concerns_its_destination(page, demo_store):
    sf = next(r for r in followups.list_follow_ups(demo_store) if r.city_name == "San Francisco")
    page.filters.choose(page.filters.trip, sf.trip_id)
    editor = page.new_follow_up()
    assert editor.form.fields["trip"].currentData() == sf.trip_id
    assert editor.form.fields["city"].currentText() == "San Francisco"
    editor.form.fields["action"].setPlainText("Rückruf")
    editor.save()
    row = next(r for r in followups.list_follow_ups(demo_store) if r.action == "Rückruf")
    assert (row.trip_id, row.city_id) == (sf.trip_id, sf.city_id)


def test_export_csv_of_what_is_shown(page, tmp_path):
    path = tmp_path / "out.csv"
    assert page.export_csv(path) == page.model.rowCount()
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Action;Owner;Due;State;Trip")
    assert len(text.splitlines()) == page.model.rowCount() + 1


def test_export_to_dos_and_a_refused_path(page, tmp_path):
    path = tmp_path / "todo.ics"
    assert page.export_ics(path) == page.model.rowCount()
    assert path.read_bytes().count(b"BEGIN:VTODO") == page.model.rowCount()
    assert page.export_csv(tmp_path / "missing" / "x.csv") == 0
    assert page.message_box.text()


def test_renders_at_a_realistic_size(page, tmp_path):
    assert page.grab().save(str(tmp_path / "followups_page.png"))
    assert (tmp_path / "followups_page.png").stat().st_size > 10_000


def _all_ids(page):
    return [r.id for r in followups.filter_follow_ups(
        page.ctx.store, page.filters.current(), followups.home_today(page.ctx.store))]


def test_owner_due_and_search_show_what_the_store_holds(page, demo_store, qtbot):
    page.filters.choose(page.filters.status, None)
    owner = followups.owners(demo_store)[0]
    page.filters.choose(page.filters.owner, owner)
    rows = page.model.loaded()
    assert rows and {r.owner.casefold() for r in rows} == {owner.casefold()}
    assert [r.id for r in rows] == _all_ids(page)
    page.filters.choose(page.filters.owner, None)
    page.filters.choose(page.filters.due_window, DueWindow.OVERDUE)
    today = followups.home_today(demo_store)
    assert all(followups.is_overdue(r, today) for r in page.model.loaded())
    assert page.model.total == followups.due_summary(demo_store).overdue
    page.filters.choose(page.filters.due_window, DueWindow.ANY)
    some = next(r for r in followups.list_follow_ups(demo_store) if r.contact_name)
    surname = some.contact_name.split()[-1]
    with qtbot.waitSignal(page.filters.changed, timeout=2000):
        page.filters.search.setText(surname.upper())  # keyClicks types ASCII only
    assert some.id in [r.id for r in page.model.loaded()]
    assert [r.id for r in page.model.loaded()] == _all_ids(page)


def test_a_long_list_is_read_a_page_at_a_time_and_sorted_by_the_database(
        page, qtbot, monkeypatch):
    monkeypatch.setattr(FollowUpsTableModel, "PAGE_SIZE", 4)
    page.filters.choose(page.filters.status, None)  # every follow-up: more than a page
    total = page.model.total
    assert total > 8 and page.model.rowCount() == 4
    assert page.summary.startswith(f"{total} follow-ups shown")
    page.table.sortByColumn(ACTION, Qt.SortOrder.AscendingOrder)
    assert page.model.rowCount() == 4  # sorted by the database, still one page
    first = [page.model.index(r, ACTION).data() for r in range(4)]
    everything = sorted((r.action for r in followups.list_follow_ups(page.ctx.store)),
                        key=str.lower)
    assert first == everything[:4]
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 4)
    last = followups.filter_follow_ups(page.ctx.store, page.filters.current(), sort="action")[-1]
    assert page.select_id(last.id)  # pages are read until it is shown
    assert page.selected_ids() == [last.id] and page.model.rowCount() == total
    assert len(page.shown_rows()) == total


# the offscreen test screen cannot grab the keyboard for the suggestions' pop-up
@pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard$",
                           *OFFSCREEN_LIMITS)
def test_the_trip_filter_finds_trips_by_typing(page, demo_store, qtbot):
    combo = page.filters.trip
    offered = [combo.itemData(i) for i in range(1, combo.count())]
    with_follow_ups = {r.trip_id for r in followups.list_follow_ups(demo_store) if r.trip_id}
    assert offered and set(offered) <= with_follow_ups
    wanted = next(r for r in followups.list_follow_ups(demo_store) if r.trip_title)
    word = wanted.trip_title.split()[0]
    combo.field.setFocus()
    qtbot.keyClicks(combo.field, word[:4].lower())
    qtbot.waitUntil(lambda: combo.found.rowCount() > 0)
    titles = [combo.found.item(r).text() for r in range(combo.found.rowCount())]
    assert any(t.startswith(wanted.trip_title) for t in titles)
    row = next(r for r in range(combo.found.rowCount())
               if combo.found.item(r).data(VALUE_ROLE) == wanted.trip_id)
    with qtbot.waitSignal(page.filters.changed, timeout=2000):
        combo.finder.activated[QModelIndex].emit(
            combo.finder.completionModel().index(row, 0))
    assert combo.currentData() == wanted.trip_id
    assert combo.currentText().startswith(wanted.trip_title)
    assert {r.trip_id for r in page.model.loaded()} == {wanted.trip_id}
    combo.field.clear()
    combo.field.editingFinished.emit()
    assert combo.currentData() is None

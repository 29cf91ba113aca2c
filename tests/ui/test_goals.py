"""The Goals section: the taxonomy tree, search, editing with undo, deletion, a goal's page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox

from delegations.errors import NotFoundError
from delegations.services import goals
from tests.ui.support import in_main_window, on_screen, typed
from ui.context import AppContext
from ui.goals.model import ID_ROLE, GoalFilter, GoalTreeModel
from ui.goals.page import GoalsPage


@pytest.fixture
def page(app, qtbot, demo_store):
    return on_screen(qtbot, GoalsPage(AppContext.create(demo_store)), 1084, 780)


def _id(store, ref: str) -> int:
    return next(g.id for g in goals.list_goals(store) if g.ref == ref)


def _box(page) -> QMessageBox:
    box = getattr(page, "message_box", None)
    assert isinstance(box, QMessageBox), "no message box was shown"
    return box


def _click(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def _key(qtbot, page, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    page.activateWindow()
    page.pane.tree.setFocus()
    qtbot.waitUntil(page.pane.tree.hasFocus)
    qtbot.keyClick(page.pane.tree, key, modifier)


def test_tree_and_filter_models_pass_the_model_tester(app, qtmodeltester, demo_store):
    model = GoalTreeModel()
    model.set_goals(goals.list_goals(demo_store))
    qtmodeltester.check(model)
    proxy = GoalFilter()
    proxy.setSourceModel(model)
    proxy.set_text("klima")
    qtmodeltester.check(proxy)
    model.set_goals(goals.list_goals(demo_store)[:5])  # a reset under the filter
    qtmodeltester.check(proxy)


def test_the_tree_shows_the_taxonomy_by_parent(page, demo_store):
    model = page.pane.model
    assert model.rowCount() == 20  # 3 overarching, 5 strategic, 12 fields at the top
    top = model.index(0, 0)
    assert top.data() == ("OZ 1 Global responsibility for international understanding "
                          "and sustainability")
    assert model.rowCount(top) == 17 and model.index(12, 0, top).data() == "SDG 13 Climate action"
    assert model.index(0, 1).data() == "Overarching goal"
    assert page.summary == "37 goals"


def test_search_keeps_the_ancestors_of_matches_visible(page, demo_store, qtbot):
    with qtbot.waitSignal(page.summary_changed):
        page.pane.search.setText("climate ACTION")
    assert page.pane.visible_ids() == [_id(demo_store, "oz-global"), _id(demo_store, "sdg-13")]
    assert page.pane.tree.isExpanded(page.pane.proxy.index(0, 0))
    assert page.summary == "1 of 37 goals matches"
    page.pane.search.setText("Klimaschutz")  # the German name is searched too
    assert _id(demo_store, "sz-klima") in page.pane.visible_ids()
    page.pane.search.clear()
    assert len(page.pane.visible_ids()) == 37


def test_a_goals_page_lists_what_serves_it_and_opens_trips(page, demo_store, qtbot):
    assert page.show_goal(_id(demo_store, "sz-klima"))
    text = page.detail.toPlainText()
    assert "Trips (2)" in text and "Outcomes (1)" in text and "Follow-up actions (1)" in text
    assert "Klimaschutzstadt" not in text.split("\n")[0]  # English label in the heading
    assert "In progress" in text
    sf = next(t for t in goals.goal_usage(demo_store, _id(demo_store, "sz-klima")).trips
              if t.ref == "sf-2026")
    assert f"trip:{sf.id}" in page.detail.toHtml()
    with qtbot.waitSignal(page.trip_requested) as signal:
        page.detail.anchorClicked.emit(QUrl(f"trip:{sf.id}"))
    assert signal.args == [sf.id]


def test_the_goals_below_can_be_included(page, demo_store):
    page.show_goal(_id(demo_store, "oz-global"))
    assert "Follow-up actions (0)" in page.detail.toPlainText()
    page.with_children.setChecked(True)
    assert "Follow-up actions (0)" not in page.detail.toPlainText()


def test_add_a_subgoal_then_undo_and_redo(page, demo_store):
    parent = _id(demo_store, "sz-klima")
    page.show_goal(parent)
    editor = page.new(below=True)
    assert not editor.save_button.isEnabled()
    typed(editor, name="Klimaneutrale Städtepartnerschaft – Tõnismägi", code="SZ 3.1")
    editor.save()
    assert not editor.isVisible()
    made = goals.get_goal(demo_store, editor.result_value)
    assert (made.parent_id, made.ref) == (parent, "sz-3-1")
    assert page.pane.current_id() == made.id
    page.ctx.undo.undo()
    with pytest.raises(NotFoundError):
        goals.get_goal(demo_store, made.id)
    page.ctx.undo.redo()
    again = next(g for g in goals.list_goals(demo_store) if g.ref == "sz-3-1")
    assert again.parent_id == parent and page.pane.model.goal(again.id) == again


def test_edit_with_f2_is_checked_at_the_field_and_undoable(page, demo_store, qtbot):
    ident = _id(demo_store, "hf-china")
    page.show_goal(ident)
    _key(qtbot, page, Qt.Key.Key_F2)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    editor.form.fields["name"].setText("")
    assert editor.form.message("name") == "Is required" and not editor.save_button.isEnabled()
    typed(editor, name="China-Strategie 杭州", ref="hf-ostsee")  # taken: refused at the field
    editor.save()
    assert editor.isVisible()
    assert editor.form.message("ref") == "'hf-ostsee' is already used by another goal"
    assert goals.get_goal(demo_store, ident).name == "Chinastrategie"
    editor.form.fields["ref"].setText("hf-china")
    editor.save()
    assert goals.get_goal(demo_store, ident).name == "China-Strategie 杭州"
    assert page.ctx.undo.undoText() == "Edit goal “HF 4 China strategy”"
    page.ctx.undo.undo()
    assert goals.get_goal(demo_store, ident).name == "Chinastrategie"


def test_deleting_a_used_goal_says_what_goes_and_undo_brings_it_all_back(page, demo_store,
                                                                        qtbot):
    ident = _id(demo_store, "sz-klima")
    before = goals.goal_usage(demo_store, ident)
    page.show_goal(ident)
    _key(qtbot, page, Qt.Key.Key_Delete)
    question = _box(page)
    assert "linked to 2 trips, 1 outcome and 1 follow-up action" in question.text()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert goals.goal_usage(demo_store, ident) == before and page.ctx.undo.count() == 0
    page.delete_current()
    _click(_box(page), "Delete")
    with pytest.raises(NotFoundError):
        goals.get_goal(demo_store, ident)
    assert page.summary == "36 goals"
    page.ctx.undo.undo()
    assert goals.goal_usage(demo_store, ident) == before
    assert page.pane.current_id() == ident or page.show_goal(ident)


def test_deleting_a_goal_with_subgoals_names_them(page, demo_store):
    page.show_goal(_id(demo_store, "oz-global"))
    page.delete_current()
    assert "Its 17 subgoals move up one level." in _box(page).text()
    _box(page).button(QMessageBox.StandardButton.Cancel).click()


def test_move_up_and_down_with_the_keyboard(page, demo_store, qtbot):
    klima, kinder = _id(demo_store, "sz-klima"), _id(demo_store, "sz-kinder")

    def order() -> list[int]:
        return [g.id for g in goals.list_goals(demo_store) if g.kind == "strategic"]

    start = order()
    assert start.index(kinder) == start.index(klima) - 1
    page.show_goal(klima)
    _key(qtbot, page, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert order().index(klima) == start.index(kinder)
    assert page.pane.current_id() == klima
    page.ctx.undo.undo()
    assert order() == start
    page.show_goal(_id(demo_store, "oz-global"))  # the first at the top level
    assert not page.pane.up_action.isEnabled() and page.pane.down_action.isEnabled()
    _key(qtbot, page, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert not page.ctx.undo.canUndo()


def test_insert_adds_a_goal_beside_the_selected_one(page, demo_store, qtbot):
    page.show_goal(_id(demo_store, "sdg-13"))
    _key(qtbot, page, Qt.Key.Key_Insert)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    editor.form.fields["name"].setText("SDG 18")
    editor.save()
    assert goals.get_goal(demo_store, editor.result_value).parent_id == _id(demo_store,
                                                                            "oz-global")
    assert page.pane.model.siblings(editor.result_value)[-1] == editor.result_value


def test_find_in_the_page_wins_over_the_main_windows(app, qtbot, demo_store):
    page = GoalsPage(AppContext.create(demo_store))
    hits = in_main_window(qtbot, page, ("Ctrl+F",))
    page.pane.tree.setFocus()
    qtbot.waitUntil(page.pane.tree.hasFocus)
    qtbot.keyClick(page.pane.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.pane.search.hasFocus() and hits == []


def test_widgets_have_accessible_names(page):
    assert page.pane.tree.accessibleName() == "Goal taxonomy"
    assert page.pane.search.accessibleName() == "Search goals"
    assert page.detail.accessibleName() == "Selected goal"
    assert page.pane.tree.model().index(0, 0).data(ID_ROLE) is not None

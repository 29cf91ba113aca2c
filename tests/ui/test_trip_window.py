"""A trip window on the demo data: fields edited where they are, checked as typed,
undone and redone; status steps; several windows; delete and duplicate."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from delegations.enums import TripStatus
from delegations.errors import NotFoundError
from delegations.services import cities, trips
from tests.ui.trip_support import answer, open_window, trip_of
from ui.context import AppContext, Change
from ui.trip_window.menus import edit_action
from ui.trip_window.registry import TripWindows
from ui.trip_window.tabs import TABS

pytestmark = pytest.mark.both_engines


@pytest.fixture
def ctx(app, demo_store):
    return AppContext.create(demo_store)


@pytest.fixture
def sf(qtbot, ctx):
    return open_window(qtbot, ctx, "sf-2026")


def _type(qtbot, field, text: str) -> None:
    """Replace the text as typing would (QTest types ASCII only), then press Enter."""
    field.setFocus()
    field.selectAll()
    field.insert(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_tabs_in_order_and_title_follows_the_trip(sf):
    assert [sf.tabs.tabText(i) for i in range(sf.tabs.count())] == [
        "Overview", "Delegation", "Programme", "Contacts", "Budget", "Outcomes", "Documents",
        "Protocol"]
    assert [s.key for s in TABS] == ["overview", "delegation", "programme", "contacts",
                                     "budget", "outcomes", "documents", "protocol"]
    assert sf.windowTitle() == f"{sf.title} — Delegations"
    assert sf.tabs.accessibleName() == "Trip sections"


def test_editing_a_field_commits_and_undo_redo_follow(sf, qtbot, ctx):
    overview = sf.tab("overview")
    title = overview.form.fields["title"]
    old = title.text()
    _type(qtbot, title, "Signing in San Francisco – Kämpfer & Aust")
    assert trip_of(ctx.store, "sf-2026").title == "Signing in San Francisco – Kämpfer & Aust"
    assert sf.windowTitle().startswith("Signing in San Francisco")
    undo, redo = edit_action(sf, "undo"), edit_action(sf, "redo")
    assert undo.text() == "&Undo Change trip title"
    undo.trigger()
    assert trip_of(ctx.store, "sf-2026").title == old
    assert title.text() == old and sf.windowTitle().startswith(old)
    assert redo.text() == "&Redo Change trip title"
    redo.trigger()
    assert trip_of(ctx.store, "sf-2026").title.startswith("Signing in")
    assert title.text().startswith("Signing in")


def test_end_before_start_is_marked_and_nothing_is_stored(sf, qtbot, ctx):
    overview = sf.tab("overview")
    end = overview.form.fields["end"]
    end.setFocus()
    end.setDate(QDate(2026, 2, 20))
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert overview.form.message("end") == "2026-02-20 is before the start date 2026-02-22"
    assert overview.form.errors["end"].isVisible()
    assert end.property("invalid") is True
    assert trip_of(ctx.store, "sf-2026").end == date(2026, 2, 27)
    assert end.date() == QDate(2026, 2, 20)  # what was typed stays
    assert ctx.undo.count() == 0
    ctx.changes.announce(Change.TRIP)  # a reload elsewhere keeps the typed value too
    assert end.date() == QDate(2026, 2, 20)
    end.setDate(QDate(2026, 2, 28))
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert overview.form.message("end") == "" and not overview.form.errors["end"].isVisible()
    assert trip_of(ctx.store, "sf-2026").end == date(2026, 2, 28)


def test_bad_amount_is_refused_at_the_field(sf, qtbot, ctx):
    budget = sf.tab("overview").form.fields["budget"]
    _type(qtbot, budget, "viel")
    assert sf.tab("overview").form.message("budget") == "'viel' is not an amount"
    assert budget.text() == "viel"
    assert trip_of(ctx.store, "sf-2026").budget_cents == 6850000
    _type(qtbot, budget, "70000.50")
    assert trip_of(ctx.store, "sf-2026").budget_cents == 7000050


def test_taken_reference_is_refused_by_the_service(sf, qtbot, ctx):
    ref = sf.tab("overview").form.fields["ref"]
    _type(qtbot, ref, "hatay-2020")
    assert sf.tab("overview").form.message("ref") == "'hatay-2020' is already used by another trip"
    assert ref.text() == "hatay-2020"
    assert trips.find_trip(ctx.store, "sf-2026")


def test_destinations_change_in_order_and_undo(sf, ctx):
    picker = sf.tab("overview").form.fields["destinations"]
    aarhus = next(c for c in cities.list_cities(ctx.store) if c.name == "Aarhus")
    picker.choice.setCurrentIndex(picker.choice.findData(aarhus.id))
    picker.add_button.click()
    picker.up_button.click()
    assert trip_of(ctx.store, "sf-2026").destination_names == ("Aarhus", "San Francisco")
    assert ctx.undo.undoText() == "Change destinations"
    ctx.undo.undo()
    ctx.undo.undo()
    assert trip_of(ctx.store, "sf-2026").destination_names == ("San Francisco",)
    assert [picker.list.item(r).text() for r in range(picker.list.count())] == ["San Francisco"]


def test_status_moves_along_and_can_be_cancelled(qtbot, ctx):
    idea = next(t for t in trips.list_trips(ctx.store) if t.status == TripStatus.IDEA)
    window = TripWindows(ctx, _parent(qtbot)).open(idea.id)
    overview = window.tab("overview")
    assert overview.next_button.text() == "Mark as Planned"
    overview.next_button.click()
    assert trips.get_trip(ctx.store, idea.id).status == TripStatus.PLANNED
    assert overview.form.value("status") == "planned"
    assert overview.next_button.text() == "Mark as Confirmed"
    overview.cancel_button.click()
    assert trips.get_trip(ctx.store, idea.id).status == TripStatus.CANCELLED
    assert overview.next_button.isHidden() and overview.cancel_button.isHidden()
    ctx.undo.undo()
    assert trips.get_trip(ctx.store, idea.id).status == TripStatus.PLANNED


def _parent(qtbot) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def test_several_windows_at_once_one_per_trip(qtbot, ctx):
    registry = TripWindows(ctx, _parent(qtbot))
    sf_id, hatay_id = (trips.find_trip(ctx.store, r) for r in ("sf-2026", "hatay-2020"))
    first, second = registry.open(sf_id), registry.open(hatay_id)
    assert first is not second and first.isVisible() and second.isVisible()
    assert registry.open(sf_id) is first
    assert {w.trip_id for w in registry.windows()} == {sf_id, hatay_id}
    second.close()
    qtbot.waitUntil(lambda: len(registry.windows()) == 1)


def test_delete_asks_naming_the_trip_then_the_window_closes(qtbot, ctx):
    registry = TripWindows(ctx, _parent(qtbot))
    trip_id = trips.find_trip(ctx.store, "hatay-2020")
    window = registry.open(trip_id)
    overview = window.tab("overview")
    overview.delete_action.trigger()
    question = answer(overview, "Cancel")
    assert "“Delegationsreise nach Hatay”" in question and "cannot be undone" in question
    assert trips.get_trip(ctx.store, trip_id)
    overview.delete_action.trigger()
    answer(overview, "Delete Trip")
    with pytest.raises(NotFoundError):
        trips.get_trip(ctx.store, trip_id)
    qtbot.waitUntil(lambda: registry.windows() == [])


def test_a_trip_deleted_elsewhere_closes_its_window(qtbot, ctx):
    registry = TripWindows(ctx, _parent(qtbot))
    trip_id = trips.find_trip(ctx.store, "sf-2026")
    registry.open(trip_id)
    trips.delete_trip(ctx.store, trip_id)
    ctx.changes.announce(Change.TRIP, ident=trip_id)
    qtbot.waitUntil(lambda: registry.windows() == [])


def test_duplicate_makes_a_shifted_trip_and_opens_it(qtbot, ctx):
    registry = TripWindows(ctx, _parent(qtbot))
    window = registry.open(trips.find_trip(ctx.store, "sf-2026"))
    overview = window.tab("overview")
    overview.duplicate_action.trigger()
    dialog = overview.duplicate_dialog
    assert dialog.form.value("start") == date(2027, 2, 22)
    assert dialog.form.value("ref").endswith("-2027")
    dialog.form.fields["start"].setDate(QDate(2027, 3, 1))
    _type(qtbot, dialog.form.fields["ref"], "sf-2027")
    qtbot.waitUntil(lambda: len(registry.windows()) == 2)
    copy = trip_of(ctx.store, "sf-2027")
    assert (copy.start, copy.end, copy.status) == (date(2027, 3, 1), date(2027, 3, 6),
                                                   TripStatus.IDEA)
    assert copy.outcomes == () and len(copy.participants) > 0
    assert {w.trip_id for w in registry.windows()} >= {copy.id}
    assert ctx.undo.undoText().startswith("Duplicate trip")


def _after(widget: QWidget) -> QWidget:
    """Where Tab goes from `widget` (the next visible widget that takes Tab focus)."""
    step = widget.nextInFocusChain()
    while not (step.focusPolicy() & Qt.FocusPolicy.TabFocus and step.isVisibleTo(widget.window())
               and step.isEnabled()):
        step = step.nextInFocusChain()
    return step


def test_tab_runs_through_the_fields_in_reading_order(sf):
    overview = sf.tab("overview")
    fields = overview.form.fields
    assert _after(fields["title"]) is fields["ref"]
    assert _after(fields["funding_source"]) is fields["destinations"].list
    assert _after(fields["notes"]) is overview.duplicate_button  # completed: no status step
    assert _after(overview.duplicate_button) is overview.delete_button
    assert fields["budget"].accessibleName() == "Budget"
    assert overview.delete_button.accessibleName() == "Delete Trip"


def test_a_day_picked_in_the_calendar_is_stored_at_once(sf, ctx):
    start = sf.tab("overview").form.fields["start"]
    start.clearFocus()
    start.setDate(QDate(2026, 2, 21))  # what the calendar pop-up does
    assert trip_of(ctx.store, "sf-2026").start == date(2026, 2, 21)
    assert ctx.undo.undoText() == "Change start date"


def test_the_summary_shows_the_whole_trip_read_only(sf, qtbot):
    summary = sf.show_summary()
    qtbot.waitExposed(summary)
    assert sf.title in summary.windowTitle()
    assert "Alexandra Reyes" in summary.text()  # a counterpart of the programme
    summary.close()

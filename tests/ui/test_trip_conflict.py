"""Two planners on one trip: a save on an old reading asks "their version or mine?"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from delegations.privacy.audit import acting_as
from delegations.services import presence, trips
from delegations.storage.store import open_store
from tests.ui.trip_support import answer, open_window, trip_of
from ui.context import AppContext

pytestmark = pytest.mark.both_engines


@pytest.fixture
def ctx(app, demo_store):
    return AppContext.create(demo_store)


def _save_notes_elsewhere(ctx: AppContext, text: str) -> None:
    """Another planner's save: straight to the store, the window is not told."""
    trip = trip_of(ctx.store, "sf-2026")
    with acting_as("A. Jensen"):
        trips.update_trip(ctx.store, trip.id, {"notes": text}, version=trip.version)


def _type_title(qtbot, window, text: str) -> None:
    field = window.tab("overview").form.fields["title"]
    field.setFocus()
    field.selectAll()
    field.insert(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_their_version_is_shown_and_nothing_of_mine_is_saved(qtbot, ctx):
    window = open_window(qtbot, ctx, "sf-2026")
    _save_notes_elsewhere(ctx, "Jensen's notes")
    _type_title(qtbot, window, "Signing in San Francisco – Kämpfer")
    question = answer(window.tab("overview"), "Show Their Version")
    assert question.startswith("This trip was changed by A. Jensen at ")
    stored = trip_of(ctx.store, "sf-2026")
    assert stored.notes == "Jensen's notes" and not stored.title.startswith("Signing")
    assert window.tab("overview").form.fields["title"].text() == stored.title


def test_keep_mine_saves_my_change_over_theirs(qtbot, ctx):
    window = open_window(qtbot, ctx, "sf-2026")
    _save_notes_elsewhere(ctx, "Jensen's notes")
    _type_title(qtbot, window, "Signing in San Francisco – Kämpfer")
    answer(window.tab("overview"), "Keep Mine")
    stored = trip_of(ctx.store, "sf-2026")
    assert stored.title == "Signing in San Francisco – Kämpfer"
    assert stored.notes == "Jensen's notes"  # their other field stays


def test_another_planner_with_the_trip_open_is_named_in_the_window(qtbot, ctx):
    window = open_window(qtbot, ctx, "sf-2026")
    if ctx.store.is_sqlite:  # one writer on a file: nobody else to show
        assert window.presence is None
        return
    assert window.presence is not None and not window.presence_label.isVisible()
    other = open_store(ctx.store.engine.url.render_as_string(hide_password=False))
    try:
        with acting_as("A. Jensen"):
            theirs = presence.enter(other, trip_of(ctx.store, "sf-2026").id)
        assert theirs is not None
        window.presence.poll()
        assert window.presence_label.text() == "A. Jensen is editing this trip"
        assert window.presence_label.isVisible()
        theirs.leave()
        window.presence.poll()
        assert not window.presence_label.isVisible()
    finally:
        other.close()
    line = window.presence
    window.close()  # as a planner would: the trip is let go
    assert line.mine is None


def test_merge_field_by_field_in_the_trip_form(qtbot, ctx):
    window = open_window(qtbot, ctx, "sf-2026")
    _save_notes_elsewhere(ctx, "Jensen's notes")
    _type_title(qtbot, window, "Signing in San Francisco – Kämpfer")
    overview = window.tab("overview")
    answer(overview, "Merge Field by Field…")
    merge = overview.merge_dialog
    assert set(merge.groups) == {"title", "notes"}
    assert merge.groups["title"][0].isChecked()  # I changed it: mine
    assert merge.groups["notes"][1].isChecked()  # only they did: theirs
    merge.accept()
    stored = trip_of(ctx.store, "sf-2026")
    assert (stored.title, stored.notes) == ("Signing in San Francisco – Kämpfer",
                                            "Jensen's notes")
    assert overview.form.fields["notes"].toPlainText() == "Jensen's notes"

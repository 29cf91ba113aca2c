"""Every editor, one mechanism: a save over another planner's change since the editor was
opened asks "their version, mine, or field by field?" and loses nothing unasked."""

from __future__ import annotations

import pytest

from delegations.privacy.audit import acting_as
from delegations.services import budget, cities, contacts, trips
from tests.ui.directory_support import city_id, contact_id, make_page
from tests.ui.trip_support import answer
from ui.after.budget_tab import BudgetTab
from ui.context import AppContext

pytestmark = pytest.mark.both_engines


@pytest.fixture
def page(app, qtbot, demo_store):
    return make_page(qtbot, demo_store)


def _open_city(page, store, ref="aarhus"):
    ident = city_id(store, ref)
    page.show_city(ident)
    page.cities.edit_current()
    return ident, page.cities.editor


def test_a_save_over_their_change_asks_and_show_theirs_saves_nothing(page, demo_store):
    ident, editor = _open_city(page, demo_store)
    with acting_as("A. Jensen"):
        cities.update_city(demo_store, ident, {"notes": "Jensens Notiz – Kämpfer"})
    editor.form.fields["languages"].setText("da, de, en")
    editor.save()
    assert editor.isVisible()
    question = answer(editor, "Show Their Version")
    assert question.startswith("This record was changed by A. Jensen at ")
    stored = cities.get_city(demo_store, ident)
    assert stored.notes == "Jensens Notiz – Kämpfer" and stored.languages != "da, de, en"
    assert editor.form.fields["notes"].toPlainText() == "Jensens Notiz – Kämpfer"
    editor.form.fields["languages"].setText("da, de")
    editor.save()  # now on their version: no question
    assert not editor.isVisible()
    stored = cities.get_city(demo_store, ident)
    assert (stored.languages, stored.notes) == ("da, de", "Jensens Notiz – Kämpfer")


def test_keep_mine_writes_my_fields_and_keeps_theirs(page, demo_store):
    ident, editor = _open_city(page, demo_store)
    with acting_as("A. Jensen"):
        cities.update_city(demo_store, ident, {"notes": "theirs"})
    editor.form.fields["languages"].setText("da, de, en")
    editor.save()
    answer(editor, "Keep Mine")
    assert not editor.isVisible()
    stored = cities.get_city(demo_store, ident)
    assert (stored.languages, stored.notes) == ("da, de, en", "theirs")


def test_merge_field_by_field_takes_what_is_chosen_for_each(page, demo_store):
    ident, editor = _open_city(page, demo_store)
    with acting_as("A. Jensen"):
        cities.update_city(demo_store, ident, {"notes": "their notes", "topics": "Hafen",
                                               "languages": "da"})
    editor.form.fields["notes"].setPlainText("my notes")
    editor.form.fields["languages"].setText("da, de")
    editor.save()
    answer(editor, "Merge Field by Field…")
    merge = editor.merge_dialog
    assert merge is not None and set(merge.groups) == {"languages", "topics", "notes"}
    assert merge.groups["topics"][1].isChecked()  # only they changed it: theirs
    assert merge.groups["notes"][0].isChecked()  # I changed it: mine
    merge.choose("languages", theirs=True)
    merge.accept()
    assert not editor.isVisible()
    stored = cities.get_city(demo_store, ident)
    assert (stored.notes, stored.topics, stored.languages) == ("my notes", "Hafen", "da")


def test_a_contact_changed_since_opened_is_not_overwritten(page, demo_store):
    ident = contact_id(demo_store, "Michael Chen")
    page.show_contact(ident)
    page.contacts.edit_current()
    editor = page.contacts.editor
    with acting_as("A. Jensen"):
        contacts.update_contact(demo_store, ident, {"phone": "+1 415 555 0777"})
    editor.form.fields["phone"].setText("+1 415 555 0199")
    editor.save()
    assert answer(editor, "Show Their Version").startswith("This record was changed by A. J")
    assert contacts.get_contact(demo_store, ident).phone == "+1 415 555 0777"
    assert editor.form.fields["phone"].text() == "+1 415 555 0777"


def test_a_budget_line_changed_since_opened_asks(qtbot, app, demo_store):
    trip = trips.find_trip(demo_store, "moshi-2019")
    line = budget.add_budget_line(demo_store, trip, {"category": "travel",
                                                     "funding": "city_budget",
                                                     "planned": "2400", "note": "Flüge"})
    tab = BudgetTab(AppContext.create(demo_store), trip)
    qtbot.addWidget(tab)
    tab.table.selectRow(0)
    editor = tab.edit_current()
    with acting_as("A. Jensen"):
        budget.update_budget_line(demo_store, line.id, {"note": "Flüge FRA–SFO"})
    editor.form.fields["planned"].setText("2500")
    editor.save()
    answer(editor, "Keep Mine")
    stored = budget.get_budget_line(demo_store, line.id)
    assert (stored.planned_cents, stored.note) == (250000, "Flüge FRA–SFO")

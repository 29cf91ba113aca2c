"""The Outcomes tab of a demo trip: outcomes with their links and documents, the trip's
follow-ups, and the gift register's warning."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from delegations.enums import FollowUpStatus as FS
from delegations.services import contacts, followups, gifts, outcomes, trips
from tests.ui.support import Opened, typed
from tests.ui.trip_support import outcomes_tab


@pytest.fixture
def tab(qtbot, app, demo_store, tmp_path, monkeypatch):
    return outcomes_tab(qtbot, demo_store, monkeypatch, tmp_path / "home", (1100, 680))



def test_models_pass_the_model_tester(tab, qtmodeltester):
    for model in (tab.outcomes.model, tab.outcomes.proxy, tab.follow_ups.model,
                  tab.gifts.model, tab.gifts.earlier):
        qtmodeltester.check(model)


def test_lists_the_trips_outcomes_and_follow_ups(tab, demo_store):
    ident = tab.outcomes.trip_id
    assert tab.outcomes.model.rowCount() == len(outcomes.list_outcomes(demo_store, ident))
    assert tab.follow_ups.model.rowCount() == len(
        followups.list_follow_ups(demo_store, trip_id=ident))
    tab.outcomes.table.selectRow(0)
    assert tab.outcomes.details.text().startswith("<p><b>")


def test_new_outcome_with_contacts_and_cities_and_undo(tab, demo_store):
    panel = tab.outcomes
    editor = panel.new_outcome()
    editor.form.fields["text"].setPlainText("Gemeinsame Erklärung zur Klimapartnerschaft")
    editor.form.fields["date"].set_value(date(2026, 2, 25))
    people = editor.contacts.list  # the first contacts by name, from the database
    for row in (0, 1):
        people.item(row).setCheckState(Qt.CheckState.Checked)
    editor.lists["cities"].set_ids([editor.lists["cities"].item(0).data(256)])
    editor.save()
    assert not editor.isVisible()
    detail = next(o for o in outcomes.outcome_details(demo_store, panel.trip_id)
                  if o.text.startswith("Gemeinsame"))
    assert len(detail.contact_ids) == 2 and len(detail.city_ids) == 1
    assert panel.current().id == detail.id
    assert detail.contact_names[0] in panel.details.text()
    panel.ctx.undo.undo()
    assert all(not o.text.startswith("Gemeinsame")
               for o in outcomes.outcome_details(demo_store, panel.trip_id))


def test_attach_copy_open_and_remove(tab, demo_store, tmp_path):
    panel = tab.outcomes
    panel.table.selectRow(0)
    chosen = panel.current()
    pdf = tmp_path / "Vereinbarung.pdf"
    pdf.write_bytes(b"%PDF-1.4 signed")
    box = panel.attachments
    box.attach(str(pdf), copy=True)
    box.attach("https://www.kiel.de/partnerschaft", copy=False)
    rows = outcomes.get_outcome(demo_store, chosen.id).attachments[-2:]
    assert rows[0].copied and rows[0].location.endswith("Vereinbarung.pdf")
    copied = Path(outcomes.attachment_target(rows[0]))
    assert copied.read_bytes() == b"%PDF-1.4 signed" and copied != pdf
    assert box.list.count() == len(chosen.attachments) + 2
    viewer = Opened()
    for scheme in ("file", "https"):
        QDesktopServices.setUrlHandler(scheme, viewer, "open")
    try:
        box.list.setCurrentRow(box.list.count() - 2)
        box.open_current()
        box.list.setCurrentRow(box.list.count() - 1)
        box.open_current()
    finally:
        for scheme in ("file", "https"):
            QDesktopServices.unsetUrlHandler(scheme)
    assert [u.toString() for u in viewer.urls] == [QUrl.fromLocalFile(str(copied)).toString(),
                                                   "https://www.kiel.de/partnerschaft"]
    box.remove_current()
    assert len(outcomes.get_outcome(demo_store, chosen.id).attachments) == len(
        chosen.attachments) + 1
    panel.ctx.undo.undo()
    assert len(outcomes.get_outcome(demo_store, chosen.id).attachments) == len(
        chosen.attachments) + 2


def test_trip_follow_ups_add_and_set_status(tab, demo_store):
    part = tab.follow_ups
    editor = part.new_follow_up()
    editor.form.fields["action"].setPlainText("Rückbesuch vorbereiten")
    editor.save()
    row = next(r for r in followups.list_follow_ups(demo_store, trip_id=part.trip_id)
               if r.action == "Rückbesuch vorbereiten")
    assert row.city_name  # a trip's follow-up concerns its destination
    for n in range(part.proxy.rowCount()):
        if part.proxy.index(n, 0).data() == "Rückbesuch vorbereiten":
            part.table.selectRow(n)
    part.set_status(FS.IN_PROGRESS)
    again = next(r for r in followups.list_follow_ups(demo_store) if r.id == row.id)
    assert again.status == FS.IN_PROGRESS


def test_gift_register_warns_of_a_repeat(tab, demo_store, qtbot):
    gifts_tab = tab.gifts
    assert gifts_tab.model.rowCount() == len(gifts.list_gifts(demo_store,
                                                                  trip_id=gifts_tab.trip_id))
    mayor = next(g for g in gifts.list_gifts(demo_store, trip_id=gifts_tab.trip_id)
                 if g.direction == "given").contact_id
    earlier = trips.create_trip(demo_store, {"title": "Besuch 2031", "start": "2031-05-01",
                                             "end": "2031-05-03"})
    editor = GiftEditorDriver(gifts_tab, demo_store)
    editor.plan(earlier.id, mayor)
    assert editor.warning_text().startswith("⚠ Already given to this person")
    assert editor.editor.form.fields["date"].value() == date(2031, 5, 1)  # the trip's start
    assert contacts.get_contact(demo_store, mayor).name


def test_a_gift_is_added_to_the_trip_and_undone(tab, demo_store):
    gifts_tab = tab.gifts
    before = gifts_tab.model.rowCount()
    editor = gifts_tab.new_gift()
    typed(editor, description="Buddelschiff „Gorch Fock“", counterpart="Board of Supervisors",
          value="1,250.00")
    editor.save()
    assert not editor.isVisible()
    added = next(g for g in gifts.list_gifts(demo_store, trip_id=gifts_tab.trip_id)
                 if g.description.startswith("Buddelschiff"))
    assert (added.value_cents, added.city_name) == (125000, "San Francisco")
    assert gifts_tab.model.rowCount() == before + 1
    gifts_tab.ctx.undo.undo()
    assert gifts_tab.model.rowCount() == before


class GiftEditorDriver:
    """Plans a gift for another trip to the same person, as a user would type it."""

    def __init__(self, gifts_tab, store) -> None:
        self.tab, self.store = gifts_tab, store

    def plan(self, trip, contact) -> None:
        from ui.after.gifts_tab import GiftsTab

        other = GiftsTab(self.tab.ctx, trip)
        self.other = other
        self.editor = other.new_gift()
        given = next(g for g in gifts.list_gifts(self.store, contact_id=contact)
                     if g.direction == "given")
        self.editor.form.fields["description"].setPlainText(given.description.upper())
        combo = self.editor.form.fields["contact"]
        combo.setCurrentIndex(combo.findData(contact))
        self.editor.check_repeats()

    def warning_text(self) -> str:
        return self.editor.warning.text()


def test_renders_at_a_realistic_size(tab, tmp_path):
    tab.outcomes.table.selectRow(0)
    assert tab.grab().save(str(tmp_path / "outcomes_tab.png"))
    assert (tmp_path / "outcomes_tab.png").stat().st_size > 10_000
    tab.tabs.setCurrentIndex(1)
    assert tab.grab().save(str(tmp_path / "outcomes_follow_ups.png"))
    assert (tmp_path / "outcomes_follow_ups.png").stat().st_size > 10_000
    tab.tabs.setCurrentIndex(2)
    assert tab.grab().save(str(tmp_path / "gifts_tab.png"))
    assert (tmp_path / "gifts_tab.png").stat().st_size > 10_000

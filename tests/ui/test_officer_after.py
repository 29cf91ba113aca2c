"""Issue 14, after the visit: the gift register's warning does not move the fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from delegations.enums import RegistrationStatus as RS
from delegations.services import contacts, gifts, participants, trips
from tests.ui.conftest import OFFSCREEN_LIMITS
from tests.ui.test_delegation import CITIZENS, make_tab
from ui.after.gifts_tab import GiftsTab
from ui.context import AppContext
from ui.trip_window.delegation_import import REMARK, STATUS, TAKE


def _places(editor):
    widgets = [*editor.form.fields.values(), editor.save_button, editor.buttons]
    return [w.mapTo(editor, QPoint(0, 0)) for w in widgets]


def test_the_repeat_warning_moves_nothing_the_user_is_about_to_click(app, qtbot, demo_store):
    person = contacts.list_contacts(demo_store)[0].id
    gifts.add_gift(demo_store, {"direction": "given", "description": "Buddelschiff Gorch Fock",
                                "contact": person, "date": "2026-02-24"})
    later = trips.create_trip(demo_store, {"title": "Besuch 2031", "start": "2031-05-01",
                                           "end": "2031-05-03"})
    tab = GiftsTab(AppContext.create(demo_store), later.id)
    qtbot.addWidget(tab)
    editor = tab.new_gift()
    qtbot.waitExposed(editor)
    contact = editor.form.fields["contact"]
    contact.setCurrentIndex(contact.findData(person))
    before = _places(editor)
    qtbot.keyClicks(editor.form.fields["description"], "buddelschiff gorch fock")
    qtbot.waitUntil(editor.warning.isVisible)
    assert editor.warning.text().startswith("⚠ Already given to this person")
    assert _places(editor) == before
    editor.reject()


def test_the_import_preview_shows_who_will_be_on_the_waiting_list(app, qtbot, demo_store,
                                                                  tmp_path):
    trip_id = trips.find_trip(demo_store, CITIZENS)
    holding = sum(p.status in (RS.CONFIRMED, RS.REGISTERED)
                  for p in participants.list_participants(demo_store, trip_id))
    trips.update_trip(demo_store, trip_id, {"capacity": holding + 3})  # 3 places left
    tab = make_tab(qtbot, demo_store, CITIZENS)
    holding = sum(p.status in (RS.CONFIRMED, RS.REGISTERED)
                  for p in participants.list_participants(demo_store, trip_id))
    free = trips.get_trip(demo_store, trip_id).capacity - holding  # after the promotions
    people = [f"Fahrgast {n}" for n in range(1, free + 4)]
    path = tmp_path / "bus.csv"
    path.write_text("Name\n" + "\n".join(people) + "\n", encoding="utf-8")
    dialog = tab.import_file(path)
    qtbot.waitExposed(dialog)
    shown = [dialog.model.index(r, STATUS).data() for r in range(dialog.model.rowCount())]
    assert shown == ["Confirmed"] * free + ["Waiting list"] * 3, shown
    assert "3 on the waiting list" in dialog.status.text()
    remark = dialog.model.index(free, REMARK).data()
    assert remark == "No place left: goes on the waiting list."
    # unticking a confirmed newcomer gives the place to the first one waiting
    dialog.model.setData(dialog.model.index(0, TAKE), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert dialog.model.index(free, STATUS).data() == "Confirmed"
    assert "2 on the waiting list" in dialog.status.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    waiting = {p.name for p in participants.list_participants(demo_store, trip_id)
               if p.status == RS.WAITLISTED}
    assert set(people[free + 1:]) <= waiting and people[free] not in waiting


def test_an_edit_names_the_person_in_undo_and_its_note_goes_with_the_undo(app, qtbot,
                                                                          demo_store):
    tab = make_tab(qtbot, demo_store, CITIZENS)
    holder = next(p for p in tab.model_rows() if p.status == RS.CONFIRMED)
    tab.table.select_ids([holder.id], holder.id)
    editor = tab.edit_current()
    qtbot.waitExposed(editor)
    status = editor.form.fields["status"]
    status.setCurrentIndex(status.findData(RS.WITHDRAWN.value))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert tab.ctx.undo.undoText() == f"Edit participant “{holder.name}”"
    assert tab.note.isVisible() and "moved up from the waiting list" in tab.note.text.text()
    tab.ctx.undo.undo()
    assert not tab.note.isVisible()
    assert tab.ctx.undo.redoText() == f"Edit participant “{holder.name}”"


def _texts(checklist):
    view = checklist
    return [view.item(r).text() for r in range(view.count())]


def test_goal_names_follow_the_interface_language(app, qtbot, demo_store):
    from delegations.services import goals
    from ui.after.follow_up_editor import FollowUpEditor
    from ui.after.outcome_editor import OutcomeEditor

    goal = next(g for g in goals.list_goals(demo_store) if g.name_en and g.name_en != g.name)
    english = f"{goal.code} {goal.name_en}".strip()
    outcome = OutcomeEditor(demo_store, lambda values: None)
    follow_up = FollowUpEditor(demo_store, lambda values: None)
    for dialog, checklist in ((outcome, outcome.lists["goals"]),
                              (follow_up, follow_up.goals)):
        qtbot.addWidget(dialog)
        texts = _texts(checklist)
        assert english in texts and f"{goal.code} {goal.name}".strip() not in texts


# the offscreen test screen cannot grab the keyboard for the suggestions' pop-up
@pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard$",
                           *OFFSCREEN_LIMITS)
def test_a_new_owner_is_kept_as_typed(app, qtbot, demo_store):
    from delegations.services import followups
    from ui.after.follow_up_editor import FollowUpEditor

    owners = followups.owners(demo_store)
    short = "Umweltschutz"  # a new owner, the start of a longer one known
    assert short not in owners and any(o.startswith(short) for o in owners)
    saved: list[dict] = []
    editor = FollowUpEditor(demo_store, saved.append, None, True)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.form.fields["action"], "Einladung zum Adventsmarkt schicken")
    owner = editor.form.fields["owner"]
    editor.activateWindow()
    owner.setFocus()
    qtbot.waitUntil(owner.lineEdit().hasFocus)
    qtbot.keyClicks(owner.lineEdit(), short)
    assert owner.currentText() == short
    qtbot.keyClick(owner.lineEdit(), Qt.Key.Key_Tab)
    assert owner.currentText() == short
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert saved and saved[0]["owner"] == short


def test_an_android_export_imports_cards_that_carry_only_an_e_mail(app, qtbot, demo_store):
    from tests.corpus_path import CORPUS
    from ui.directory.import_model import NAME
    from ui.directory.import_model import REMARK as CARD_REMARK
    from ui.directory.page import DirectoryPage

    page = DirectoryPage(AppContext.create(demo_store))
    qtbot.addWidget(page)
    dialog = page.exchange.import_file(CORPUS / "vcf" / "John_Doe_ANDROID.vcf", "vcard")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    model = dialog.model
    assert model.index(0, NAME).data() == "john.doe@company.com"
    assert model.index(0, CARD_REMARK).data() == ("No name in the card: named after its "
                                                 "e-mail address.")
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    names = {c.name for c in contacts.list_contacts(demo_store)}
    assert {"john.doe@company.com", "jane.doe@company.com"} <= names

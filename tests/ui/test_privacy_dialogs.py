"""Personal data…: search, export, anonymise with a confirmation; retention preview; audit log."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from delegations.privacy.audit import count_audit, list_audit, record
from delegations.privacy.person import find_people
from delegations.privacy.retention import retention_months
from ui.app import use_language
from ui.context import AppContext
from ui.privacy.audit_view import AuditLogDialog
from ui.privacy.models import AuditModel, PeopleModel, RetentionModel
from ui.privacy.person_dialog import PersonDataDialog


@pytest.fixture
def ctx(app, demo_store):
    return AppContext.create(demo_store)


@pytest.fixture
def dialog(qtbot, ctx):
    widget = PersonDataDialog(ctx, today=date(2026, 11, 23))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _go_ahead(box: QMessageBox) -> None:
    next(b for b in box.buttons() if b.text() == "Anonymise").click()


def test_models_pass_the_model_tester(qtmodeltester, dialog, ctx):
    qtmodeltester.check(dialog.people)
    qtmodeltester.check(dialog.due)
    audit = AuditModel(ctx.store)
    audit.set_filter(None, None, None)
    qtmodeltester.check(audit)
    assert isinstance(dialog.people, PeopleModel) and isinstance(dialog.due, RetentionModel)


def test_search_select_and_export_json_and_pdf(dialog, tmp_path):
    assert not dialog.export_json.isEnabled()
    dialog.search.setText("brandt")
    assert [p.name for p in dialog.people.rows] == ["Prof. Dr. Henrike Brandt"]
    dialog.people_view.selectRow(0)
    assert dialog.export_json.isEnabled() and dialog.anonymise.isEnabled()
    out = dialog.export_to(tmp_path / "brandt.json", "json")
    assert json.loads(out.read_text("utf-8"))["person"]["email"] == "h.brandt@example.org"
    pdf = dialog.export_to(tmp_path / "brandt.pdf", "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_anonymise_asks_naming_the_person_then_clears_undo(dialog, ctx, qtbot):
    ctx.undo.push(QUndoCommand("an old edit"))
    dialog.search.setText("Hannelore")
    dialog.people_view.selectRow(0)
    dialog.ask_anonymise()
    box = dialog.message_box
    assert "Hannelore Jürgensen" in box.text() and "cannot be undone" in box.text()
    with qtbot.waitSignal(ctx.changes.changed):
        _go_ahead(box)
    assert find_people(ctx.store, "Hannelore") == [] and dialog.people.rows == []
    assert ctx.undo.count() == 0


def test_cancel_keeps_the_person(dialog, ctx):
    dialog.search.setText("Hannelore")
    dialog.people_view.selectRow(0)
    dialog.ask_anonymise()
    dialog.message_box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(find_people(ctx.store, "Hannelore")) == 1


def test_retention_preview_and_run(dialog, ctx):
    due = {r.trip_ref for r in dialog.due.rows}
    assert "aarhus-2019" in due and "sf-2026" not in due
    assert dialog.run.isEnabled() and "would be anonymised" in dialog.due_label.text()
    dialog.months.setValue(120)
    dialog.save_months()
    assert retention_months(ctx.store) == 120 and dialog.due.rows == []
    dialog.months.setValue(24)
    dialog.save_months()
    dialog.ask_retention()
    _go_ahead(dialog.message_box)
    assert dialog.due.rows == [] and not dialog.run.isEnabled()
    assert any(r.action == "retention" for r in list_audit(ctx.store, entity="trip"))


def test_audit_log_dialog_filters_by_record_and_date(qtbot, ctx):
    log = AuditLogDialog(ctx)
    qtbot.addWidget(log)
    log.show()
    assert log.model.rowCount() > 0
    today = QDate.currentDate()
    log.set_filter("trip", today, today)
    assert {r.entity for r in log.model.loaded()} == {"trip"}
    log.set_filter(None, today.addDays(-30), today.addDays(-1))
    assert log.model.rowCount() == 0


def test_audit_log_is_read_a_page_at_a_time_newest_first(qtbot, ctx):
    for n in range(AuditModel.PAGE_SIZE + 30):
        record(ctx.store, "export", "contact", str(n), ("email", "organisation"))
    log = AuditLogDialog(ctx)
    qtbot.addWidget(log)
    log.show()
    total = count_audit(ctx.store)
    assert total > AuditModel.PAGE_SIZE + 30
    assert log.model.rowCount() == AuditModel.PAGE_SIZE and log.model.total == total
    assert log.count.text() == f"{total} entries"
    newest = list_audit(ctx.store, limit=1)[0]
    assert [log.model.index(0, c).data() for c in range(1, 6)] == [
        newest.actor, "exported", f"Contact {AuditModel.PAGE_SIZE + 29}",
        "E-mail, Organisation", ""]
    log.table.scrollToBottom()  # the view asks for the next page
    qtbot.waitUntil(lambda: log.model.rowCount() > AuditModel.PAGE_SIZE)
    assert log.model.rowCount() == min(total, 2 * AuditModel.PAGE_SIZE)
    assert [r.id for r in log.model.loaded()] == [
        r.id for r in list_audit(ctx.store, limit=log.model.rowCount())]


def test_audit_log_names_records_and_fields_in_german(qtbot, app, ctx):
    record(ctx.store, "export", "contact", "7", ("email", "timezone", "sort_key"))
    use_language(app, "de")
    try:
        log = AuditLogDialog(ctx)
        qtbot.addWidget(log)
        texts = [log.model.index(0, c).data() for c in range(2, 5)]
    finally:
        use_language(app, "en")
    assert texts == ["exportiert", "Kontakt 7", "E-Mail, Zeitzone, sort_key"]


def test_mentions_by_surname_are_shown_before_anonymising_and_then_removed(dialog, ctx,
                                                                         qtbot):
    from delegations.services import contacts

    contacts.create_contact(ctx.store, {"name": "Doris Abendroth",
                                        "notes": "Rückruf Frau Hannelore-Abend"})
    row = contacts.create_contact(ctx.store, {"name": "Ole Kamp",
                                              "notes": "Zimmer für Frau Jürgensen"})
    dialog.search.setText("Hannelore")
    dialog.people_view.selectRow(0)
    dialog.ask_anonymise()
    box = dialog.message_box
    assert "• Jürgensen: Zimmer für Frau Jürgensen" in box.text()
    with qtbot.waitSignal(ctx.changes.changed):
        _go_ahead(box)
    assert "Jürgensen" not in (contacts.get_contact(ctx.store, row.id).notes or "")


def test_after_anonymising_kept_copies_are_offered_for_deletion(dialog, ctx, qtbot):
    assert ctx.store.path is not None
    kept = ctx.store.path.with_name(ctx.store.path.name + ".replaced-20260101T000000Z")
    kept.write_bytes(ctx.store.path.read_bytes())
    dialog.search.setText("Hannelore")
    dialog.people_view.selectRow(0)
    dialog.ask_anonymise()
    with qtbot.waitSignal(ctx.changes.changed):
        _go_ahead(dialog.message_box)
    box = dialog.message_box
    assert kept.name in box.text()
    next(b for b in box.buttons() if b.text() == "Delete").click()
    assert not kept.exists()

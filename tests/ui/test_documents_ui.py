"""The Documents tab and section: preview off the GUI thread, save, print, cancel."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from delegations.documents import DocumentRequest
from delegations.services import trips
from delegations.services.settings import DOCUMENT_LANGUAGE, set_office_value
from ui.context import AppContext, Change
from ui.documents.job import RenderJob
from ui.documents.page import DocumentsPage
from ui.documents.printing import print_document
from ui.documents.tab import DocumentsTab
from ui.trips.new_trip_dialog import NewTripDialog


@pytest.fixture
def ctx(app, demo_store):
    return AppContext.create(demo_store)


@pytest.fixture
def tab(ctx, qtbot):
    widget = DocumentsTab(ctx, trips.find_trip(ctx.store, "sf-2026"))
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def _preview(panel, qtbot) -> None:
    panel.preview_button.click()
    assert panel.job is not None and not panel.save_button.isEnabled()
    qtbot.waitUntil(lambda: panel.job is None, timeout=60_000)


def test_preview_then_save_and_print(tab, qtbot, tmp_path):
    panel = tab.panel
    assert [panel.choices.document.itemData(i) for i in range(panel.choices.document.count())] \
        == ["itinerary", "briefing", "followup"]
    _preview(panel, qtbot)
    assert panel.pdf_bytes.startswith(b"%PDF") and panel.document.pageCount() >= 1
    assert panel.save_button.isEnabled() and panel.print_button.isEnabled()
    assert panel.save_to(tmp_path / "Reiseplan.pdf")
    assert (tmp_path / "Reiseplan.pdf").read_bytes() == panel.pdf_bytes
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_document(panel.document, printer) == panel.document.pageCount()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == panel.document.pageCount()


def test_participant_variant_needs_a_participant_and_changes_mark_the_preview(tab, qtbot, ctx):
    choices = tab.panel.choices
    choices.variant.setCurrentIndex(choices.variant.findData("participant"))
    assert choices.participant.isEnabled()
    request = choices.request()
    assert request is not None and request.variant == "participant"
    assert request.participant_id == choices.participant.currentData()
    _preview(tab.panel, qtbot)
    ctx.changes.announce(Change.AGENDA)
    assert "preview again" in tab.panel.status.text()
    choices.document.setCurrentIndex(choices.document.findData("briefing"))
    assert not choices.variant.isEnabled()


def test_a_cancelled_job_stops_and_leaves_the_preview_empty(ctx, qtbot):
    job = RenderJob(ctx.store, DocumentRequest("briefing",
                                               trip_id=trips.find_trip(ctx.store, "sf-2026")),
                    "en")
    job.cancel()  # before it starts: the first progress report stops it
    with qtbot.waitSignal(job.stopped, timeout=60_000):
        job.start()
    job.wait()


def test_an_unknown_trip_is_a_message_not_a_crash(ctx, qtbot):
    job = RenderJob(ctx.store, DocumentRequest("itinerary", trip_id=99_999), "en")
    with qtbot.waitSignal(job.failed, timeout=60_000) as signal:
        job.start()
    job.wait()
    assert "99999" in signal.args[0] or "trip" in signal.args[0].lower()


def test_documents_section_lists_trips_newest_first_and_the_report(ctx, qtbot):
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    values = [page.subject.itemData(i) for i in range(page.subject.count())]
    assert values[0] is None and page.subject.currentIndex() == 1  # the report, the newest
    starts = [trips.get_trip(ctx.store, v).start for v in values[1:]]
    assert starts and starts == sorted(starts, reverse=True)
    page.select_trip(values[-1])
    assert page.subject.currentData() == values[-1]
    assert "itinerary" in [page.panel.choices.document.itemData(i)
                           for i in range(page.panel.choices.document.count())]
    page.select_trip(None)
    assert [page.panel.choices.document.itemData(i)
            for i in range(page.panel.choices.document.count())] == ["report"]
    assert page.panel.choices.year.isEnabled()


def test_documents_follow_the_offices_document_language(ctx, qtbot):
    """The setting written by the settings dialog is what new trips and the report use."""
    set_office_value(ctx.store, DOCUMENT_LANGUAGE, "en")
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.panel.set_trip(None)
    request = page.panel.choices.request()
    assert request is not None and request.language == "en"
    dialog = NewTripDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.form.value("language") == "en"
    set_office_value(ctx.store, DOCUMENT_LANGUAGE, "de")
    page.panel.set_trip(None)
    assert page.panel.choices.request().language == "de"

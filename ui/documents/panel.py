"""Choose a document, see it, save it, print it: the same panel in the trip window's
Documents tab and in the Documents section."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegations.atomic import write_atomic
from delegations.services import trips
from ui.common.save_place import proposed_path, remember_folder, safe_name, trip_file_name
from ui.context import AppContext, Change
from ui.documents.choices import DocumentChoices
from ui.documents.job import RenderJob
from ui.documents.printing import print_document

_DATA_KINDS = {Change.TRIP, Change.PARTICIPANT, Change.AGENDA, Change.TRAVEL, Change.CITY,
               Change.CONTACT, Change.GOAL, Change.OUTCOME, Change.FOLLOW_UP, Change.GIFT,
               Change.HOME, Change.BUDGET}


class DocumentPanel(QWidget):
    """Renders off the GUI thread; the preview shows the last finished document."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: RenderJob | None = None
        self.pdf_bytes = b""
        self.choices = DocumentChoices(ctx.store, self)
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = self._make_view()
        self.status = QLabel(self)
        self.progress = QProgressBar(self)
        self.preview_button = self._button(self.tr("&Preview"), self.preview)
        self.cancel_button = self._button(self.tr("Cancel"), self.cancel)
        self.save_button = self._button(self.tr("&Save PDF…"), self.save_as)
        self.print_button = self._button(self.tr("P&rint…"), self.print_dialog)
        self._lay_out()
        self.choices.changed.connect(self._outdated)
        ctx.changes.changed.connect(self._data_changed)
        self._idle()

    def _make_view(self) -> QPdfView:
        view = QPdfView(self)
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setAccessibleName(self.tr("Document preview"))
        return view

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        side = QVBoxLayout()
        side.addWidget(self.choices)
        for button in (self.preview_button, self.save_button, self.print_button):
            side.addWidget(button)
        side.addWidget(self.progress)
        side.addWidget(self.cancel_button)
        self.status.setWordWrap(True)
        side.addWidget(self.status)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(side, 0)
        layout.addWidget(self.view, 1)

    def set_trip(self, trip_id: int | None) -> None:
        """Point the panel at a trip (None: the yearly report)."""
        self.choices.set_trip(trip_id, date.today().year - (trip_id is None))
        self._show_pdf(b"")

    # ------------------------------------------------------------------ rendering

    def preview(self) -> None:
        request = self.choices.request()
        if request is None or self.job is not None:
            return
        language = request.language or "en"
        self.job = RenderJob(self.ctx.store, request, language, self)
        self.job.progressed.connect(self._progressed)
        self.job.rendered.connect(self._rendered)
        self.job.failed.connect(self._failed)
        self.job.stopped.connect(lambda: self._finish(self.tr("Stopped.")))
        self.job.finished.connect(self._job_done)
        self._busy()
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _rendered(self) -> None:
        if self.job is not None:
            self._show_pdf(self.job.result)
        self._finish(self.tr("Pages: %1").replace("%1", str(self.document.pageCount())))

    def _failed(self, message: str) -> None:
        self._finish(message)
        QMessageBox.warning(self, self.tr("Document not made"), message)

    def _finish(self, text: str) -> None:
        self.status.setText(text)

    def _job_done(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self._idle()

    def _show_pdf(self, data: bytes) -> None:
        self.pdf_bytes = data
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(data))
        if data:
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        self._idle()

    def _busy(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(False)
        self.status.setText(self.tr("Making the document…"))

    def _idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.preview_button.setEnabled(self.choices.request() is not None)
        for button in (self.save_button, self.print_button):
            button.setEnabled(bool(self.pdf_bytes))

    def _outdated(self) -> None:
        if self.job is None:
            self._idle()
        if self.pdf_bytes:
            self.status.setText(self.tr("The choice changed: preview again to see it."))

    def _data_changed(self, kind: Change, _ident: object) -> None:
        if kind in _DATA_KINDS and self.pdf_bytes:
            self.status.setText(self.tr("The data changed: preview again to see it."))

    # ------------------------------------------------------------------ save and print

    def suggested_name(self) -> str:
        """'2026-02 San Francisco – Reiseprogramm.pdf' (the report: 'Jahresbericht 2025')."""
        request = self.choices.request()
        what = self.choices.document.currentText() or "document"
        if request is None or request.trip_id is None:
            year = f" {request.year}" if request is not None and request.year else ""
            return safe_name(what + year) + ".pdf"
        return trip_file_name(trips.get_trip(self.ctx.store, request.trip_id), what, ".pdf")

    def save_as(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), proposed_path("pdf", self.suggested_name()),
            self.tr("PDF files (*.pdf)"))
        if path:
            remember_folder("pdf", path)
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the previewed PDF, whole or not at all; a failure is shown, not raised."""
        try:
            write_atomic(path, self.pdf_bytes)
        except OSError as err:
            QMessageBox.warning(self, self.tr("Not saved"),
                                f"{path}: {err.strerror or err}")
            return False
        self.status.setText(self.tr("Saved to %1.").replace("%1", str(path)))
        return True

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.document.pageCount(), 1))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            print_document(self.document, printer)

"""An outcome's documents: attach a file (copied into the data folder or referred to
where it lies) or a link, open one with the system's viewer, remove one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from delegations.errors import DelegationsError
from delegations.services.outcomes import AttachmentRow, OutcomeDetail, attachment_target
from ui.after.ops import AfterOps
from ui.common.messages import tell

ROW = Qt.ItemDataRole.UserRole


class AttachmentsBox(QWidget):
    """The selected outcome's attachments; `opened(target)` after asking the system."""

    opened = Signal(str)

    def __init__(self, ops: AfterOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.outcome: OutcomeDetail | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Attachments"))
        self.copy_box = QCheckBox(self.tr("&Copy into the data folder"), self)
        self.copy_box.setChecked(True)
        self.copy_box.setToolTip(self.tr("A copy stays available when the original is moved "
                                         "or deleted."))
        self.attach_button = self._button(self.tr("Attach &file…"), self._ask_file)
        self.link_button = self._button(self.tr("Add &link…"), self._ask_link)
        self.open_button = self._button(self.tr("&Open"), self.open_current)
        self.remove_button = self._button(self.tr("&Remove"), self.remove_current)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.list, 0, 0, 4, 1)
        for n, button in enumerate((self.open_button, self.remove_button, self.attach_button,
                                    self.link_button)):
            grid.addWidget(button, n, 1)
        grid.addWidget(self.copy_box, 4, 0, 1, 2)
        self.list.itemDoubleClicked.connect(lambda *_: self.open_current())
        self.list.currentRowChanged.connect(lambda *_: self._enable())
        self.show_outcome(None)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def show_outcome(self, outcome: OutcomeDetail | None) -> None:
        self.outcome = outcome
        self.list.clear()
        for row in outcome.attachments if outcome else ():
            item = QListWidgetItem(row.title, self.list)
            item.setToolTip(row.location + (self.tr(" (copy in the data folder)")
                                            if row.copied else ""))
            item.setData(ROW, row)
        self._enable()

    def _enable(self) -> None:
        has_outcome, has_item = self.outcome is not None, self.list.currentItem() is not None
        for button in (self.attach_button, self.link_button):
            button.setEnabled(has_outcome)
        self.copy_box.setEnabled(has_outcome)
        self.open_button.setEnabled(has_item)
        self.remove_button.setEnabled(has_item)

    def current(self) -> AttachmentRow | None:
        item = self.list.currentItem()
        return item.data(ROW) if item is not None else None

    def attach(self, source: str, copy: bool) -> None:
        if self.outcome is None or not source:
            return
        try:
            self.ops.attach(self.outcome.id, source, copy)
        except (DelegationsError, OSError) as exc:
            tell(self, self.tr("Not attached"), str(exc))

    def open_current(self) -> None:
        row = self.current()
        if row is None:
            return
        target = attachment_target(row)
        url = QUrl(target) if row.is_url else QUrl.fromLocalFile(target)
        if not QDesktopServices.openUrl(url):
            tell(self, self.tr("Cannot open"), self.tr("No program could open %1.")
                 .replace("%1", target))
        self.opened.emit(target)

    def remove_current(self) -> None:
        row = self.current()
        if row is not None:
            self.ops.detach(row)

    def _ask_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Attach a file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.attach(path, self.copy_box.isChecked()))
        dialog.open()
        self.file_dialog = dialog

    def _ask_link(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Add a link"))
        dialog.setLabelText(self.tr("Address (URL) of the document:"))
        dialog.textValueSelected.connect(lambda text: self.attach(text.strip(), False))
        dialog.open()
        self.link_dialog = dialog

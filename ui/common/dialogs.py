"""How every dialog opens: focus in its first field, Enter on its default button, and a
size that fits the screen it opens on (long forms scroll instead of growing off-screen).

Qt would otherwise give the focus to the first button in creation order (often Cancel,
when Save is still disabled), so that typing went nowhere and Space discarded the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
           QAbstractItemView)
MARGIN = 48  # room left for the window's frame and title bar


def first_field(dialog: QWidget) -> QWidget | None:
    """The input field nearest the top left (by where it is shown, not by creation)."""
    def place(widget: QWidget) -> tuple[int, int]:
        spot = widget.mapTo(dialog, QPoint(0, 0))
        return spot.y(), spot.x()

    fields = [w for w in dialog.findChildren(QWidget)
              if isinstance(w, _INPUTS) and w.isVisibleTo(dialog) and w.isEnabled()
              and w.focusPolicy() & Qt.FocusPolicy.TabFocus
              and not (isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)) and w.isReadOnly())
              and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))]
    return min(fields, key=place) if fields else None


def settle(dialog: QDialog, default: QAbstractButton | None) -> None:
    """Call from showEvent: Enter means `default` (even while it is still disabled, so Enter
    never means Cancel), and the focus is in the first field."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)
    if isinstance(default, QPushButton):
        default.setDefault(True)
    field = first_field(dialog)
    if field is not None:
        field.setFocus(Qt.FocusReason.TabFocusReason)


def available(widget: QWidget) -> QSize:
    """The room on the screen the widget is on, less the window frame."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size()
    return QSize(room.width() - MARGIN // 2, room.height() - MARGIN)


def fit_to_screen(widget: QWidget) -> None:
    """Shrink a window that would be larger than the screen (its forms scroll)."""
    room = available(widget)
    width = min(widget.width(), room.width())
    height = min(widget.height(), room.height())
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)


def accept_button(dialog: QWidget) -> QAbstractButton | None:
    """The button that accepts the dialog (Save, OK, Import…), if it has one."""
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) in (QDialogButtonBox.ButtonRole.AcceptRole,
                                          QDialogButtonBox.ButtonRole.YesRole):
                return button
    return None


def fit_restored(window: QWidget, size: tuple[int, int]) -> None:
    """A window's first size: `size`, or less on a small screen."""
    room = available(window)
    window.resize(min(size[0], room.width()), min(size[1], room.height()))


class Dialog(QDialog):
    """A dialog that opens ready to type: on the screen, focus in the first field, Enter on
    the accept button (subclasses with another default override `default_button`)."""

    def default_button(self) -> QAbstractButton | None:
        return accept_button(self)

    def showEvent(self, event: QShowEvent) -> None:
        fit_to_screen(self)
        super().showEvent(event)
        settle(self, self.default_button())

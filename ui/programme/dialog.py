"""The frame of the programme's editors: a validated form, Save disabled while invalid,
what the service refuses shown at the field it names, and warnings that do not block."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import DelegationsError, ValidationError
from delegations.validation import Field
from ui.directory.form import ERROR_COLOUR
from ui.labels import label
from ui.programme.form import ProgrammeForm

Commit = Callable[[dict[str, Any]], Any]
WARNING_COLOUR = "#8a5300"


class CheckField(QCheckBox):
    """A yes/no field for ProgrammeForm."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(lambda _on: self.changed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class ProgrammeDialog(QDialog):
    """Subclasses add their fields to `self.form`; `commit(values)` does the saving."""

    def __init__(self, spec: Mapping[str, Field], commit: Commit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self.result_value: Any = None
        self.form = ProgrammeForm(spec, self)
        self.banner = self._note(ERROR_COLOUR)
        self.warnings = self._note(WARNING_COLOUR)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form.validity_changed.connect(self.save_button.setEnabled)
        self._lay_out()

    def _note(self, colour: str) -> QLabel:
        note = QLabel(self)
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {colour};")
        note.hide()
        return note

    def _lay_out(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)

    def line(self, placeholder: str = "", letters: int = 0) -> QLineEdit:
        edit = QLineEdit(self.form)
        edit.setPlaceholderText(placeholder)
        if letters:
            edit.setMaximumWidth(QFontMetrics(edit.font()).horizontalAdvance("M" * letters) + 16)
        return edit

    def text_box(self, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self.form)
        edit.setTabChangesFocus(True)
        height = QFontMetrics(edit.font()).lineSpacing() * lines + 14
        edit.setFixedHeight(height)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return edit

    def choice(self, values: list[Any]) -> QComboBox:
        """A fixed list of enum values, shown by their translated names."""
        combo = QComboBox(self.form)
        for value in values:
            combo.addItem(label(value), str(value))
        return combo

    def load(self, values: Mapping[str, Any], new: bool) -> None:
        self.form.set_values(values, show_errors=not new)
        for widget in self.form.fields.values():
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # a long title shows its beginning
        self.save_button.setEnabled(self.form.is_valid())

    def values(self) -> dict[str, Any]:
        return self.form.values()

    def show_warnings(self, messages: list[str]) -> None:
        """Problems that do not stop saving (the trip's conflict checks)."""
        self.warnings.setText("\n".join(f"⚠ {m}" for m in messages))
        self.warnings.setVisible(bool(messages))

    def save(self) -> None:
        """Check every field, then let the service try; its refusal is shown, not lost."""
        if not self.form.check_all():
            self._focus_first_error()
            return
        try:
            self.result_value = self._commit(self.values())
        except ValidationError as exc:
            if exc.field in self.form.fields:
                self.form.mark(exc.field, exc.message())
                self._focus_first_error()
            else:
                self._show_banner(exc.message())
            return
        except DelegationsError as exc:
            self._show_banner(str(exc))
            return
        self.accept()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _focus_first_error(self) -> None:
        widget = self.form.first_invalid()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_button.setEnabled(self.form.is_valid())

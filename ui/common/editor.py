"""The frame every directory editor shares: a validated form, Save disabled while invalid,
and what the service refuses shown at the field it names (the dialog stays open)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import DelegationsError, ValidationError
from delegations.validation import Field
from ui.common.colours import error_colour
from ui.common.dialogs import Dialog
from ui.common.form import ValidatedForm

Commit = Callable[[dict[str, Any]], Any]


class EditorDialog(Dialog):
    """Subclasses add their fields to `self.form`; `commit(values)` does the saving."""

    FORM: type[ValidatedForm] = ValidatedForm

    def __init__(self, spec: Mapping[str, Field], commit: Commit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self.result_value: Any = None
        self.form = self.FORM(spec, self)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {error_colour().name()};")
        self.banner.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form.validity_changed.connect(self.save_button.setEnabled)
        self._lay_out()

    def _lay_out(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def default_button(self) -> QAbstractButton:
        return self.save_button

    def warning_line(self, colour: QColor) -> QLabel:
        """A warning that appears while typing without moving anything: above the buttons,
        its room (two lines) kept while it is hidden, so no field moves under the mouse."""
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {colour.name()};")
        label.setMinimumHeight(QFontMetrics(label.font()).lineSpacing() * 2 + 4)
        policy = label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        label.setSizePolicy(policy)
        label.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.buttons), label)
        return label

    def line(self, placeholder: str = "", letters: int = 0) -> QLineEdit:
        """A one-line field; with `letters`, about that wide instead of the full width."""
        edit = QLineEdit(self.form)
        edit.setPlaceholderText(placeholder)
        if letters:
            edit.setMaximumWidth(QFontMetrics(edit.font()).horizontalAdvance("M" * letters) + 16)
        return edit

    def new_button(self, text: str) -> QPushButton:
        """A 'New …' button for beside a picker, hidden until someone offers that
        (ui.common.new_record)."""
        button = QPushButton(text, self.form)
        button.setAutoDefault(False)
        button.hide()
        return button

    def text_box(self, lines: int) -> QPlainTextEdit:
        """A multi-line field about `lines` lines high; Tab moves on, as in the other fields."""
        edit = QPlainTextEdit(self.form)
        edit.setTabChangesFocus(True)
        height = QFontMetrics(edit.font()).lineSpacing() * lines + 14
        edit.setMinimumHeight(height)
        if lines <= 3:  # a short note keeps its size; longer texts take the room there is
            edit.setFixedHeight(height)
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return edit

    def load(self, values: Mapping[str, Any], new: bool) -> None:
        """Show the record; a new one keeps 'is required' quiet until the user types."""
        self.form.set_values(values, show_errors=not new)
        self.save_button.setEnabled(self.form.is_valid())

    def values(self) -> dict[str, Any]:
        return self.form.values()

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
                self._show_banner(self._unplaced(exc))
            return
        except DelegationsError as exc:
            self._show_banner(str(exc))
            return
        self.accept()

    def _unplaced(self, exc: ValidationError) -> str:
        """What to say of a refusal naming a field this form does not have."""
        return str(exc)

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _focus_first_error(self) -> None:
        widget = self.form.first_invalid()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_button.setEnabled(self.form.is_valid())

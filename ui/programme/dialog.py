"""The frame of the programme's editors: a validated form, Save disabled while invalid,
what the service refuses shown at the field it names, and warnings that do not block."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from delegations.errors import ValidationError
from delegations.validation import Field
from ui.common.colours import warning_colour
from ui.common.editor import Commit, EditorDialog
from ui.labels import label
from ui.programme.form import ProgrammeForm

__all__ = ["CheckField", "Commit", "ProgrammeDialog"]


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


class ProgrammeDialog(EditorDialog):
    """The directory's editor frame with a programme form and non-blocking warnings."""

    FORM = ProgrammeForm
    form: ProgrammeForm  # made from FORM by EditorDialog

    def __init__(self, spec: Mapping[str, Field], commit: Commit,
                 parent: QWidget | None = None) -> None:
        super().__init__(spec, commit, parent)
        self.warnings = self.warning_line(warning_colour())

    def text_box(self, lines: int) -> QPlainTextEdit:
        """A multi-line field of a fixed `lines` lines: the editors are long already."""
        edit = super().text_box(lines)
        edit.setFixedHeight(edit.minimumHeight())
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return edit

    def choice(self, values: list[Any]) -> QComboBox:
        """A fixed list of enum values, shown by their translated names."""
        combo = QComboBox(self.form)
        for value in values:
            combo.addItem(label(value), str(value))
        return combo

    def load(self, values: Mapping[str, Any], new: bool) -> None:
        super().load(values, new)
        for widget in self.form.fields.values():
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # a long title shows its beginning

    def show_warnings(self, messages: list[str]) -> None:
        """Problems that do not stop saving (the trip's conflict checks)."""
        self.warnings.setText("\n".join(f"⚠ {m}" for m in messages))
        self.warnings.setVisible(bool(messages))

    def _unplaced(self, exc: ValidationError) -> str:
        return exc.message()

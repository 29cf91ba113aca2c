"""A form whose rules live in the core: each field is checked with the core's cleaner and
an error is shown at the field itself (red frame, the core's sentence underneath).

The widgets keep whatever the user typed; only the marks come and go. A field may have a
reader that turns its text into the core's spelling first (an amount typed in the
interface's number style): the check and the values both go through it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import ValidationError
from delegations.validation import Field, clean
from ui.common.colours import form_style
from ui.common.dates import DateEdit
from ui.common.search_combo import SearchCombo
from ui.widgets import muted_color


def read(widget: QWidget) -> Any:
    """What a field widget holds, as the core's cleaners take it (a date as ISO text)."""
    if isinstance(widget, DateEdit):
        day = widget.value()
        return day.isoformat() if day else ""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        chosen = isinstance(widget, SearchCombo) or not widget.isEditable()
        return widget.currentData() if chosen else widget.currentText()
    raise TypeError(f"no value for {type(widget).__name__}")


def write(widget: QWidget, value: Any) -> None:
    """Show a stored value in a field widget."""
    if isinstance(widget, DateEdit):
        widget.set_value(value)
        return
    if isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, SearchCombo):
        widget.choose(value)
    elif isinstance(widget, QComboBox) and widget.isEditable():
        widget.setCurrentText(value or "")
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0))


def changed_signal(widget: QWidget) -> Any:
    if isinstance(widget, DateEdit):
        return widget.dateChanged
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    assert isinstance(widget, QComboBox)
    if widget.isEditable() and not isinstance(widget, SearchCombo):
        return widget.currentTextChanged
    return widget.currentIndexChanged


class ValidatedForm(QWidget):
    """Labelled fields by exchange name; `validity_changed(bool)` follows the marks."""

    validity_changed = Signal(bool)

    def __init__(self, spec: Mapping[str, Field], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = spec
        self.fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._messages: dict[str, str] = {}  # every error, shown or not yet
        self._touched: set[str] = set()
        self._readers: dict[str, Callable[[Any], Any]] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setStyleSheet(form_style(self.palette()))

    def add(self, name: str, caption: str, widget: QWidget, hint: str = "",
            reader: Callable[[Any], Any] | None = None,
            beside: QWidget | None = None) -> QWidget:
        """A row: caption, the widget (and a button `beside` it), and room for its error
        (and a hint) below it.

        `reader` turns what the widget holds into what the core takes, raising
        ValidationError for what it cannot read.
        """
        if reader is not None:
            self._readers[name] = reader
        natural = isinstance(widget, QComboBox | DateEdit)
        cell, error = field_cell(widget, hint, self, natural=natural, beside=beside)
        caption_label = _caption(caption, widget, self)
        widget.setAccessibleName(caption.replace("&", "").rstrip(":"))
        self.layout_.addRow(caption_label, cell)
        self.fields[name], self._errors[name] = widget, error
        changed_signal(widget).connect(lambda *_: self._touch(name))
        return widget

    def value(self, name: str) -> Any:
        """A field's value as the core takes it; raises ValidationError if unreadable."""
        raw = read(self.fields[name])
        reader = self._readers.get(name)
        return raw if reader is None else reader(raw)

    def values(self) -> dict[str, Any]:
        """Every field's value; an unreadable one as typed (its field is marked)."""
        return {name: self._value_or_text(name) for name in self.fields}

    def _value_or_text(self, name: str) -> Any:
        try:
            return self.value(name)
        except ValidationError:
            return read(self.fields[name])

    def set_values(self, values: Mapping[str, Any], show_errors: bool = True) -> None:
        """Fill the fields; a new, empty form keeps its errors quiet until touched."""
        for name, value in values.items():
            if name in self.fields:
                write(self.fields[name], value)
        self._touched.clear()
        self.check_all(show_errors)

    def is_valid(self) -> bool:
        return not self._messages

    def check(self, name: str, show: bool = True) -> bool:
        """Run the core's rule for one field and mark or clear it."""
        rule = self._spec.get(name)
        message = ""
        try:
            value = self.value(name)
            if rule is not None:
                clean({name: rule}, {name: value})
        except ValidationError as exc:
            message = _sentence(exc.message())
        self._set(name, message, show or name in self._touched)
        return not message

    def check_all(self, show: bool = True) -> bool:
        return all([self.check(name, show) for name in self.fields])

    def mark(self, name: str, message: str) -> None:
        """Frame the field in red and say why under it (the text stays as typed)."""
        self._set(name, _sentence(message), True)

    def message(self, name: str) -> str:
        """The error shown at a field ('' when it is fine or not shown yet)."""
        return self._errors[name].text() if self._errors[name].isVisibleTo(self) else ""

    def first_invalid(self) -> QWidget | None:
        return next((self.fields[n] for n in self.fields if n in self._messages), None)

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self.check(name)

    def _set(self, name: str, message: str, show: bool) -> None:
        before = self.is_valid()
        if message:
            self._messages[name] = message
        else:
            self._messages.pop(name, None)
        self._set_look(name, message if show else "")
        if before != self.is_valid():
            self.validity_changed.emit(self.is_valid())

    def _set_look(self, name: str, message: str) -> None:
        error = self._errors[name]
        show_problem(self.fields[name], message)
        error.setText(message)
        error.setVisible(bool(message))


def show_problem(widget: QWidget, message: str) -> None:
    """Mark a field invalid (the style sheet frames it red) with `message` as its tooltip
    and accessible description; an empty message clears the mark."""
    if bool(widget.property("invalid")) != bool(message):
        widget.setProperty("invalid", bool(message))
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    widget.setToolTip(message)
    widget.setAccessibleDescription(message)


def _caption(text: str, field: QWidget, parent: QWidget) -> QLabel:
    """The field's label, level with the field's first line (the row may hold an error)."""
    label = QLabel(text, parent)
    label.setBuddy(field)
    if isinstance(field, QPlainTextEdit):
        label.setContentsMargins(0, 4, 0, 0)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    else:
        label.setMinimumHeight(field.sizeHint().height())
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label


def _sentence(text: str) -> str:
    """The core's message as it stands alone under a field ('Unknown time zone …')."""
    return text[:1].upper() + text[1:]


def field_cell(widget: QWidget, hint: str, parent: QWidget, *, natural: bool,
               stretch: bool = False, beside: QWidget | None = None) -> tuple[QWidget, QLabel]:
    """The field's cell in a form: the widget, its (hidden) error line and a hint below.
    A `natural` widget is as wide as its contents (a combo box), not the whole row."""
    cell = QWidget(parent)
    vertical = QSizePolicy.Policy.Preferred if stretch else widget.sizePolicy().verticalPolicy()
    cell.setSizePolicy(QSizePolicy.Policy.Expanding, vertical)
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if beside is None:
        column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if natural else Qt.AlignmentFlag(0))
    else:
        line = QHBoxLayout()
        line.addWidget(widget, 0 if natural else 1)
        line.addWidget(beside)
        line.addStretch(1 if natural else 0)
        column.addLayout(line)
    error = QLabel(cell)
    error.setProperty("role", "field-error")
    error.setWordWrap(True)
    error.hide()
    column.addWidget(error)
    if hint:
        column.addWidget(hint_label(hint, cell))
    if stretch:
        column.addStretch(1)
    return cell, error


def hint_label(text: str, parent: QWidget) -> QLabel:
    """A quiet line of help under a field."""
    hint = QLabel(text, parent)
    hint.setWordWrap(True)
    hint.setStyleSheet(f"color: {muted_color(hint.palette()).name()};")
    return hint

"""The directory's validated form, taught the programme's own field widgets.

A custom field has `value()`, `set_value()` and a `changed` signal; its rule is a
function of all the form's values (start and end depend on each other and on the zone).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from delegations.errors import ValidationError
from delegations.validation import Field
from ui.common.form import ValidatedForm, read

Rule = Callable[[Mapping[str, Any]], str]


class Custom(Protocol):
    def value(self) -> Any: ...
    def set_value(self, value: Any) -> None: ...


def field_message(check: Callable[[], Any], field: str) -> str:
    """The core's message when `check` refuses because of `field` ('' otherwise)."""
    try:
        check()
    except ValidationError as exc:
        return exc.message() if exc.field == field else ""
    return ""


class ProgrammeForm(ValidatedForm):
    """ValidatedForm plus fields of any widget with a value and a `changed` signal;
    `edited(name)` after the user changed a field."""

    edited = Signal(str)

    def __init__(self, spec: Mapping[str, Field], parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._custom: dict[str, Rule | None] = {}
        self.depends: dict[str, tuple[str, ...]] = {}

    def add_widget(self, name: str, caption: str, widget: QWidget, rule: Rule | None = None,
                   ) -> QWidget:
        """A row for a custom field; `rule(values)` returns its message or ''."""
        cell = QWidget(self)
        cell.setSizePolicy(QSizePolicy.Policy.Expanding, widget.sizePolicy().verticalPolicy())
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(cell)
        error.setProperty("role", "field-error")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        caption_label = QLabel(caption, self)
        caption_label.setBuddy(widget)
        caption_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        caption_label.setContentsMargins(0, 4, 0, 0)
        widget.setAccessibleName(caption.replace("&", "").rstrip(":"))
        self.layout_.addRow(caption_label, cell)
        self.fields[name], self._errors[name] = widget, error
        self._custom[name] = rule
        widget.changed.connect(lambda *_: self._touch(name))  # type: ignore[attr-defined]
        return widget

    def values(self) -> dict[str, Any]:
        out = {}
        for name, widget in self.fields.items():
            out[name] = (widget.value() if name in self._custom  # type: ignore[attr-defined]
                         else read(widget))
        return out

    def set_values(self, values: Mapping[str, Any], show_errors: bool = True) -> None:
        for name, value in values.items():
            if name in self._custom:
                self.fields[name].set_value(value)  # type: ignore[attr-defined]
        super().set_values({k: v for k, v in values.items() if k not in self._custom},
                           show_errors)

    def check(self, name: str, show: bool = True) -> bool:
        if name not in self._custom:
            return super().check(name, show)
        rule = self._custom[name]
        message = rule(self.values()) if rule is not None else ""
        self._set(name, message[:1].upper() + message[1:], show or name in self._touched)
        return not message

    def _touch(self, name: str) -> None:
        super()._touch(name)
        for other in self.depends.get(name, ()):
            self.check(other)
        self.edited.emit(name)

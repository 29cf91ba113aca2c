"""The fields of a trip, shared by the New-trip dialog and the Overview tab.

Each field is checked with the core's rule as it is typed; a problem is shown at the
field (red frame, the core's sentence underneath) and the typed value stays. Values are
read in exchange spelling (`start`, `budget`, `destinations` as ids), as the services take
them; the budget is shown and typed in the interface's number style ('68.500,00').
"""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from delegations.enums import TripKind, TripStatus
from delegations.errors import ValidationError
from delegations.money import plain
from delegations.services.dto import TripDetail
from delegations.validation import TRIP, check_dates, clean, money
from ui.common.colours import form_style
from ui.common.dates import DateEdit
from ui.common.form import field_cell, show_problem
from ui.formatting import amount_text, parse_amount
from ui.labels import label
from ui.trip_window.pickers import DestinationPicker, GoalPicker

DATES = ("start", "end")
AMOUNTS = ("budget",)

W = TypeVar("W", bound=QWidget)


def stored_values(trip: TripDetail) -> dict[str, Any]:
    """A trip's fields as the form shows them."""
    return {
        "title": trip.title, "ref": trip.ref, "kind": trip.kind.value,
        "status": trip.status.value, "start": trip.start, "end": trip.end,
        "destinations": [c.id for c in trip.destinations], "purpose": trip.purpose,
        "objectives": trip.objectives, "language": trip.language,
        "capacity": "" if trip.capacity is None else str(trip.capacity),
        "budget": plain(trip.budget_cents), "funding_source": trip.funding_source,
        "goals": [g.id for g in trip.goals], "notes": trip.notes,
    }


def cleaned(name: str, value: Any) -> Any:
    """The value as the core would store it (to tell a real change from a re-typing)."""
    if name in TRIP:
        return next(iter(clean({name: TRIP[name]}, {name: value}).values()))
    return value


class TripForm(QObject):
    """Makes the field widgets and their error labels; the caller places the rows.

    `edited(name)` when the user finished editing a field; `validity_changed(bool)`.
    """

    edited = Signal(str)
    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._problems: dict[str, str] = {}
        self._loading = False
        parent.setStyleSheet(form_style(parent.palette()))

    # ------------------------------------------------------------------ building

    def make(self, name: str) -> QWidget:
        """The widget for one field (made once), wired for checking and `edited`."""
        if name not in self.fields:
            widget = self._widget(name)
            widget.setObjectName(name)
            self.fields[name] = widget
            self._wire(name, widget)
        return self.fields[name]

    def field(self, name: str, kind: type[W]) -> W:
        """The widget of field `name`, which is a `kind` (a date edit, a picker…)."""
        widget = self.make(name)
        if not isinstance(widget, kind):
            raise TypeError(f"{name} is a {type(widget).__name__}, not a {kind.__name__}")
        return widget

    def _widget(self, name: str) -> QWidget:
        parent = self._parent
        if name in ("kind", "status", "language"):
            return self._combo(name)
        if name in DATES:
            return DateEdit(parent)
        if name in ("purpose", "objectives", "notes"):
            return _text_box(parent, 4)
        if name == "destinations":
            return DestinationPicker(parent)
        if name == "goals":
            return GoalPicker(parent)
        line = QLineEdit(parent)
        if name in ("capacity", "budget"):
            line.setMaximumWidth(QFontMetrics(line.font()).horizontalAdvance("0" * 14) + 16)
            line.setAlignment(Qt.AlignmentFlag.AlignRight)
        if name == "capacity":
            line.setPlaceholderText(self.tr("no limit"))
        return line

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self._parent)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if name == "kind":
            for kind in TripKind:
                combo.addItem(label(kind), kind.value)
        elif name == "status":
            for status in TripStatus:
                combo.addItem(label(status), status.value)
        else:
            combo.addItem(self.tr("German"), "de")
            combo.addItem(self.tr("English"), "en")
        return combo

    def _wire(self, name: str, widget: QWidget) -> None:
        def finished(*_: object) -> None:
            if not self._loading:
                self.edited.emit(name)

        def typed(*_: object) -> None:
            if not self._loading:
                self.check(name)

        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(typed)
            widget.editingFinished.connect(finished)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(typed)
            widget.editingFinished.connect(finished)
            # A day picked in the calendar pop-up is a finished edit (no keyboard focus).
            widget.dateChanged.connect(lambda *_: None if widget.hasFocus() else finished())
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(typed)
            widget.installEventFilter(self)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(finished)
        elif isinstance(widget, DestinationPicker | GoalPicker):
            widget.changed.connect(finished)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A text box has finished editing when the focus leaves it."""
        if event.type() == QEvent.Type.FocusOut and not self._loading:
            name = watched.objectName()
            if name in self.fields and self.fields[name] is watched:
                self.edited.emit(name)
        return super().eventFilter(watched, event)

    def row(self, layout: QFormLayout, name: str, caption: str, hint: str = "") -> QWidget:
        """Place a field with its caption and room for its error below it."""
        widget = self.make(name)
        cell, error = field_cell(widget, hint, self._parent, stretch=True,
                                 natural=isinstance(widget, QComboBox | QDateEdit))
        caption_label = QLabel(caption, self._parent)
        caption_label.setBuddy(widget)
        if isinstance(widget, QPlainTextEdit | GoalPicker | DestinationPicker):
            caption_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            caption_label.setContentsMargins(0, 4, 0, 0)
        else:
            caption_label.setMinimumHeight(widget.sizeHint().height())
        widget.setAccessibleName(caption.replace("&", "").rstrip(":"))
        layout.addRow(caption_label, cell)
        self.errors[name] = error
        return widget

    # ------------------------------------------------------------------ values

    def value(self, name: str) -> Any:
        """A field's value in exchange spelling; raises ValidationError for a bad amount."""
        widget = self.fields[name]
        if name in AMOUNTS:
            assert isinstance(widget, QLineEdit)
            return parse_amount(widget.text())
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QDateEdit):
            return widget.date().toPython()
        assert isinstance(widget, DestinationPicker | GoalPicker)
        return widget.ids()

    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self.fields}

    def _shown(self, name: str, value: Any) -> Any:
        """An amount in the exchange spelling as the field shows it ('68.500,00')."""
        if name in AMOUNTS and value not in (None, ""):
            return amount_text(money(value, name))
        return value

    def set_value(self, name: str, value: Any) -> None:
        """Show a value without it counting as the user's edit."""
        widget, value = self.fields[name], self._shown(name, value)
        self._loading = True
        try:
            if isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
            elif isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != (value or ""):
                    widget.setPlainText(value or "")
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QDateEdit):
                widget.setDate(QDate(value.year, value.month, value.day)
                               if isinstance(value, date) else value)
            elif isinstance(widget, DestinationPicker | GoalPicker):
                widget.set_ids(value)
        finally:
            self._loading = False

    # ------------------------------------------------------------------ checking

    def problem(self, name: str) -> str:
        """What is wrong with a field as typed ('' when it is fine), in the core's words."""
        try:
            if name in DATES:
                values = {d: self.value(d) for d in DATES if d in self.fields}
                check_dates(values.get("start"), values.get("end"))
            cleaned(name, self.value(name))
        except ValidationError as exc:
            return _sentence(exc.message())
        return ""

    def check(self, name: str) -> bool:
        """Mark or clear a field; a date range is marked at the date just changed."""
        message = self.problem(name)
        if name in DATES:
            for other in DATES:
                if other != name and other in self.fields and self._problems.get(other):
                    self._set(other, "")
        self._set(name, message)
        return not message

    def check_all(self) -> bool:
        return all([self.check(name) for name in self.fields])

    def mark(self, name: str, message: str) -> None:
        """Show a refusal of the service at its field (the value stays as typed)."""
        self._set(name, _sentence(message))

    def message(self, name: str) -> str:
        return self._problems.get(name, "")

    def is_valid(self) -> bool:
        return not self._problems

    def _set(self, name: str, message: str) -> None:
        before = self.is_valid()
        if message:
            self._problems[name] = message
        else:
            self._problems.pop(name, None)
        show_problem(self.fields[name], message)
        if name in self.errors:
            self.errors[name].setText(message)
            self.errors[name].setVisible(bool(message))
        if before != self.is_valid():
            self.validity_changed.emit(self.is_valid())


def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    """A few lines of text; Tab moves on, as in the other fields."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(QFontMetrics(edit.font()).lineSpacing() * lines + 14)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]

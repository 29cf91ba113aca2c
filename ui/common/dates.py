"""The one way to enter a date or a clock time in every dialog: the interface language's
short format (four-digit years), a calendar pop-up, digits typed straight away, and
"+N" for N days from today ("+1" is tomorrow). An optional date may be left empty.

Dates and clock times are edited apart, never as a QDateTime: Qt would read those in the
computer's own zone, while a programme item happens in the zone of its place.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QTimeEdit, QWidget

from ui.formatting import date_format, short_date

__all__ = ["NO_DATE", "TIME_FORMAT", "DateEdit", "TimeEdit", "date_format", "date_text"]

#: The day shown while an optional date is empty (Qt's date edits always hold one).
NO_DATE = QDate(1900, 1, 1)
TIME_FORMAT = "HH:mm"  # 24-hour wall time, as every list and document shows it


def date_text(day: date | None) -> str:
    """A date as the date fields and every list show it; '' for none."""
    return short_date(day) if day is not None else ""


def _type_from_start(edit: QDateEdit | QTimeEdit) -> None:
    """Typing replaces the field from its first part on, without choosing a section."""
    edit.setSelectedSection(edit.sectionAt(0))


class DateEdit(QDateEdit):
    """A calendar date; `optional` ones may be emptied (Delete) and then read as None."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self._days: str | None = None  # the digits typed after "+", while typing them
        self._fresh = True  # just entered: the first digit starts the date afresh
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setToolTip(self.tr("Type the date or +1 for tomorrow, +7 for a week from today"))
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText(" ")  # shown for NO_DATE: an empty field
            self.setDate(NO_DATE)
        else:
            self.setDate(QDate.currentDate())

    def value(self) -> date | None:
        """The date shown; None when an optional date is empty."""
        day = self.date()
        if self.optional and day == NO_DATE:
            return None
        return date(day.year(), day.month(), day.day())

    def set_value(self, day: date | str | None) -> None:
        """Show a date (ISO text is read); None or '' empties an optional field."""
        if isinstance(day, str):
            day = date.fromisoformat(day) if day else None
        if day is None:
            self.setDate(NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(day.year, day.month, day.day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """'+' then digits: that many days from today; Delete (or Backspace over the whole
        text) empties an optional date."""
        text = event.text()
        if text == "+" or (self._days is not None and text.isdigit()):
            self._days = "" if text == "+" else self._days + text  # type: ignore[operator]
            self.setDate(QDate.currentDate().addDays(int(self._days or "1")))
            event.accept()
            return
        self._days = None
        if self.optional and (event.key() == Qt.Key.Key_Delete or (
                event.key() == Qt.Key.Key_Backspace
                and self.lineEdit().selectedText() == self.lineEdit().text())):
            self.setDate(NO_DATE)
            event.accept()
            return
        if text.isdigit() and (self._fresh or self.date() == NO_DATE):
            if self.date() == NO_DATE:
                self.setDate(QDate.currentDate())  # start from today's date, typed over
            _type_from_start(self)
        self._fresh = False
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._days = None
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._fresh = True
            _type_from_start(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click puts the cursor where it was clicked, yet digits start the date; the
        calendar of an empty date opens at today's month."""
        if self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        super().mousePressEvent(event)
        self._fresh = True


class TimeEdit(QTimeEdit):
    """A 24-hour wall-clock time; typing starts at the hour whatever was clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(TIME_FORMAT)
        self.setTime(QTime(9, 0))
        self._fresh = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text().isdigit() and self._fresh:
            _type_from_start(self)
        self._fresh = False
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._fresh = True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._fresh = True

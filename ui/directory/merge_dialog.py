"""Merge two contacts who are one person: which record stays, and whose value each field keeps.

The core moves every meeting, delegation, follow-up and gift to the record kept; this
dialog only collects the choices.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import DelegationsError
from delegations.services.dto import ContactRow
from delegations.services.duplicates import MERGE_FIELDS
from ui.common.dialogs import Dialog
from ui.common.messages import tell
from ui.widgets import muted_color

Merge = Callable[[int, int, dict[str, str]], object]
A, B = 0, 1


class MergeDialog(Dialog):
    """`merge(keep_id, other_id, choices)` runs when the user confirms."""

    def __init__(self, first: ContactRow, second: ContactRow, merge: Merge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people, self._merge = (first, second), merge
        self.setWindowTitle(self.tr("Merge Contacts"))
        self.keep = QButtonGroup(self)
        self.fields: dict[str, QButtonGroup] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro())
        layout.addWidget(self._scrolled(self._grid()), 1)
        layout.addWidget(self.buttons)
        self.resize(900, 560)

    def _intro(self) -> QLabel:
        intro = QLabel(self.tr(
            "Choose the record to keep and, where the two differ, which value to keep. "
            "Meetings, delegations, follow-ups and gifts of the other record will name the "
            "kept one. Edit ▸ Undo takes the merge back."), self)
        intro.setWordWrap(True)
        return intro

    def _scrolled(self, grid: QGridLayout) -> QScrollArea:
        """The choices scroll on a small screen; the buttons stay in view."""
        inner = QWidget(self)
        box = QVBoxLayout(inner)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(grid)
        box.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        return scroll

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(QLabel(self.tr("Keep the record of"), self), 0, 0)
        for side, person in enumerate(self._people):
            radio = QRadioButton(person.name, self)
            radio.setChecked(side == A)
            self.keep.addButton(radio, side)
            grid.addWidget(radio, 0, side + 1)
        for line, field in enumerate(MERGE_FIELDS, start=1):
            self._field_row(grid, line, field)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return grid

    def _field_row(self, grid: QGridLayout, line: int, field: str) -> None:
        caption = QLabel(self._caption(field), self)
        caption.setStyleSheet(f"color: {muted_color(self.palette()).name()};")
        grid.addWidget(caption, line, 0)
        values = [self._value(p, field) for p in self._people]
        if values[A] == values[B]:
            same = QLabel(_short(values[A]) or "—", self)
            same.setToolTip(values[A])
            grid.addWidget(same, line, 1, 1, 2)
            return
        group = QButtonGroup(self)
        for side, value in enumerate(values):
            radio = QRadioButton(_short(value) or self.tr("(empty)"), self)
            radio.setToolTip(value)
            radio.setChecked(side == (A if values[A] or not values[B] else B))
            group.addButton(radio, side)
            grid.addWidget(radio, line, side + 1)
        self.fields[field] = group

    def _caption(self, field: str) -> str:
        captions = {
            "name": self.tr("Name"), "honorific": self.tr("Honorific"),
            "title": self.tr("Title"), "function": self.tr("Function"),
            "organisation": self.tr("Organisation"), "city": self.tr("City"),
            "email": self.tr("E-mail"), "phone": self.tr("Phone"),
            "languages": self.tr("Languages"), "address_form": self.tr("Form of address"),
            "bio": self.tr("Short biography"), "notes": self.tr("Notes")}
        return captions.get(field, field)

    @staticmethod
    def _value(person: ContactRow, field: str) -> str:
        return person.city_name if field == "city" else str(getattr(person, field) or "")

    def choose(self, field: str, side: int) -> None:
        self.fields[field].button(side).setChecked(True)

    def choices(self) -> tuple[int, int, dict[str, str]]:
        """(kept id, other id, field → 'keep' or 'other') as the core's merge takes them."""
        kept = self.keep.checkedId()
        chosen = {field: "keep" if group.checkedId() == kept else "other"
                  for field, group in self.fields.items()}
        return self._people[kept].id, self._people[1 - kept].id, chosen

    def save(self) -> None:
        """Merge; should the core refuse (one was deleted meanwhile), say so and stay."""
        try:
            self._merge(*self.choices())
        except DelegationsError as exc:
            tell(self, self.tr("Contacts not merged"), str(exc))
            return
        self.accept()


def _short(text: str, limit: int = 40) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"

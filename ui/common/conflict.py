"""The one question every editor asks when another planner changed the record since it
was opened: show their version, keep mine, or merge field by field.

The core refuses such a save with ConflictError (delegations.services.versions); this
asks what to do and, for a merge, which value of each differing field to keep.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import ConflictError
from ui.common.dialogs import Dialog
from ui.common.messages import choose

SHORT = 40  # letters of a value shown; the whole value is its tooltip

Describe = Callable[[str, Any], str]


def question(exc: ConflictError) -> str:
    """'This record was changed by A. Jensen at 10:42 since you opened it.'"""
    if exc.actor and exc.at is not None:
        text = QCoreApplication.translate("Conflict",
                                          "This record was changed by %1 at %2 since you "
                                          "opened it.")
        return text.replace("%1", exc.actor).replace(
            "%2", exc.at.astimezone().strftime("%H:%M"))
    return QCoreApplication.translate("Conflict",
                                      "This record was changed elsewhere since you opened it.")


def differing(mine: Mapping[str, Any], theirs: Mapping[str, Any],
              names: Mapping[str, str]) -> list[str]:
    """The fields (of `names`) whose values differ, in the order of `names`."""
    return [name for name in names if _plain(mine.get(name)) != _plain(theirs.get(name))]


def _plain(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def resolve(parent: QWidget, exc: ConflictError, *, show_theirs: Callable[[], object],
            keep_mine: Callable[[], object], merge: Callable[[], object] | None = None,
            text: str = "") -> None:
    """Ask (`text`, or what `question` says): their version, mine, or (when `merge` is
    given) field by field."""
    choices = [(QCoreApplication.translate("Conflict", "Show Their Version"), show_theirs),
               (QCoreApplication.translate("Conflict", "Keep Mine"), keep_mine)]
    if merge is not None:
        choices.append((QCoreApplication.translate("Conflict", "Merge Field by Field…"), merge))
    title = QCoreApplication.translate("Conflict", "Changed by Someone Else")
    choose(parent, title, text or question(exc), choices)


class MergeFields(Dialog):
    """One row per differing field: its name, my value, their value; the user picks one
    of each. Fields only they changed start on theirs, the others on mine."""

    def __init__(self, fields: list[tuple[str, str]], mine: Mapping[str, Any],
                 theirs: Mapping[str, Any], describe: Describe, parent: QWidget,
                 *, theirs_first: frozenset[str] = frozenset()) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Conflict", "Merge Field by Field"))
        self.mine, self.theirs = dict(mine), dict(theirs)
        self.groups: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(QCoreApplication.translate("Conflict", "<b>Mine</b>"), self), 0, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("Conflict", "<b>Theirs</b>"), self), 0, 2)
        for row, (name, caption) in enumerate(fields, start=1):
            grid.addWidget(QLabel(caption, self), row, 0)
            pair = (self._option(describe(name, mine.get(name))),
                    self._option(describe(name, theirs.get(name))))
            group = QButtonGroup(self)
            for column, button in enumerate(pair, start=1):
                group.addButton(button)
                grid.addWidget(button, row, column)
            pair[1 if name in theirs_first else 0].setChecked(True)
            self.groups[name] = pair
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(QCoreApplication.translate(
            "Conflict", "Choose which value of each field to keep."), self))
        layout.addLayout(grid)
        layout.addWidget(self.buttons)

    def _option(self, text: str) -> QRadioButton:
        shown = text if len(text) <= SHORT else text[:SHORT - 1] + "…"
        button = QRadioButton(shown.replace("&", "&&").replace("\n", " ") or "—", self)
        button.setToolTip(text)
        return button

    def default_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def choose(self, name: str, theirs: bool) -> None:
        """Pick a field's value (as a click on it would)."""
        self.groups[name][1 if theirs else 0].setChecked(True)

    def merged(self) -> dict[str, Any]:
        """My values with the fields set to theirs where theirs was picked."""
        out = dict(self.mine)
        for name, (_mine, theirs) in self.groups.items():
            if theirs.isChecked():
                out[name] = self.theirs.get(name)
        return out

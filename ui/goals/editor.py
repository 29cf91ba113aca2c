"""The goal editor: reference, level, code, names in both languages and the description,
each checked at the field by the core's rules."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from delegations.enums import GoalKind
from delegations.validation import GOAL
from ui.common.editor import Commit, EditorDialog
from ui.labels import label

EMPTY_GOAL = {"ref": "", "kind": "other", "code": "", "name": "", "name_en": "",
              "description": ""}


class GoalEditor(EditorDialog):
    """Edits one goal; `commit(values)` saves (through the undo history). A new goal
    without a reference gets one made from its code or name."""

    def __init__(self, commit: Commit, values: Mapping[str, Any] | None = None,
                 where: str = "", parent: QWidget | None = None) -> None:
        # A new goal may leave its reference empty: the service then makes one.
        spec = GOAL if values is not None else {k: v for k, v in GOAL.items() if k != "ref"}
        super().__init__(spec, commit, parent)
        new = values is None
        self.setWindowTitle(self.tr("New Goal") if new else self.tr("Edit Goal"))
        self._add_fields(where)
        self.load(values or EMPTY_GOAL, new)
        self.resize(620, 600)

    def _add_fields(self, where: str) -> None:
        form = self.form
        form.add("name", self.tr("&Name:"), self.line(self.tr("e.g. Klimaschutzstadt")),
                 where)
        form.add("name_en", self.tr("English na&me:"),
                 self.line(self.tr("e.g. Climate protection city")),
                 self.tr("Shown when the interface or a document is in English."))
        kind = QComboBox(form)
        for value in GoalKind:
            kind.addItem(label(value), str(value))
        form.add("kind", self.tr("&Level:"), kind)
        form.add("code", self.tr("&Code:"), self.line(self.tr("e.g. SZ 3"), letters=10))
        form.add("ref", self.tr("&Reference:"), self.line(self.tr("made from the code"),
                                                          letters=24),
                 self.tr("Short name used in exchange files; letters, digits and dashes."))
        form.add("description", self.tr("&Description:"), self.text_box(8))

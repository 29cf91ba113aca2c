"""The seating papers saved from the seating window: the chart (A4/A3 landscape), place
cards and table cards (folded A4/A5 or two to a sheet) and the Tischliste, in the
language chosen beside them. The same entry point as `print seating|placecards|...`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QToolButton

from delegations.documents.seating import SeatingRequest, render_seating
from delegations.errors import DelegationsError
from delegations.services import trips
from ui.common.messages import tell
from ui.common.save_place import ask_save_path, trip_file_name
from ui.translations import QT_TRANSLATE_NOOP
from ui.widgets import language_combo

if TYPE_CHECKING:
    from ui.seating.editor import SeatingEditor

_C = "SeatingPapers"
#: (kind, paper, menu entry): what the menu offers, in the order of the evening
PAPERS = (
    ("seating", "a4", QT_TRANSLATE_NOOP(_C, "Seating Chart, A4 Landscape…")),
    ("seating", "a3", QT_TRANSLATE_NOOP(_C, "Seating Chart, A3 Landscape…")),
    ("tischliste", "a4", QT_TRANSLATE_NOOP(_C, "Guest List by Table (Tischliste)…")),
    ("placecards", "a4", QT_TRANSLATE_NOOP(_C, "Place Cards, Folded A4…")),
    ("placecards", "a5", QT_TRANSLATE_NOOP(_C, "Place Cards, Folded A5…")),
    ("placecards", "2up", QT_TRANSLATE_NOOP(_C, "Place Cards, Two to a Sheet…")),
    ("tablecards", "a4", QT_TRANSLATE_NOOP(_C, "Table Cards, Folded A4…")),
    ("tablecards", "a5", QT_TRANSLATE_NOOP(_C, "Table Cards, Folded A5…")),
)
#: the file name's last part per kind
FILE_NAMES = {"seating": QT_TRANSLATE_NOOP(_C, "Seating plan"),
              "tischliste": QT_TRANSLATE_NOOP(_C, "Tischliste"),
              "placecards": QT_TRANSLATE_NOOP(_C, "Place cards"),
              "tablecards": QT_TRANSLATE_NOOP(_C, "Table cards")}


class SeatingPapers(QToolBar):
    """'Papers in: [language] [Save Papers ▾]'; `save` writes one to a path."""

    def __init__(self, editor: SeatingEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setAccessibleName(self.tr("Seating papers"))
        self.addWidget(QLabel(self.tr("Papers in:"), self))
        self.language = language_combo(self)
        self.language.setAccessibleName(self.tr("Language of the papers"))
        self.addWidget(self.language)
        self.menu = QMenu(self)
        for kind, paper, text in PAPERS:
            act = self.menu.addAction(self.tr(text))
            act.triggered.connect(lambda _on=False, k=kind, p=paper: self.ask(k, p))
        self.button = QToolButton(self)
        self.button.setText(self.tr("Save &Papers"))
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.addWidget(self.button)

    def show_trip(self, trip_id: int) -> None:
        """Start in the trip's own document language."""
        language = trips.get_trip(self.editor.ctx.store, trip_id).language
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

    def ask(self, kind: str, paper: str) -> Path | None:
        """Ask where, then save; an error is told and no file is left behind."""
        plan = self.editor.plan
        if plan is None:
            return None
        trip = trips.get_trip(self.editor.ctx.store, plan.trip_id)
        name = trip_file_name(trip, f"{plan.item_title} – {self.tr(FILE_NAMES[kind])}", ".pdf")
        path, _ = ask_save_path(self, self.tr("Save"), "pdf", name)
        return self.save(kind, paper, Path(path)) if path else None

    def save(self, kind: str, paper: str, path: Path) -> Path | None:
        plan = self.editor.plan
        if plan is None:
            return None
        request = SeatingRequest(kind, plan.id, str(self.language.currentData()), paper)
        try:
            return render_seating(self.editor.ctx.store, request, path)
        except (DelegationsError, OSError) as exc:
            tell(self, self.tr("Not saved"), str(exc))
            return None


__all__ = ["PAPERS", "SeatingPapers"]


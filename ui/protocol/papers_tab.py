"""The trip window's Protocol tab: letters, badges, rooming list, car list and the gift
register of the trip, each saved as a file; letters name what is missing first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from delegations.atomic import write_atomic
from delegations.documents import protocol_papers as papers
from delegations.errors import DelegationsError
from delegations.services import trips
from delegations.services.rooming import rooming_lists
from ui.common.colours import error_colour
from ui.common.messages import tell
from ui.common.save_place import ask_save_path, trip_file_name
from ui.context import AppContext, Change
from ui.protocol.badge_colours import BadgeColoursBox
from ui.protocol.transport_box import TransportBox
from ui.widgets import fitting_combo, language_combo

REDRAW_ON = (Change.TRIP, Change.PARTICIPANT, Change.AGENDA, Change.TRAVEL, Change.CONTACT,
             Change.HOME, Change.GIFT, Change.VEHICLE)


class PapersTab(QWidget):
    """One row of controls per paper; `save_*` write to a path (the buttons ask for it)."""

    def __init__(self, ctx: AppContext, trip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.trip_id = ctx, trip_id
        self.language = language_combo(self)
        self.language.setCurrentIndex(max(0, self.language.findData(
            trips.get_trip(ctx.store, trip_id).language)))
        self.letter = QComboBox(self)
        for kind, text in (("invitation", self.tr("Invitation letters")),
                           ("visa", self.tr("Visa invitation letters")),
                           ("thanks", self.tr("Thank-you letters"))):
            self.letter.addItem(text, kind)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(f"color: {error_colour().name()};")
        self.hotel = fitting_combo(self, 28)
        self.letters_button = self._button(self.tr("Save Letters…"), self._ask_letters)
        self.transport = TransportBox(ctx, trip_id, self)
        self.colours = BadgeColoursBox(ctx, trip_id, self)
        self._lay_out()
        self.letter.currentIndexChanged.connect(self.check_letters)
        self.language.currentIndexChanged.connect(self.check_letters)
        ctx.changes.changed.connect(self._changed)
        self.refresh()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _group(self, title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        row = QHBoxLayout(box)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return box

    def _lay_out(self) -> None:
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        language = self._group(self.tr("Language of the papers"), self.language)
        letters = self._group(self.tr("Letters"), self.letter, self.letters_button)
        letters.layout().addWidget(self.missing)  # type: ignore[union-attr]
        layout.addWidget(language)
        layout.addWidget(letters)
        badges, rooms = self.tr("Name badges"), self.tr("Rooming list")
        gifts, cars = self.tr("Gift register"), self.tr("Car list")
        layout.addWidget(self._group(badges, self._button(
            self.tr("Save Badges…"), lambda: self._ask(self.save_badges, badges))))
        layout.addWidget(self.colours)
        layout.addWidget(self._group(rooms, self.hotel, self._button(
            self.tr("Save PDF…"), lambda: self._ask(self.save_rooming, rooms)),
            self._button(self.tr("Save CSV for the Hotel…"),
                         lambda: self._ask(self.save_rooming_csv, rooms, ".csv"))))
        layout.addWidget(self._group(self.tr("Gift register of the trip"), self._button(
            self.tr("Save PDF…"), lambda: self._ask(self.save_gifts, gifts))))
        layout.addWidget(self.transport)
        self.transport.save_button.clicked.connect(lambda: self._ask(self.save_cars, cars))
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        # the tab is as wide as the window: what is too long is cut short, never scrolled
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QVBoxLayout(self).addWidget(scroll)

    # ------------------------------------------------------------------ state

    def _changed(self, kind: str, _ident: object) -> None:
        if kind in REDRAW_ON:
            self.refresh()

    def refresh(self) -> None:
        """The hotels to choose from and what letters still lack."""
        current = self.hotel.currentData()
        self.hotel.clear()
        try:
            for stay in rooming_lists(self.ctx.store, self.trip_id):
                self.hotel.addItem(stay.hotel, stay.ref)
        except DelegationsError:
            return
        self.hotel.setCurrentIndex(max(0, self.hotel.findData(current)))
        self.check_letters()
        self.transport.refresh()
        self.colours.refresh()

    def lang(self) -> str:
        return str(self.language.currentData())

    def check_letters(self) -> str:
        """Name the fields missing for the letters chosen; Save waits until none are."""
        text = papers.missing_letters(self.ctx.store, self.trip_id, self.letter.currentData(),
                                      self.lang())
        self.missing.setText(self.tr("Missing before printing: %1").replace("%1", text)
                             if text else "")
        self.missing.setVisible(bool(text))
        self.letters_button.setEnabled(not text)
        return text

    # ------------------------------------------------------------------ saving

    def suggested_name(self, what: str, suffix: str) -> str:
        """'2026-02 San Francisco – Namensschilder.pdf'."""
        return trip_file_name(trips.get_trip(self.ctx.store, self.trip_id), what, suffix)

    def _ask(self, save: Callable[[Path], object], what: str, suffix: str = ".pdf") -> None:
        path, _ = ask_save_path(self, self.tr("Save"), suffix.lstrip("."),
                             self.suggested_name(what, suffix))
        if path:
            self._run(lambda: save(Path(path)))

    def _ask_letters(self) -> None:
        self._ask(self.save_letters, self.letter.currentText())

    def _run(self, step: Callable[[], object]) -> bool:
        try:
            step()
        except (DelegationsError, OSError) as exc:
            tell(self, self.tr("Not saved"), str(exc))
            return False
        return True

    def _write(self, path: Path, data: bytes) -> Path:
        write_atomic(path, data)
        return path

    def save_letters(self, path: Path) -> Path:
        return self._write(path, papers.letters_file(
            self.ctx.store, self.trip_id, self.letter.currentData(), self.lang()))

    def save_badges(self, path: Path) -> Path:
        return self._write(path, papers.badges_file(self.ctx.store, self.trip_id, self.lang()))

    def save_rooming(self, path: Path) -> Path:
        return self._write(path, papers.rooming_file(
            self.ctx.store, self.trip_id, self.lang(), self.hotel.currentData()))

    def save_rooming_csv(self, path: Path) -> Path:
        return self._write(path, papers.rooming_file(
            self.ctx.store, self.trip_id, self.lang(), self.hotel.currentData(), csv=True))

    def save_cars(self, path: Path) -> Path:
        return self._write(path, papers.cars_file(self.ctx.store, self.trip_id, self.lang()))

    def save_gifts(self, path: Path) -> Path:
        return self._write(path, papers.gifts_file(self.ctx.store, self.trip_id,
                                                   language=self.lang()))

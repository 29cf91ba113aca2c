"""Export to Calendar: whose programme goes into the .ics file (everyone's, or only what
one participant attends), and whether the talking points go with it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from delegations.calendar import Options
from delegations.services.dto import ParticipantRow, TripDetail
from ui.common.dialogs import Dialog
from ui.common.save_place import trip_file_name


class CalendarExportDialog(Dialog):
    """The export's choices; the file is asked for after Export…"""

    def __init__(self, trip: TripDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trip = trip
        self.setWindowTitle(self.tr("Export to Calendar — %1").replace("%1", trip.title))
        self.everyone = QRadioButton(self.tr("&Everyone: the whole programme and all travel"),
                                     self)
        self.one = QRadioButton(self.tr("&One participant: only what they attend"), self)
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Participant"))
        for p in trip.participants:
            self.person.addItem(p.name, p.id)
        self.talking = QCheckBox(self.tr("Include &talking points"), self)
        self.talking.setToolTip(self.tr("Talking points are internal: leave them out of "
                                        "calendars that are shared with others."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("E&xport…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self._lay_out()
        self.setMinimumWidth(440)
        self.everyone.setChecked(True)
        self.one.setEnabled(bool(trip.participants))
        self.one.toggled.connect(self.person.setEnabled)
        self.person.setEnabled(False)
        self.person.activated.connect(lambda _n: self.one.setChecked(True))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Events keep their own time zone and a stable identity, so a "
                               "later export updates them in the calendar."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.everyone)
        layout.addWidget(self.one)
        layout.addWidget(self.person)
        layout.addWidget(self.talking)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def choose(self, participant_id: int | None) -> None:
        """Select everyone (None) or one participant, as the user would."""
        if participant_id is None:
            self.everyone.setChecked(True)
            return
        self.person.setCurrentIndex(self.person.findData(participant_id))
        self.one.setChecked(True)

    def participant(self) -> ParticipantRow | None:
        if not self.one.isChecked():
            return None
        ident = self.person.currentData()
        return next((p for p in self.trip.participants if p.id == ident), None)

    def options(self) -> Options:
        person = self.participant()
        return Options(participant_id=person.id if person else None,
                       talking_points=self.talking.isChecked())

    def file_name(self) -> str:
        """'2026-02 San Francisco – Calendar.ics', with the participant's name when one is
        chosen."""
        person = self.participant()
        what = self.tr("Calendar") + (f" {person.name}" if person else "")
        return trip_file_name(self.trip, what, ".ics")

"""What the user can ask for: document, language, variant, participant, year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QSpinBox, QWidget

from delegations.documents import DocumentRequest
from delegations.services import participants, trips
from delegations.services.settings import DOCUMENT_LANGUAGE, office_value
from delegations.storage.store import Store
from ui.translations import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")

TRIP_DOCUMENTS = (
    ("itinerary", QT_TRANSLATE_NOOP("DocumentChoices", "Itinerary")),
    ("briefing", QT_TRANSLATE_NOOP("DocumentChoices", "Briefing pack")),
    ("followup", QT_TRANSLATE_NOOP("DocumentChoices", "Follow-up brief")),
)
VARIANTS = (
    ("full", QT_TRANSLATE_NOOP("DocumentChoices", "Full (for the delegation)")),
    ("external", QT_TRANSLATE_NOOP("DocumentChoices", "External (for the hosts)")),
    ("participant", QT_TRANSLATE_NOOP("DocumentChoices", "One participant")),
)


def _tr(text: str) -> str:
    """A text marked above with QT_TRANSLATE_NOOP, in the interface's language."""
    return translate("DocumentChoices", text)


class DocumentChoices(QWidget):
    """The form above the preview; `changed` whenever the request would differ."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.trip_id: int | None = None
        self.document = self._combo(translate("DocumentChoices", "Document"))
        self.language = self._combo(translate("DocumentChoices", "Language"))
        self.variant = self._combo(translate("DocumentChoices", "Variant"))
        self.participant = self._combo(translate("DocumentChoices", "Participant"))
        self.year = QSpinBox(self)
        self.year.setRange(1950, 2200)
        self.year.setAccessibleName(translate("DocumentChoices", "Year"))
        self.year.valueChanged.connect(self.changed)
        for value, text in VARIANTS:
            self.variant.addItem(_tr(text), value)
        self._lay_out()
        self.variant.currentIndexChanged.connect(self._enable)
        self.document.currentIndexChanged.connect(self._enable)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _lay_out(self) -> None:
        form = self.form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("DocumentChoices", "&Document:"), self.document)
        form.addRow(translate("DocumentChoices", "&Language:"), self.language)
        form.addRow(translate("DocumentChoices", "&Variant:"), self.variant)
        form.addRow(translate("DocumentChoices", "&Participant:"), self.participant)
        form.addRow(translate("DocumentChoices", "&Year:"), self.year)

    def set_trip(self, trip_id: int | None, year: int) -> None:
        """Offer the trip's documents, or (no trip) the yearly report for `year`."""
        self.trip_id = trip_id
        self.blockSignals(True)
        self.document.clear()
        if trip_id is None:
            self.document.addItem(
                translate("DocumentChoices", "Yearly report to the council"), "report"
            )
        for value, text in TRIP_DOCUMENTS if trip_id is not None else ():
            self.document.addItem(_tr(text), value)
        self._fill_languages(trip_id)
        self._fill_participants(trip_id)
        self.year.setValue(year)
        self.blockSignals(False)
        self._enable()

    def _fill_languages(self, trip_id: int | None) -> None:
        self.language.clear()
        if trip_id is not None:
            own = trips.get_trip(self.store, trip_id).language
            self.language.addItem(
                translate("DocumentChoices", "Trip's language (%1)").replace("%1", own), None
            )
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        if trip_id is None:  # the yearly report: in the office's document language
            office = office_value(self.store, DOCUMENT_LANGUAGE)
            self.language.setCurrentIndex(self.language.findData(office))

    def _fill_participants(self, trip_id: int | None) -> None:
        self.participant.clear()
        rows = participants.list_participants(self.store, trip_id) if trip_id else []
        for row in rows:
            self.participant.addItem(row.name, row.id)

    def _enable(self) -> None:
        kind = self.document.currentData()
        self.variant.setEnabled(kind == "itinerary")
        self.participant.setEnabled(
            kind == "itinerary"
            and self.variant.currentData() == "participant"
            and self.participant.count() > 0
        )
        self.year.setEnabled(kind == "report")
        report = kind == "report"
        for widget, shown in (
            (self.variant, not report),
            (self.participant, not report),
            (self.year, report),
        ):
            self.form.setRowVisible(widget, shown)
        self.changed.emit()

    def request(self) -> DocumentRequest | None:
        """What to render; None while the choice is incomplete."""
        kind = self.document.currentData()
        if kind is None:
            return None
        if kind == "report":
            return DocumentRequest(
                "report", year=self.year.value(), language=self.language.currentData()
            )
        variant = self.variant.currentData() if kind == "itinerary" else "full"
        person = self.participant.currentData() if variant == "participant" else None
        if variant == "participant" and person is None:
            return None
        return DocumentRequest(
            kind,
            trip_id=self.trip_id,
            language=self.language.currentData(),
            variant=variant,
            participant_id=person,
        )

"""The settings dialog's pages: general (language), home city and letterhead, programme,
documents. Each page shows values and hands back what the user chose; saving is the
dialog's job."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QImageReader
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from delegations.services import dto
from delegations.services.home import HOME
from ui.common.form import ValidatedForm
from ui.settings.options import BUFFER_MINUTES
from ui.settings.zones import ZoneBox, system_zone
from ui.translations import system_language
from ui.widgets import language_combo, muted_color

HOME_FIELDS = ("name", "timezone", "country", "office", "letterhead", "logo_path")


def hint(text: str, parent: QWidget) -> QLabel:
    """A quiet line of explanation under a field."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {muted_color(label.palette()).name()};")
    return label


def system_language_name() -> str:
    """The system's language, named in itself."""
    return "Deutsch" if system_language() == "de" else "English"


def simple_form(parent: QWidget) -> QFormLayout:
    """A form whose fixed-size fields keep their natural width and whose hints use the row."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def natural_width(widget: QWidget) -> QWidget:
    """A combobox or spin box as wide as its contents, not the whole row."""
    widget.setSizePolicy(QSizePolicy.Policy.Fixed, widget.sizePolicy().verticalPolicy())
    return widget


def select(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


class GeneralSettings(QWidget):
    """The interface language; it takes effect at the next start."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        system_item = self.tr("As the system (%1)").replace("%1", system_language_name())
        self.language = language_combo(self, system_item)
        self.language.setAccessibleName(self.tr("Interface language"))
        select(self.language, language)
        form = simple_form(self)
        form.addRow(self.tr("Interface &language:"), natural_width(self.language))
        form.addRow("", hint(self.tr("A new language takes effect the next time Delegations "
                                     "starts."), self))
        caption = form.labelForField(self.language)
        if isinstance(caption, QLabel):
            caption.setBuddy(self.language)

    def chosen_language(self) -> str:
        return str(self.language.currentData())


class HomeSettings(QWidget):
    """The office's home city, its time zone, and what the letterhead shows."""

    def __init__(self, current: dto.HomeRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.existed = current is not None
        self.form = ValidatedForm(HOME, self)
        self._add_fields()
        scroll = QScrollArea(self)  # messages under fields may need more room than there is
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)  # the tab's own background
        self.form.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        values = ({n: getattr(current, n) for n in HOME_FIELDS} if current
                  else {"country": "DE", "timezone": system_zone()})
        self.form.set_values(values, show_errors=self.existed)
        self._shown = self.form.values()

    def _add_fields(self) -> None:
        form = self.form
        form.add("name", self.tr("Home &city:"), QLineEdit(form),
                 self.tr("The city whose office this is, as it appears in documents."))
        form.add("timezone", self.tr("&Time zone:"), ZoneBox(form),
                 self.tr("Type part of a name, such as “Berlin”, and pick the zone."))
        country = form.add("country", self.tr("C&ountry code:"), QLineEdit(form))
        country.setMaximumWidth(QFontMetrics(country.font()).horizontalAdvance("MMMM") + 16)
        form.add("office", self.tr("&Office:"), QLineEdit(form),
                 self.tr("For example “Referat für Internationales”."))
        address = QPlainTextEdit(form)
        address.setTabChangesFocus(True)
        address.setFixedHeight(QFontMetrics(address.font()).lineSpacing() * 5 + 14)
        address.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        form.add("letterhead", self.tr("&Address lines:"), address,
                 self.tr("Printed under the office's name at the top of letters."))
        self._add_logo()

    def _add_logo(self) -> None:
        edit = self.logo = QLineEdit(self.form)
        self.form.add("logo_path", self.tr("&Logo:"), edit,
                      self.tr("An image file (PNG, JPEG or SVG) for the letterhead."))
        choose = QPushButton(self.tr("C&hoose…"), self.form)
        choose.clicked.connect(self._choose_logo)
        cell = edit.parentWidget()
        column = cell.layout() if cell is not None else None
        assert isinstance(column, QVBoxLayout)
        column.removeWidget(edit)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(choose)
        column.insertLayout(0, row)
        self.choose_logo = choose

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), self.logo.text(),
            self.tr("Images (*.png *.jpg *.jpeg *.svg)"))
        if path:
            self.logo.setText(path)

    def untouched(self) -> bool:
        """Nothing to save: no home city yet, and nothing typed for one."""
        return not self.existed and self.form.values() == self._shown

    def check(self) -> bool:
        """Every field by the core's rules, and the logo must be an image we can read."""
        valid = self.form.check_all()
        logo = self.logo.text().strip()
        if valid and logo and not QImageReader(logo).canRead():
            self.form.mark("logo_path", self.tr("“%1” is not an image file that can be read.")
                           .replace("%1", logo))
            return False
        return valid

    def values(self) -> dict[str, Any]:
        return self.form.values()


class ProgrammeSettings(QWidget):
    """How programmes are planned: the time to allow between places."""

    def __init__(self, buffer_minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buffer = QSpinBox(self)
        self.buffer.setRange(BUFFER_MINUTES.low or 0, BUFFER_MINUTES.high or 240)
        self.buffer.setSingleStep(5)
        self.buffer.setSuffix(self.tr(" min"))
        self.buffer.setValue(buffer_minutes)
        self.buffer.setAccessibleName(self.tr("Buffer between places"))
        form = simple_form(self)
        label = QLabel(self.tr("&Buffer between places:"), self)
        label.setBuddy(self.buffer)
        form.addRow(label, natural_width(self.buffer))
        form.addRow("", hint(self.tr("The programme warns when two items at different places "
                                     "leave less time than this between them. Shared by "
                                     "everyone in the office."), self))


class DocumentSettings(QWidget):
    """What new documents are written in."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language_combo(self)
        self.language.setAccessibleName(self.tr("Default document language"))
        select(self.language, language)
        form = simple_form(self)
        label = QLabel(self.tr("Default &document language:"), self)
        label.setBuddy(self.language)
        form.addRow(label, natural_width(self.language))
        form.addRow("", hint(self.tr("New trips start with this language for their "
                                     "documents; each trip can have its own. Shared by "
                                     "everyone in the office."), self))

    def chosen_language(self) -> str:
        return str(self.language.currentData())


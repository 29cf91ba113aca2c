"""The first-start wizard: the interface language, the home city and its time zone, and
whether to begin with Kiel's demo data or an empty office.

The language applies as soon as it is picked (each page retranslates itself); the office
is written only when Finish is pressed. Cancel leaves the store as it was, so the wizard
asks again at the next start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from delegations.errors import DelegationsError, ValidationError
from delegations.services import home, trips
from delegations.storage.store import Store
from delegations.validation import clean
from ui import startup
from ui.app import use_language
from ui.common.colours import error_colour
from ui.settings import options
from ui.settings.pages import hint, language_combo, select, system_language_name
from ui.settings.zones import ZoneBox, system_zone
from ui.translations import chosen_language


class WizardPage(QWizardPage):
    """A page whose texts are set in `retranslate`, again whenever the language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {error_colour().name()};")
    label.hide()
    return label


class WizardLanguagePage(WizardPage):
    """Deutsch, English or as the system; picked here, it applies at once."""

    def __init__(self, settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.language = language_combo(self, system_item=" ")
        select(self.language, options.user_value(options.LANGUAGE, settings))
        self.caption = QLabel(self)
        self.caption.setBuddy(self.language)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.caption, self.language)
        self.language.currentIndexChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Delegations"))
        self.setSubTitle(self.tr("A few questions before you start. Everything can be "
                                 "changed later in the settings."))
        self.caption.setText(self.tr("Interface &language:"))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.setItemText(
            0, self.tr("As the system (%1)").replace("%1", system_language_name()))

    def _changed(self) -> None:
        choice = str(self.language.currentData())
        options.set_user_value(options.LANGUAGE, choice, self._settings)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            use_language(app, chosen_language(choice))


class WizardHomePage(WizardPage):
    """The city whose office this is, and its time zone (the computer's, to begin with)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.zone = ZoneBox(self)
        self.zone.set_zone(system_zone())
        self.name_caption, self.zone_caption = QLabel(self), QLabel(self)
        self.name_caption.setBuddy(self.name)
        self.zone_caption.setBuddy(self.zone)
        self.errors = {"name": error_label(self), "timezone": error_label(self)}
        self.zone_hint = hint("", self)
        form = QFormLayout(self)
        form.addRow(self.name_caption, self._cell(self.name, self.errors["name"]))
        form.addRow(self.zone_caption, self._cell(self.zone, self.errors["timezone"],
                                                  self.zone_hint))
        self.retranslate()

    def _cell(self, *widgets: QWidget) -> QWidget:
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for widget in widgets:
            column.addWidget(widget)
        return cell

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your home city"))
        self.setSubTitle(self.tr("The city whose international office uses this program. "
                                 "Times at home are shown in its time zone."))
        self.name_caption.setText(self.tr("Home &city:"))
        self.zone_caption.setText(self.tr("&Time zone:"))
        self.zone_hint.setText(self.tr("Type part of a name, such as “Berlin”, and pick "
                                       "the zone."))
        self.name.setAccessibleName(self.tr("Home city"))
        self.zone.setAccessibleName(self.tr("Time zone"))

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "timezone": self.zone.zone()}

    def nextId(self) -> int:
        return -1

    def show_error(self, field: str, message: str) -> None:
        """Say at the field what is wrong; the text stays as typed."""
        label = self.errors.get(field, self.errors["name"])
        label.setText(message[:1].upper() + message[1:])
        label.show()
        (self.zone if field == "timezone" else self.name).setFocus()

    def validatePage(self) -> bool:
        """Both fields by the core's rules, shown at the field."""
        for label in self.errors.values():
            label.hide()
        try:
            clean({k: home.HOME[k] for k in ("name", "timezone")}, self.values())
        except ValidationError as exc:
            self.show_error(exc.field, exc.message())
            return False
        return True


class WizardStartPage(WizardPage):
    """Kiel's demo data to look around in, or an empty office of one's own."""

    def __init__(self, demo_possible: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.demo, self.empty = QRadioButton(self), QRadioButton(self)
        self.demo_hint, self.empty_hint = hint("", self), hint("", self)
        group = QButtonGroup(self)
        for button in (self.demo, self.empty):
            group.addButton(button)
        self.demo.setEnabled(demo_possible)
        (self.demo if demo_possible else self.empty).setChecked(True)
        layout = QVBoxLayout(self)
        for button, text in ((self.demo, self.demo_hint), (self.empty, self.empty_hint)):
            layout.addWidget(button)
            text.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(text)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("How to start"))
        self.setSubTitle(self.tr("Look around with example data, or begin with your own."))
        self.demo.setText(self.tr("Load the &demo data (Kiel)"))
        self.demo_hint.setText(self.tr(
            "Kiel's partner cities, contacts and trips, to try everything out. The home "
            "city is then Kiel; change it later in the settings."))
        self.empty.setText(self.tr("Start &empty"))
        self.empty_hint.setText(self.tr("Your own home city and nothing else yet."))

    def demo_chosen(self) -> bool:
        return self.demo.isChecked()

    def nextId(self) -> int:
        """An empty start asks for the home city; the demo brings its own."""
        return FirstStartWizard.DEMO if self.demo_chosen() else FirstStartWizard.HOME_CITY


class WizardDemoPage(WizardPage):
    """The last word before the demo is loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready to load the demo"))
        self.setSubTitle(self.tr("Kiel's office, as an example to explore."))
        self.text.setText(self.tr(
            "Press Finish to load Kiel's partner cities, contacts and trips. The home city "
            "is Kiel; you can change it, and delete the examples, at any time."))

    def nextId(self) -> int:
        return -1


class FirstStartWizard(QWizard):
    """Asks what a new office needs; Finish writes it, Cancel writes nothing."""

    LANGUAGE, START, HOME_CITY, DEMO = range(4)

    def __init__(self, store: Store, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.outcome: str | None = None  # "demo" or "empty" once finished
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        demo_possible = startup.demo_available() and trips.count_trips(store) == 0
        self.language_page = WizardLanguagePage(settings, self)
        self.start_page = WizardStartPage(demo_possible, self)
        self.home_page = WizardHomePage(self)
        self.demo_page = WizardDemoPage(self)
        self.setPage(self.LANGUAGE, self.language_page)
        self.setPage(self.START, self.start_page)
        self.setPage(self.HOME_CITY, self.home_page)
        self.setPage(self.DEMO, self.demo_page)
        self.resize(640, 460)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Setting up Delegations"))
        style = self.wizardStyle()  # setting the style again retranslates Qt's own buttons
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle
                            if style != QWizard.WizardStyle.ClassicStyle
                            else QWizard.WizardStyle.ModernStyle)
        self.setWizardStyle(style)

    def accept(self) -> None:
        """Finish: load the demo or write the home city; stay open if that fails."""
        if not self.validateCurrentPage() or not self._commit():
            return
        super().accept()

    def _commit(self) -> bool:
        if self.start_page.demo_chosen():
            if not startup.load_demo(self.store, self):
                return False
            self.outcome = "demo"
            return True
        try:
            home.set_home(self.store, self.home_page.values())
        except ValidationError as exc:
            self.home_page.show_error(exc.field, exc.message())
            return False
        except DelegationsError as exc:
            self.home_page.show_error("name", str(exc))
            return False
        self.outcome = "empty"
        return True

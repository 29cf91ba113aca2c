"""The first-start wizard: language at once, then the demo or an empty office of one's own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from delegations.services import home, trips
from delegations.storage.store import open_store
from tests.ui.support import shown
from ui import startup
from ui.app import use_language
from ui.settings import options
from ui.settings.wizard import FirstStartWizard


@pytest.fixture
def empty_store(app, tmp_path):
    store = open_store(tmp_path / "new.sqlite")
    yield store
    store.close()


@pytest.fixture
def wizard(empty_store, qtbot, user_settings):
    yield shown(qtbot, FirstStartWizard(empty_store, settings=user_settings))
    use_language(QApplication.instance(), "en")


def click(qtbot, wiz: QWizard, which: QWizard.WizardButton) -> None:
    button = wiz.button(which)
    assert button.isVisible(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_loading_the_demo_fills_the_office_with_kiel(wizard, empty_store, qtbot):
    assert wizard.currentId() == FirstStartWizard.LANGUAGE
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.start_page.demo_chosen()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.demo_page
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.outcome == "demo" and not wizard.isVisible()
    assert home.get_home(empty_store).name == "Kiel"
    assert trips.count_trips(empty_store) > 0
    assert not startup.is_first_start(empty_store)


def test_starting_empty_sets_the_home_city_typed(wizard, empty_store, qtbot):
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.start_page.empty.click()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.home_page
    assert wizard.currentPage() is page
    assert page.zone.zone() == "Europe/Berlin"  # the test machine's zone is UTC, not a city's
    qtbot.keyClicks(page.name, "Tallinn")
    page.name.setText("Tõnismägi")  # QTest types ASCII only
    page.zone.set_zone("Europe/Tallinn")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.outcome == "empty"
    saved = home.get_home(empty_store)
    assert (saved.name, saved.timezone) == ("Tõnismägi", "Europe/Tallinn")
    assert trips.count_trips(empty_store) == 0


def test_the_home_city_page_says_what_is_wrong_at_the_field(wizard, empty_store, qtbot):
    wizard.start_page.empty.click()
    wizard.next()
    wizard.next()
    page = wizard.home_page
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible()
    assert page.errors["name"].text() == "Is required"
    page.name.setText("Kiel")
    page.zone.set_zone("Europe/Kiel")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible() and page.errors["name"].isHidden()
    assert page.errors["timezone"].text() == "Unknown time zone 'Europe/Kiel'"
    assert page.name.text() == "Kiel"
    assert home.get_home(empty_store) is None


def test_choosing_german_applies_at_once_and_is_remembered(wizard, qtbot, user_settings):
    page = wizard.language_page
    page.language.setCurrentIndex(page.language.findData("de"))
    assert options.user_value(options.LANGUAGE, user_settings) == "de"
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: next_button.text() == "&Weiter >")  # Qt's own catalogue
    assert page.title() == QCoreApplication.translate("WizardLanguagePage",
                                                      "Welcome to Delegations")
    page.language.setCurrentIndex(page.language.findData("en"))
    qtbot.waitUntil(lambda: next_button.text() == "&Next >")
    assert page.title() == "Welcome to Delegations"


def test_demo_is_not_offered_to_a_store_that_already_has_trips(app, sample_store, qtbot,
                                                               user_settings):
    with sample_store.transaction() as s:
        from delegations.model import Home
        s.delete(s.get(Home, 1))
    wiz = FirstStartWizard(sample_store, settings=user_settings)
    qtbot.addWidget(wiz)
    assert not wiz.start_page.demo.isEnabled()
    assert wiz.start_page.empty.isChecked()


def test_cancelled_the_app_starts_empty_and_asks_again(empty_store, qtbot):
    def cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, FirstStartWizard) and widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, cancel)
    assert startup.first_start(empty_store) is False
    assert home.get_home(empty_store) is None
    assert startup.is_first_start(empty_store)


def test_no_wizard_once_the_office_is_set_up(sample_store):
    assert startup.first_start(sample_store) is False

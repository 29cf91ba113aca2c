"""Settings are declared once with their defaults; bad stored values read as the default."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from delegations.services import home
from ui.settings import options


def test_every_setting_is_declared_with_a_valid_default():
    declared = options.USER_OPTIONS + options.OFFICE_OPTIONS
    assert {o.key: o.default for o in declared} == {
        "ui/language": "", "programme.buffer_minutes": 30, "documents.language": "de"}
    assert all(o.accepts(o.default) and o.doc for o in declared)


def test_a_user_setting_reads_its_default_until_set(user_settings):
    assert options.user_value(options.LANGUAGE, user_settings) == ""
    options.set_user_value(options.LANGUAGE, "de", user_settings)
    again = QSettings(user_settings.fileName(), QSettings.Format.IniFormat)
    assert options.user_value(options.LANGUAGE, again) == "de"


def test_a_user_setting_refuses_what_it_does_not_hold(user_settings):
    with pytest.raises(ValueError, match="ui/language"):
        options.set_user_value(options.LANGUAGE, "fr", user_settings)
    user_settings.setValue("ui/language", "klingon")  # edited by hand
    assert options.user_value(options.LANGUAGE, user_settings) == ""


def test_office_settings_live_in_the_store(app, sample_store):
    assert options.office_value(sample_store, options.BUFFER_MINUTES) == 30
    options.set_office_value(sample_store, options.BUFFER_MINUTES, 45)
    assert home.get_setting(sample_store, "programme.buffer_minutes") == 45
    assert options.office_value(sample_store, options.BUFFER_MINUTES) == 45
    with pytest.raises(ValueError):
        options.set_office_value(sample_store, options.BUFFER_MINUTES, 10_000)
    with pytest.raises(ValueError):
        options.set_office_value(sample_store, options.DOCUMENT_LANGUAGE, "fr")


@pytest.mark.parametrize("stored", ["soon", -5, True, None, [30]])
def test_a_bad_stored_office_value_reads_as_the_default(app, sample_store, stored):
    home.set_setting(sample_store, "programme.buffer_minutes", stored)
    assert options.office_value(sample_store, options.BUFFER_MINUTES) == 30

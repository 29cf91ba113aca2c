"""The home city and office settings through the services."""

import pytest

from delegations.errors import ValidationError
from delegations.services import home


def test_no_home_before_setup(store):
    assert home.get_home(store) is None


def test_set_home_then_change_one_field(store):
    row = home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin",
                                "languages": ["de", "en", "da"],
                                "office": "Referat Internationales"})
    assert (row.name, row.country, row.languages) == ("Kiel", "DE", ("de", "en", "da"))
    changed = home.set_home(store, {"letterhead": "Landeshauptstadt Kiel"})
    assert (changed.name, changed.letterhead, changed.languages) == (
        "Kiel", "Landeshauptstadt Kiel", ("de", "en", "da"))
    assert home.get_home(store) == changed


def test_home_needs_a_known_time_zone(store):
    with pytest.raises(ValidationError) as err:
        home.set_home(store, {"name": "Kiel", "timezone": "Europe/Kiel"})
    assert err.value.field == "timezone"
    assert err.value.message("de") == "unbekannte Zeitzone 'Europe/Kiel'"
    assert home.get_home(store) is None


def test_settings_hold_json_values(store):
    assert home.get_setting(store, "conflict_buffer_minutes", 15) == 15
    home.set_setting(store, "conflict_buffer_minutes", 30)
    home.set_setting(store, "recent", {"trips": [1, 2], "name": "Århus"})
    home.set_setting(store, "conflict_buffer_minutes", 45)
    assert home.get_setting(store, "conflict_buffer_minutes") == 45
    assert home.get_setting(store, "recent") == {"trips": [1, 2], "name": "Århus"}
    with pytest.raises(ValidationError) as err:
        home.set_setting(store, "bad", object())
    assert err.value.message("de") == "kann nicht als Einstellung gespeichert werden"


def test_inside_a_transaction_home_and_settings_read_what_it_has_not_yet_written(store):
    """They read the tables' columns (no mapper set up at start), yet see the pending
    changes of the transaction around them, as an ORM query would."""
    from delegations.model import Home, Setting

    with store.transaction() as s:
        s.add(Home(id=1, name="Gdańsk", timezone="Europe/Warsaw", country="PL"))
        s.add(Setting(key="colours", value='{"vip": "gold"}'))
        assert home.get_home(store).name == "Gdańsk"
        assert home.get_setting(store, "colours") == {"vip": "gold"}
        with s.no_autoflush:  # nor do they write what the caller holds back
            s.add(Setting(key="held", value="1"))
            assert home.get_setting(store, "held", "unset") == "unset"
    assert home.get_setting(store, "held") == 1

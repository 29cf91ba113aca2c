"""Local wall time ⇄ UTC across daylight-saving changes (Berlin and San Francisco, 2026)."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from delegations.errors import ValidationError
from delegations.timezones import (
    AmbiguousTimeError,
    NonexistentTimeError,
    to_local,
    to_utc,
    utc_offset_label,
    zones_differ,
)

LA = "America/Los_Angeles"
BERLIN = "Europe/Berlin"


def test_san_francisco_before_and_after_us_spring_change():
    assert to_utc(datetime(2026, 3, 6, 10, 0), LA) == datetime(2026, 3, 6, 18, 0, tzinfo=UTC)
    assert to_utc(datetime(2026, 3, 9, 10, 0), LA) == datetime(2026, 3, 9, 17, 0, tzinfo=UTC)


def test_kiel_changes_three_weeks_later():
    assert to_utc(datetime(2026, 3, 9, 10, 0), BERLIN) == datetime(2026, 3, 9, 9, 0, tzinfo=UTC)
    assert to_utc(datetime(2026, 3, 30, 10, 0), BERLIN) == datetime(2026, 3, 30, 8, 0, tzinfo=UTC)


def test_gap_is_refused_with_field_and_zone():
    with pytest.raises(NonexistentTimeError) as err:
        to_utc(datetime(2026, 3, 8, 2, 30), LA, field="agenda[0].start")
    assert err.value.field == "agenda[0].start"
    assert "America/Los_Angeles" in str(err.value)
    assert "gibt es" in err.value.message("de")


def test_overlap_is_refused_unless_offset_given():
    with pytest.raises(AmbiguousTimeError):
        to_utc(datetime(2026, 10, 25, 2, 30), BERLIN)
    explicit = datetime.fromisoformat("2026-10-25T02:30+01:00")
    assert to_utc(explicit, BERLIN) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_unknown_zone_names_the_zone():
    with pytest.raises(ValidationError, match="Europe/Kiel"):
        to_utc(datetime(2026, 1, 1, 9, 0), "Europe/Kiel")


def test_local_time_of_instant_and_offset_label():
    instant = datetime(2026, 2, 24, 19, 0, tzinfo=UTC)
    assert to_local(instant, LA).strftime("%H:%M") == "11:00"
    assert to_local(instant, BERLIN).strftime("%H:%M") == "20:00"
    assert utc_offset_label(instant, LA) == "UTC-08:00"


def test_zones_differ():
    assert zones_differ(LA, BERLIN, datetime(2026, 2, 24).date())
    assert not zones_differ("Europe/Copenhagen", BERLIN, datetime(2026, 8, 1).date())


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1)),
       st.sampled_from([LA, BERLIN, "Asia/Shanghai", "Europe/Istanbul", "Australia/Lord_Howe"]))
def test_round_trip_of_every_valid_local_time(local, zone_name):
    local = local.replace(microsecond=0)
    try:
        instant = to_utc(local, zone_name)
    except ValidationError:
        return  # a gap or an overlap: refused, which the tests above cover
    assert to_local(instant, zone_name).replace(tzinfo=None) == local
    assert instant.utcoffset() == timedelta(0)

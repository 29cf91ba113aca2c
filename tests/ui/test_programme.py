"""The programme's arithmetic: local days, and home time only where the clocks differ."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from delegations.enums import AgendaKind, Relation
from delegations.services.dto import AgendaRow, CityRow
from delegations.services.programme import has_home_times, programme_days, zone_place


def _item(ident: int, start: str, end: str, zone: str) -> AgendaRow:
    tz = ZoneInfo(zone)
    return AgendaRow(
        id=ident, ref=f"a{ident}", trip_id=1, title=f"Item {ident}", kind=AgendaKind.MEETING,
        start=datetime.fromisoformat(start).replace(tzinfo=tz),
        end=datetime.fromisoformat(end).replace(tzinfo=tz), timezone=zone, location="",
        address="", responsible="", dress_code="", objectives="", talking_points="", notes="",
        confidential=False)


def test_groups_by_the_local_date_and_adds_home_time():
    sf = "America/Los_Angeles"
    days = programme_days([_item(2, "2026-02-24T19:00", "2026-02-24T21:00", sf),
                           _item(1, "2026-02-24T09:00", "2026-02-24T10:30", sf),
                           _item(3, "2026-02-25T08:00", "2026-02-25T09:00", sf)],
                          "Europe/Berlin")
    assert [d.day.isoformat() for d in days] == ["2026-02-24", "2026-02-25"]
    first, evening = days[0].lines
    assert first.item.id == 1
    assert f"{first.home_start:%H:%M}–{first.home_end:%H:%M}" == "18:00–19:30"
    assert f"{evening.home_start:%Y-%m-%d %H:%M}" == "2026-02-25 04:00"  # the next day at home
    assert days[0].zones == (sf,)


def test_no_home_time_where_the_clocks_agree():
    days = programme_days([_item(1, "2026-05-05T10:00", "2026-05-05T11:00",
                                 "Europe/Copenhagen")], "Europe/Berlin")
    assert days[0].lines[0].home_start is None
    assert not has_home_times(days)
    assert not has_home_times(programme_days([_item(1, "2026-05-05T10:00", "2026-05-05T11:00",
                                                    "Europe/Berlin")], None))


def test_zone_named_after_a_place_people_know():
    sf = CityRow(id=1, ref="sf", name="San Francisco", country="US", relation=Relation.PARTNER,
                 since=2017, timezone="America/Los_Angeles", languages="", topics="", notes="")
    assert zone_place("America/Los_Angeles", [sf]) == "San Francisco"
    assert zone_place("Europe/Berlin", [sf], "Kiel", "Europe/Berlin") == "Kiel"
    assert zone_place("Africa/Dar_es_Salaam", [sf]) == "Dar es Salaam"

"""Properties of the conflict rules on in-memory plans (no store: many examples, fast)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from delegations.enums import AgendaKind
from delegations.services.conflict_rules import Item, Plan, Stay, all_conflicts
from delegations.timezones import to_utc

ZONES = ("America/Los_Angeles", "Europe/Berlin", "Asia/Shanghai", "Pacific/Auckland")
START = date(2026, 3, 5)


@st.composite
def programmes(draw):
    """Items one after another, at least 30 minutes apart, inside a six-day trip."""
    zone = draw(st.sampled_from(ZONES))
    moment = to_utc(datetime(2026, 3, 5, 8), zone)
    last = to_utc(datetime(2026, 3, 10, 20), zone)
    items = []
    for n in range(draw(st.integers(0, 12))):
        moment += timedelta(minutes=draw(st.integers(30, 600)))
        length = timedelta(minutes=draw(st.integers(0, 240)))
        if moment + length > last:
            break
        items.append(Item(n + 1, f"Item {n}", draw(st.sampled_from(list(AgendaKind))),
                          moment, moment + length, zone,
                          location=draw(st.sampled_from(["", "City Hall", "Hafen"]))))
        moment += length
    people = {1: "Ulf Kämpfer", 2: "Mari Tõnismägi", 3: "İlknur Çelik"}
    return Plan(START, date(2026, 3, 10), zone, people, tuple(items),
                stays=(Stay(1, "Hotel", START, date(2026, 3, 10)),))


@settings(max_examples=60, deadline=None)
@given(programmes())
def test_a_programme_without_overlaps_and_with_beds_has_no_conflicts(plan):
    assert all_conflicts(plan) == []


@settings(max_examples=40, deadline=None)
@given(programmes(), st.integers(1, 120))
def test_an_overlapping_copy_is_a_double_booking_for_everyone(plan, minutes):
    busy = [i for i in plan.items if i.kind != AgendaKind.FREE and i.end > i.start]
    if not busy:
        return
    first = busy[0]
    copy = Item(99, "Copy", AgendaKind.MEETING, first.start, first.end, first.zone,
                location=first.location)
    found = all_conflicts(Plan(plan.start, plan.end, plan.zone, plan.people,
                               (*plan.items, copy), stays=plan.stays))
    doubles = [c for c in found if c.agenda_ids == (first.id, 99) or
               c.agenda_ids == (99, first.id)]
    assert len(doubles) == 1 and doubles[0].participant_ids == (1, 2, 3)
    assert found == sorted(found, key=lambda c: c.sort_key())
    assert all(c.when is None or c.when.astimezone(UTC) for c in found)

"""Retention: a trip's participants are anonymised the set number of months after it ends."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from delegations.errors import ValidationError
from delegations.privacy.audit import list_audit
from delegations.privacy.retention import (
    DEFAULT_MONTHS,
    RetentionPending,
    add_months,
    apply_retention,
    last_end_due,
    retention_due,
    retention_months,
    retention_pending,
    set_retention_months,
)
from delegations.services import participants, trips


@pytest.fixture
def two_trips(store):
    old = trips.create_trip(store, {"title": "Alt", "kind": "citizens", "start": "2023-05-01",
                                    "end": "2023-05-31"}).id
    new = trips.create_trip(store, {"title": "Neu", "kind": "citizens", "start": "2026-05-01",
                                    "end": "2026-05-05"}).id
    for trip_id in (old, new):
        for name in ("Jörg Åberg", "Ayşe Kaya"):
            participants.add_participant(store, trip_id, {"name": name, "email": "x@y.org",
                                                          "diet": "halal"})
    return old, new


def test_months_are_added_by_the_calendar():
    assert add_months(date(2023, 5, 31), 1) == date(2023, 6, 30)
    assert add_months(date(2023, 12, 15), 24) == date(2025, 12, 15)


@pytest.mark.parametrize("months", [1, 6, 24, 600])
def test_the_trips_due_are_those_ended_by_one_day(months):
    """The start page counts trips ended by last_end_due: exactly those whose time is over
    (add_months(end, months) <= today), month ends and leap days included."""
    for today in (date(2026, 3, 31), date(2026, 3, 28), date(2026, 2, 28), date(2024, 2, 29),
                  date(2025, 12, 31), date(2026, 1, 1), date(2026, 7, 30)):
        last = last_end_due(today, months)
        for shift in range(-70, 70):
            end = last + timedelta(days=shift)
            assert (end <= last) == (add_months(end, months) <= today), (today, end)


def test_retention_months_is_a_validated_setting(store):
    assert retention_months(store) == DEFAULT_MONTHS == 24
    set_retention_months(store, 36)
    assert retention_months(store) == 36
    with pytest.raises(ValidationError):
        set_retention_months(store, 0)
    assert retention_months(store) == 36


def test_preview_then_run_anonymises_only_trips_whose_time_is_over(store, two_trips):
    old, new = two_trips
    assert retention_due(store, date(2025, 5, 30)) == []
    due = retention_due(store, date(2025, 5, 31))
    assert {d.name for d in due} == {"Jörg Åberg", "Ayşe Kaya"}
    assert {d.trip_id for d in due} == {old} and due[0].due == date(2025, 5, 31)

    run = apply_retention(store, date(2025, 6, 1), actor="archivist")
    assert (run.participants, run.trips, run.compacted) == (2, 1, True)
    names = [p.name for p in trips.get_trip(store, old).participants]
    assert all(n.startswith("Anonymised participant") for n in names)
    assert all(p.diet == "" for p in trips.get_trip(store, old).participants)
    assert [p.name for p in trips.get_trip(store, new).participants] == ["Jörg Åberg",
                                                                          "Ayşe Kaya"]
    assert retention_due(store, date(2025, 6, 1)) == []  # nothing twice


def test_the_run_is_logged_without_values(store, two_trips):
    old, _new = two_trips
    apply_retention(store, date(2025, 6, 1), actor="archivist")
    [summary] = list_audit(store, entity="trip", start=None)[:1]
    assert (summary.action, summary.actor, summary.key) == ("retention", "archivist", str(old))
    assert "2 participants anonymised" in summary.detail and "24 months" in summary.detail
    rows = [r for r in list_audit(store, entity="participant") if r.action == "retention"]
    assert len(rows) == 2 and all(r.fields == () for r in rows)  # not which needs they had
    text = repr(list_audit(store))
    assert "Jörg" not in text and "halal" not in text and "x@y.org" not in text


def test_pending_counts_what_a_run_would_anonymise(store, two_trips):
    assert retention_pending(store, date(2025, 5, 30)) == RetentionPending(0, 0)
    pending = retention_pending(store, date(2025, 5, 31))
    assert (pending.participants, pending.trips) == (2, 1)
    assert pending.participants == len(retention_due(store, date(2025, 5, 31)))
    assert retention_pending(store, date(2028, 5, 5)).participants == 4
    apply_retention(store, date(2028, 5, 5))
    assert retention_pending(store, date(2028, 5, 5)) == RetentionPending(0, 0)

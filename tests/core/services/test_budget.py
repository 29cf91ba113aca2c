"""Budget lines of a trip and the totals per trip and per year, in whole cents."""

import pytest

from delegations.errors import NotFoundError, ValidationError
from delegations.model import BudgetCategory as C
from delegations.model import FundingSource as F
from delegations.services import budget, trips


@pytest.fixture
def two_trips(store):
    sf = trips.create_trip(store, {"title": "San Francisco", "start": "2026-02-22",
                                   "end": "2026-02-27"})
    aarhus = trips.create_trip(store, {"title": "Århus", "start": "2026-06-01",
                                       "end": "2026-06-03"})
    old = trips.create_trip(store, {"title": "Hatay", "start": "2025-12-30",
                                    "end": "2026-01-03"})
    add = budget.add_budget_line
    add(store, sf.id, {"category": "travel", "funding": "city_budget", "planned": "2.400,00",
                       "actual": 2612.35, "note": "Flüge FRA–SFO"})
    add(store, sf.id, {"category": "accommodation", "funding": "partner", "planned": 1500})
    add(store, sf.id, {"category": "travel", "funding": "special_fund", "actual": "99,99"})
    add(store, sf.id, {"category": "gifts", "funding": "city_budget", "planned": 365,
                       "actual": 365})
    add(store, aarhus.id, {"category": "interpreting", "funding": "eu_programme",
                           "planned": 800, "actual": 750})
    add(store, old.id, {"category": "hospitality", "funding": "city_budget", "actual": 100})
    return {"sf": sf.id, "aarhus": aarhus.id, "old": old.id}


def test_lines_are_listed_by_category(store, two_trips):
    lines = budget.list_budget_lines(store, two_trips["sf"])
    assert [(line.ref, line.category) for line in lines] == [
        ("b1", C.TRAVEL), ("b3", C.TRAVEL), ("b2", C.ACCOMMODATION), ("b4", C.GIFTS)]
    assert (lines[0].planned_cents, lines[0].actual_cents) == (240000, 261235)
    assert lines[0].note == "Flüge FRA–SFO"
    assert lines[1].planned_cents is None


def test_trip_totals_by_category_and_funding(store, two_trips):
    t = budget.trip_totals(store, two_trips["sf"])
    assert (t.total.planned_cents, t.total.actual_cents, t.lines) == (426500, 307734, 4)
    assert t.total.difference_cents == 307734 - 426500
    assert list(t.by_category) == [C.TRAVEL, C.ACCOMMODATION, C.GIFTS]
    assert t.by_category[C.TRAVEL] == budget.Amounts(240000, 271234)
    assert list(t.by_funding) == [F.CITY_BUDGET, F.SPECIAL_FUND, F.PARTNER]
    assert t.by_funding[F.CITY_BUDGET] == budget.Amounts(276500, 297735)
    assert t.by_funding[F.PARTNER] == budget.Amounts(150000, 0)


def test_year_totals_count_trips_by_their_start(store, two_trips):
    year = budget.year_totals(store, 2026)
    assert set(year.by_trip) == {two_trips["sf"], two_trips["aarhus"]}
    assert year.totals.total == budget.Amounts(426500 + 80000, 307734 + 75000)
    assert year.totals.by_funding[F.EU_PROGRAMME] == budget.Amounts(80000, 75000)
    assert budget.year_totals(store, 2025).totals.total == budget.Amounts(0, 10000)
    assert budget.year_totals(store, 2031).totals.lines == 0


def test_update_and_delete(store, two_trips):
    line = budget.list_budget_lines(store, two_trips["aarhus"])[0]
    changed = budget.update_budget_line(store, line.id, {"actual": "1.234,50",
                                                         "funding": "partner"})
    assert (changed.actual_cents, changed.funding) == (123450, F.PARTNER)
    assert budget.get_budget_line(store, line.id) == changed
    budget.delete_budget_line(store, line.id)
    assert budget.list_budget_lines(store, two_trips["aarhus"]) == []
    with pytest.raises(NotFoundError) as err:
        budget.delete_budget_line(store, line.id)
    assert "budget line" in err.value.message("en")
    assert "Budgetposition" in err.value.message("de")


@pytest.mark.parametrize(("data", "field"), [
    ({"category": "catering"}, "category"),
    ({"funding": "lottery"}, "funding"),
    ({"planned": "-5"}, "planned"),
    ({"actual": "viel"}, "actual"),
    ({"ref": "b1"}, "ref"),
])
def test_bad_input_is_refused_and_nothing_changes(store, two_trips, data, field):
    before = budget.list_budget_lines(store, two_trips["sf"])
    with pytest.raises(ValidationError) as err:
        budget.add_budget_line(store, two_trips["sf"], data)
    assert err.value.field == field
    assert budget.list_budget_lines(store, two_trips["sf"]) == before


def test_deleting_the_trip_deletes_its_budget(store, two_trips):
    trips.delete_trip(store, two_trips["aarhus"])
    assert budget.year_totals(store, 2026).by_trip.keys() == {two_trips["sf"]}

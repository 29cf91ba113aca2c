"""What a briefing asks for all its destinations and counterparts at once (one query
each, not one per city and per person) is what asking for each would give together."""

from datetime import date

import pytest

from delegations.services import followups, gifts, outcomes, trips

pytestmark = pytest.mark.both_engines


@pytest.fixture
def demo(store):
    from delegations.demo import load_demo
    load_demo(store)
    return store


def _about(demo, trip_id):
    trip = trips.get_trip(demo, trip_id)
    return [c.id for c in trip.destinations], [c.id for c in trip.contacts]


def test_open_follow_ups_and_gifts_about_cities_and_people(demo):
    for row in trips.list_trips(demo):
        cities, people = _about(demo, row.id)
        expected = {f.id for c in cities for f in followups.list_follow_ups(
            demo, open_only=True, city_id=c)}
        expected |= {f.id for p in people for f in followups.list_follow_ups(
            demo, open_only=True, contact_id=p)}
        found = followups.open_follow_ups_about(demo, cities, people)
        assert {f.id for f in found} == expected
        keys = [(f.due is None, f.due or date.min, f.id) for f in found]
        assert keys == sorted(keys)  # by due date, undated last
        given = {g.id for c in cities for g in gifts.list_gifts(demo, city_id=c)}
        given |= {g.id for p in people for g in gifts.list_gifts(demo, contact_id=p)}
        assert {g.id for g in gifts.gifts_about(demo, cities, people)} == given
    assert any(followups.open_follow_ups_about(demo, *_about(demo, r.id))
               for r in trips.list_trips(demo))  # the demo has some to find
    assert followups.open_follow_ups_about(demo, [], []) == []
    assert gifts.gifts_about(demo, [], []) == []


def test_outcomes_of_several_trips(demo):
    ids = [t.id for t in trips.list_trips(demo)]
    found = outcomes.outcomes_of_trips(demo, ids)
    assert {i: [o.id for o in found[i]] for i in ids} == {
        i: [o.id for o in outcomes.list_outcomes(demo, i)] for i in ids}
    assert sum(map(len, found.values())) > 0
    assert outcomes.outcomes_of_trips(demo, []) == {}

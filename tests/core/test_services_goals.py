"""The goal taxonomy: order, parents, and links that follow a deletion."""

import pytest

from delegations.errors import ValidationError
from delegations.services import goals, trips


@pytest.fixture
def taxonomy(store):
    top2 = goals.create_goal(store, {"name": "Weltoffene Stadt", "kind": "overarching",
                                     "code": "O2", "position": 2})
    top1 = goals.create_goal(store, {"name": "Nachhaltige Stadt", "kind": "overarching",
                                     "code": "O1", "position": 1, "name_en": "Sustainable city"})
    child = goals.create_goal(store, {"name": "Klimaschutz", "parent": top1.id, "position": 1})
    sdg = goals.create_goal(store, {"name": "Climate action", "kind": "sdg", "code": "SDG 13",
                                    "parent": child.id})
    return top1, top2, child, sdg


def test_goals_in_taxonomy_order(store, taxonomy):
    top1, top2, child, sdg = taxonomy
    assert [g.id for g in goals.list_goals(store)] == [top1.id, child.id, sdg.id, top2.id]
    assert (top1.ref, sdg.ref) == ("o1", "sdg-13")
    assert top1.label("en") == "O1 Sustainable city"
    assert top1.label("de") == "O1 Nachhaltige Stadt"


def test_a_goal_cannot_go_below_itself(store, taxonomy):
    top1, _top2, _child, sdg = taxonomy
    with pytest.raises(ValidationError) as err:
        goals.update_goal(store, top1.id, {"parent": sdg.id})
    assert err.value.field == "parent"
    assert err.value.message("de") == "ein Ziel kann nicht unter sich selbst stehen"
    moved = goals.update_goal(store, sdg.id, {"parent": None, "position": 0})
    assert goals.list_goals(store)[0] == moved


def test_deleting_a_goal_lifts_its_children_and_unlinks_trips(store, taxonomy):
    top1, _top2, child, _sdg = taxonomy
    trip = trips.create_trip(store, {"title": "T", "start": "2026-01-01", "end": "2026-01-02",
                                     "goals": [child.id, top1.id]})
    assert {g.id for g in trip.goals} == {top1.id, child.id}
    goals.delete_goal(store, top1.id)
    assert goals.get_goal(store, child.id).parent_id is None
    assert [g.id for g in trips.get_trip(store, trip.id).goals] == [child.id]

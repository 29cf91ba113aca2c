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


@pytest.fixture
def demo(store):
    from delegations.demo import load_demo
    load_demo(store)
    return store


def _id(store, ref):
    return next(g.id for g in goals.list_goals(store) if g.ref == ref)


def test_usage_of_a_goal_in_the_demo_data(demo):
    from datetime import date
    usage = goals.goal_usage(demo, _id(demo, "sz-klima"), today=date(2026, 11, 23))
    assert [t.ref for t in usage.trips] == ["moshi-2019", "sf-2026"]  # by start date
    assert len(usage.outcomes) == 1 and usage.outcomes[0].trip_title
    assert [(f.ref, f.due) for f in usage.follow_ups] == [("f3", date(2026, 10, 31))]
    assert usage.overdue == {usage.follow_ups[0].id}
    assert usage.description.startswith("Eines der fünf strategischen Ziele")
    assert goals.goal_usage(demo, _id(demo, "sz-klima"), today=date(2026, 10, 1)).overdue == set()


def test_usage_can_include_the_goals_below(demo):
    top = _id(demo, "oz-global")
    alone = goals.goal_usage(demo, top)
    below = goals.goal_usage(demo, top, include_children=True)
    assert alone.follow_ups == ()
    assert {t.ref for t in below.trips} > {t.ref for t in alone.trips} | {"vaasa-2027"}
    assert {f.ref for f in below.follow_ups} >= {"f3", "f4", "f6"}
    assert goals.goal_usage(demo, _id(demo, "hf-netzwerke")).count == 1


def test_moving_among_siblings(store, taxonomy):
    top1, top2, child, sdg = taxonomy
    other = goals.create_goal(store, {"name": "Energie", "parent": top1.id,
                                      "position": goals.next_position(store, top1.id)})
    assert other.position == 2
    assert not goals.can_move(store, top1.id, -1) and goals.can_move(store, top1.id, 1)
    goals.move_goal(store, other.id, -1)
    order = [g.id for g in goals.list_goals(store)]
    assert order == [top1.id, other.id, child.id, sdg.id, top2.id]
    goals.move_goal(store, other.id, -5)  # stops at the first place
    goals.move_goal(store, other.id, 1)
    assert [g.id for g in goals.list_goals(store)][:3] == [top1.id, child.id, sdg.id]
    goals.move_goal(store, top2.id, -1)
    assert next(g.id for g in goals.list_goals(store)) == top2.id


def test_a_deleted_goal_comes_back_with_its_place_children_and_links(demo):
    goal_id = _id(demo, "oz-global")
    before = goals.goal_usage(demo, goal_id)
    children = [g.id for g in goals.list_goals(demo) if g.parent_id == goal_id]
    values = goals.goal_values(demo, goal_id)
    snapshot = goals.delete_goal(demo, goal_id)
    assert all(goals.get_goal(demo, c).parent_id is None for c in children)
    assert goals.restore_goal(demo, snapshot) == goal_id
    assert goals.goal_usage(demo, goal_id) == before
    assert goals.goal_values(demo, goal_id) == values
    assert [g.id for g in goals.list_goals(demo) if g.parent_id == goal_id] == children


def test_children_of_a_deleted_goal_move_up_to_its_parent(store, taxonomy):
    top1, _top2, child, sdg = taxonomy
    goals.delete_goal(store, child.id)
    assert goals.get_goal(store, sdg.id).parent_id == top1.id


def test_goal_values_carry_the_description(store, taxonomy):
    top1 = taxonomy[0]
    goals.update_goal(store, top1.id, {"description": "Århus und İskenderun"})
    values = goals.goal_values(store, top1.id)
    assert values["description"] == "Århus und İskenderun" and values["kind"] == "overarching"

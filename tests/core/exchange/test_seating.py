"""Seating plans in the exchange file: carried whole, round trip without loss, bad
plans refused with the path of the problem."""

from __future__ import annotations

import copy

import pytest

from delegations.errors import ValidationError
from delegations.exchange import export_store, import_exchange
from delegations.services import seating, trips
from delegations.storage.store import open_store
from tests.seating_sample import DOCUMENT, dinner_plan


def exported(store) -> dict:
    return export_store(store, [trips.find_trip(store, "visit")])


def test_a_plan_goes_out_and_comes_back_the_same(store, tmp_path):
    plan_id = dinner_plan(store)
    seating.propose(store, plan_id)
    view = seating.get_plan(store, plan_id)
    host = view.guests[0]
    seating.set_locked(store, host.id, True)
    seating.keep_apart(store, plan_id, view.guests[1].id, view.guests[2].id)
    document = exported(store)
    plan = document["trips"][0]["agenda"][0]["seating"]
    assert [t["name"] for t in plan["tables"]] == ["Ehrentafel", "Förde"]
    assert plan["guests"][0]["participant"] == "ob" and plan["guests"][0]["locked"]
    assert plan["apart"] == [["g2", "g3"]]

    other = open_store(tmp_path / "other.sqlite")
    import_exchange(other, document)
    assert exported(other) == document
    again = seating.plans_of_trip(other, trips.find_trip(other, "visit"))[0]
    assert [(g.card, g.seat, g.locked, g.rank, g.tied) for g in again.guests] == [
        (g.card, g.seat, g.locked, g.rank, g.tied) for g in seating.get_plan(
            store, plan_id).guests]
    other.close()


def test_an_item_without_seating_keeps_its_plan_on_reimport(store):
    plan_id = dinner_plan(store)
    import_exchange(store, DOCUMENT)  # the sample states no seating
    assert seating.get_plan(store, plan_id).tables[1].name == "Förde"


@pytest.mark.parametrize("change,path", [
    (lambda p: p["guests"][0].update(participant="nobody"),
     "trips[0].agenda[0].seating.guests[0].participant"),
    (lambda p: p["guests"][0].update(table="t9"), "trips[0].agenda[0].seating.guests[0].table"),
    (lambda p: p["guests"][0].update(seat=99), "trips[0].agenda[0].seating.guests[0].seat"),
    (lambda p: p["guests"][1].update(table="t1", seat=p["guests"][0]["seat"]),
     "trips[0].agenda[0].seating.guests[1].seat"),
    (lambda p: p.update(apart=[["g1", "g1"]]), "trips[0].agenda[0].seating.apart[0]"),
    (lambda p: p["tables"][0].update(seats="viele"),
     "trips[0].agenda[0].seating.tables[0].seats"),
])
def test_a_bad_plan_is_refused_naming_the_place_and_changes_nothing(store, change, path):
    plan_id = dinner_plan(store)
    seating.propose(store, plan_id)
    document = copy.deepcopy(exported(store))
    change(document["trips"][0]["agenda"][0]["seating"])
    before = seating.seats(store, plan_id)
    with pytest.raises(ValidationError) as caught:
        import_exchange(store, document)
    assert caught.value.field == path
    assert seating.seats(store, plan_id) == before

"""A seating plan's guest list is put back exactly (ids, seats, partners, interpreters,
pairs kept apart, rules) after guests were added, removed or changed: the undo of the
seating editor's edits."""

from __future__ import annotations

import pytest

from delegations.errors import NotFoundError
from delegations.services import participants, seating
from delegations.services.seating_state import plan_state, restore_plan
from tests.seating_sample import dinner_plan


@pytest.fixture
def plan_id(store) -> int:
    ident = dinner_plan(store)
    seating.propose(store, ident)
    return ident


def ids(store, plan_id: int) -> dict[str, int]:
    return {g.name: g.id for g in seating.get_plan(store, plan_id).guests}


def test_a_removed_guest_comes_back_with_id_seat_and_the_pairs(store, plan_id):
    who = ids(store, plan_id)
    seating.keep_apart(store, plan_id, who["Bettina Aust"], who["Алексей Петров"])
    seating.update_guest(store, who["Bettina Aust"], {"partner_id": who["Friederike Hansen"]})
    seating.set_locked(store, who["Ирина Соколова"], True)
    before = plan_state(store, plan_id)
    view = seating.get_plan(store, plan_id)
    seating.remove_guest(store, who["Ирина Соколова"])  # her interpreter loses her
    seating.remove_guest(store, who["Алексей Петров"])  # and the pair kept apart goes
    seating.set_rules(store, plan_id, {"couples_together": False})
    seating.update_guest(store, who["Bettina Aust"], {"rank": 7, "delegation": "Kiel"})
    assert plan_state(store, plan_id) != before
    restore_plan(store, plan_id, before)
    assert plan_state(store, plan_id) == before
    again = seating.get_plan(store, plan_id)
    assert again.guests == view.guests and again.apart == view.apart
    assert again.guest(who["Olga Becker"]).serves_id == who["Ирина Соколова"]


def test_a_guest_added_goes_again_and_comes_back_on_redo(store, plan_id):
    before = plan_state(store, plan_id)
    new = seating.add_guest(store, plan_id, {"name": "Kenji Satō", "delegation": "横浜",
                                             "rank": 1})
    seating.seat_guest(store, new, seating.get_plan(store, plan_id).tables[1].id, 3)
    after = plan_state(store, plan_id)
    restore_plan(store, plan_id, before)
    assert new not in ids(store, plan_id).values()
    restore_plan(store, plan_id, after)
    assert seating.get_plan(store, plan_id).guest(new).seat == 3


def test_a_guest_whose_participant_is_gone_cannot_come_back_and_nothing_changes(store,
                                                                                plan_id):
    before = plan_state(store, plan_id)
    aust = seating.get_plan(store, plan_id).guest(ids(store, plan_id)["Bettina Aust"])
    participants.remove_participant(store, aust.participant_id)  # her guest row goes too
    now = plan_state(store, plan_id)
    with pytest.raises(NotFoundError):
        restore_plan(store, plan_id, before)
    assert plan_state(store, plan_id) == now

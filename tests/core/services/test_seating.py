"""Seating plans through the service, against a real SQLite store."""

from __future__ import annotations

import pytest

from delegations.errors import NotFoundError, ValidationError
from delegations.services import seating
from delegations.services.seating_proposal import Issue
from tests.seating_sample import dinner_plan

pytestmark = pytest.mark.both_engines


@pytest.fixture
def plan_id(store) -> int:
    return dinner_plan(store)


def names(view) -> dict[str, seating.PlanView]:
    return {g.name: g for g in view.guests}


def test_a_new_plan_lists_the_items_people_with_sides_and_merged_ranks(store, plan_id):
    view = seating.get_plan(store, plan_id)
    assert [t.name for t in view.tables] == ["Ehrentafel", "Förde"]
    assert view.tables[0].head
    order = [(g.name, g.delegation, g.rank, g.tied) for g in view.guests]
    assert order[:3] == [("Ulf Kämpfer", "", 1, False),
                         ("Ирина Соколова", "Калининград", 2, True),
                         ("王芳", "杭州", 2, True)]  # the same rank, shown as a tie
    assert names(view)["Olga Becker"].interpreter


def test_the_proposal_seats_host_centre_and_principal_guest_to_the_right(store, plan_id):
    view = seating.propose(store, plan_id)
    people = names(view)
    head = view.tables[0]
    assert (people["Ulf Kämpfer"].table_id, people["Ulf Kämpfer"].seat) == (head.id, 2)
    assert (people["Ирина Соколова"].table_id, people["Ирина Соколова"].seat) == (head.id, 3)
    assert people["王芳"].seat == 1  # the host's left
    assert not people["Olga Becker"].seated  # behind the one she interprets for
    assert [g.name for g in view.behind(people["Ирина Соколова"].id)] == ["Olga Becker"]
    assert view.warnings == ()


def test_moving_a_guest_swaps_seats_and_the_warning_names_both(store, plan_id):
    view = seating.propose(store, plan_id)
    people = names(view)
    host, staff = people["Ulf Kämpfer"], people["Friederike Hansen"]
    seating.seat_guest(store, staff.id, host.table_id, host.seat)
    after = names(seating.get_plan(store, plan_id))
    assert (after["Friederike Hansen"].table_id, after["Friederike Hansen"].seat) == (
        host.table_id, host.seat)
    assert (after["Ulf Kämpfer"].table_id, after["Ulf Kämpfer"].seat) == (
        staff.table_id, staff.seat)
    warnings = seating.get_plan(store, plan_id).warnings
    rank = [w for w in warnings if w.issue == Issue.RANK and w.guest_id == staff.id]
    assert rank[0].message("en") == ("Friederike Hansen (rank 5) sits nearer the host than "
                                      "Oberbürgermeister Ulf Kämpfer (rank 1)")
    assert "sitzt näher am Gastgeber" in rank[0].message("de")


def test_locked_seats_survive_the_proposal_and_refuse_to_be_taken(store, plan_id):
    people = names(seating.propose(store, plan_id))
    staff, guest = people["Friederike Hansen"], people["王芳"]
    seating.seat_guest(store, staff.id, guest.table_id, guest.seat)
    seating.set_locked(store, staff.id, True)
    again = names(seating.propose(store, plan_id))
    assert (again["Friederike Hansen"].table_id, again["Friederike Hansen"].seat) == (
        guest.table_id, guest.seat)
    assert again["Friederike Hansen"].locked
    with pytest.raises(ValidationError, match="locked"):
        seating.seat_guest(store, again["Ulf Kämpfer"].id, guest.table_id, guest.seat)


def test_restoring_a_snapshot_undoes_a_proposal(store, plan_id):
    before = seating.seats(store, plan_id)
    seating.propose(store, plan_id)
    seating.restore_seats(store, plan_id, before)
    assert seating.seats(store, plan_id) == before
    assert all(not g.seated for g in seating.get_plan(store, plan_id).guests)


def test_bad_input_is_refused_with_a_message_and_changes_nothing(store, plan_id):
    before = seating.seats(store, plan_id)
    guest = seating.get_plan(store, plan_id).guests[0]
    table = seating.get_plan(store, plan_id).tables[1]
    with pytest.raises(ValidationError, match="no seat 5"):
        seating.seat_guest(store, guest.id, table.id, 4)
    with pytest.raises(ValidationError):
        seating.add_table(store, plan_id, {"name": "", "seats": 4})
    with pytest.raises(ValidationError):
        seating.add_table(store, plan_id, {"name": "Schwentine", "seats": "viele"})
    with pytest.raises(ValidationError):
        seating.set_locked(store, guest.id, True)  # no seat yet
    with pytest.raises(NotFoundError):
        seating.get_plan(store, 999)
    with pytest.raises(ValidationError):
        seating.create_plan(store, seating.get_plan(store, plan_id).agenda_item_id)
    assert seating.seats(store, plan_id) == before


def test_rules_and_pairs_kept_apart_shape_the_proposal(store, plan_id):
    people = names(seating.get_plan(store, plan_id))
    host, second = people["Ulf Kämpfer"].id, people["王芳"].id
    seating.keep_apart(store, plan_id, host, second)
    view = seating.propose(store, plan_id)
    assert view.apart == (tuple(sorted((host, second))),)
    seated = names(view)
    assert abs(seated["Ulf Kämpfer"].seat - seated["王芳"].seat) != 1
    seating.set_rules(store, plan_id, {"interpreters_at_table": True})
    beside = names(seating.propose(store, plan_id))
    assert beside["Olga Becker"].seated


def test_guests_typed_in_and_shrinking_a_table_frees_the_seats_gone(store, plan_id):
    gid = seating.add_guest(store, plan_id, {"name": "Dr. Gdańsk Gość", "delegation": "杭州",
                                             "rank": 2})
    view = seating.propose(store, plan_id)
    assert names(view)["Dr. Gdańsk Gość"].delegation == "杭州"
    head = view.tables[0]
    seating.update_table(store, head.id, {"seats": 4, "name": "Tafel"})
    after = seating.get_plan(store, plan_id)
    assert after.tables[0].name == "Tafel"
    assert sorted(g.seat for g in after.guests if g.table_id == head.id) == [0, 1, 2, 3]
    assert any(w.issue == Issue.UNSEATED for w in after.warnings)
    seating.remove_guest(store, gid)
    assert "Dr. Gdańsk Gość" not in names(seating.get_plan(store, plan_id))


def test_card_name_puts_the_title_before_the_name_once():
    assert seating.card_name("Ulf Kämpfer", "Oberbürgermeister") == (
        "Oberbürgermeister Ulf Kämpfer")
    assert seating.card_name("Dr. Katrin Lorenzen", "Dr.") == "Dr. Katrin Lorenzen"
    assert seating.card_name("王芳", "") == "王芳"


def test_seating_a_table_on_both_sides_keeps_each_guests_place_of_honour(store, plan_id):
    view = seating.propose(store, plan_id)
    head = view.tables[0]
    before = {g.name: g.seat for g in view.guests if g.table_id == head.id}
    assert before["Ulf Kämpfer"] == 2  # the centre of six seats on one side
    seating.update_table(store, head.id, {"both_sides": True})
    after = {g.name: g.seat for g in seating.get_plan(store, plan_id).guests
             if g.table_id == head.id}
    assert set(after) == set(before)  # nobody lost a seat
    assert after["Ulf Kämpfer"] == 1  # the middle of the host's side (seats 0-2)
    assert after[view.guests[1].name] == 4  # the guest of honour: now straight across
    assert seating.get_plan(store, plan_id).warnings == ()
    seating.update_table(store, head.id, {"both_sides": False})
    assert {g.name: g.seat for g in seating.get_plan(store, plan_id).guests
            if g.table_id == head.id} == before

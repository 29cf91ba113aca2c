"""The seating proposal and its checks, as pure functions (no store)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from delegations.enums import TableShape
from delegations.services.seating_proposal import (
    Finding,
    Guest,
    Issue,
    Rules,
    Table,
    adjacent,
    check,
    honour_order,
    precedence,
    propose,
    seat_slots,
    split,
)

HEAD = Table(1, TableShape.LONG, 7, head=True)
ROUND = Table(2, TableShape.ROUND, 6, position=1)


def people(*specs: tuple[int, int]) -> list[Guest]:
    """Guests numbered from 1: (side, rank) each."""
    return [Guest(n, side, rank, name=f"g{n}") for n, (side, rank) in enumerate(specs, 1)]


def test_the_places_of_honour_run_from_the_centre_right_then_left():
    assert honour_order(Table(1, TableShape.LONG, 7)) == [3, 4, 2, 5, 1, 6, 0]
    assert honour_order(Table(1, TableShape.LONG, 4)) == [1, 2, 0, 3]
    assert honour_order(Table(1, TableShape.ROUND, 6)) == [0, 1, 5, 2, 4, 3]
    assert honour_order(Table(1, TableShape.ROUND, 1)) == [0]


def test_a_long_table_on_both_sides_puts_the_principal_guest_opposite_the_host():
    french = Table(1, TableShape.LONG, 6, head=True, both_sides=True)
    assert split(french) == 3  # seats 0-2 the host's side, 3-5 across (3 opposite 0)
    # host (1), principal guest opposite (4), host's right (2), principal guest's right
    # (3, across from the host's left), host's left (0), principal guest's left (5)
    assert honour_order(french) == [1, 4, 2, 3, 0, 5]
    assert honour_order(Table(1, TableShape.LONG, 7, both_sides=True)) == [
        1, 5, 2, 4, 0, 6, 3]
    assert honour_order(Table(1, TableShape.ROUND, 6, both_sides=True)) == [
        0, 1, 5, 2, 4, 3]  # only long tables have two sides
    tables = {1: french}
    assert adjacent((1, 1), (1, 2), tables) and adjacent((1, 4), (1, 5), tables)
    assert not adjacent((1, 2), (1, 3), tables)  # the ends of the two sides
    assert not adjacent((1, 1), (1, 4), tables)  # across the table is not beside
    guests = people((0, 1), (1, 1), (0, 2), (1, 2), (0, 3), (1, 3))
    result = propose([french], guests, {})
    assert [result.places[g] for g in (1, 2, 4, 3, 6, 5)] == [
        (1, 1), (1, 4), (1, 2), (1, 3), (1, 0), (1, 5)]
    assert check([french], guests, result.places) == []


def test_both_sides_merge_level_by_level_host_first_then_guests_before_hosts():
    guests = people((0, 1), (0, 2), (0, 3), (1, 1), (1, 2), (2, 1))
    order = [(s.guest_id, s.rank, s.tied) for s in precedence(guests)]
    # host; the two heads of delegation share rank 2; then the guests' second level
    # before the office's second, the office's third last
    assert order == [(1, 1, False), (4, 2, True), (6, 2, True), (5, 3, False),
                     (2, 4, False), (3, 5, False)]


def test_equal_ranks_within_a_side_are_shown_as_a_tie():
    guests = people((0, 1), (0, 5), (0, 5), (0, 7))
    assert [(s.rank, s.tied) for s in precedence(guests)] == [
        (1, False), (2, True), (2, True), (3, False)]


def test_host_at_the_centre_guest_of_honour_to_the_right_then_alternating():
    guests = people((0, 1), (1, 1), (0, 2), (1, 2), (0, 3))
    result = propose([HEAD, ROUND], guests, {})
    assert result.places[1] == (1, 3)  # host: centre of the head table
    assert result.places[2] == (1, 4)  # principal guest: the host's right
    assert result.places[4] == (1, 2)  # next rank (guest side, level 2): host's left
    assert result.places[3] == (1, 5)  # then the office's second: right again
    assert result.places[5] == (1, 1)
    assert check([HEAD, ROUND], guests, result.places) == []


def test_locked_seats_stay_and_the_rest_fill_around_them():
    guests = people((0, 1), (1, 1), (0, 2))
    result = propose([HEAD], guests, {3: (1, 3)})
    assert result.places[3] == (1, 3)
    assert result.places[1] == (1, 4)  # the best seat left
    findings = check([HEAD], guests, result.places)
    assert Finding(Issue.RANK, 3, 1) in findings  # the lower rank is nearer the host


def test_interpreters_sit_behind_the_one_they_serve_unless_the_office_says_otherwise():
    guests = [*people((0, 1), (1, 1)), Guest(3, 1, 9, interpreter=True, serves=2)]
    behind = propose([HEAD], guests, {})
    assert behind.behind == {3: 2} and 3 not in behind.places
    assert check([HEAD], guests, behind.places) == []
    beside = propose([HEAD], guests, {}, Rules(interpreters_at_table=True))
    assert adjacent(beside.places[3], beside.places[2], {1: HEAD})


def test_couples_together_or_apart_as_the_office_decides():
    guests = [*people((0, 1), (1, 1), (0, 2), (1, 2), (0, 3)),
              Guest(6, 1, 5, name="spouse", partner=2)]
    together = propose([HEAD, ROUND], guests, {})
    assert adjacent(together.places[6], together.places[2], {1: HEAD, 2: ROUND})
    assert check([HEAD, ROUND], guests, together.places) == []
    rules = Rules(couples_together=False)
    apart = propose([HEAD, ROUND], guests, {}, rules)
    assert not adjacent(apart.places[6], apart.places[2], {1: HEAD, 2: ROUND})
    assert Finding(Issue.COUPLE_TOGETHER, 2, 6) in check([HEAD, ROUND], guests,
                                                         together.places, rules)


def test_pairs_who_must_not_sit_together_are_kept_apart_and_flagged_when_not():
    guests = people((0, 1), (1, 1), (1, 2))
    rules = Rules(apart=frozenset({frozenset({1, 3})}))
    result = propose([HEAD], guests, {}, rules)
    assert not adjacent(result.places[1], result.places[3], {1: HEAD})
    forced = {1: (1, 3), 2: (1, 4), 3: (1, 2)}
    assert Finding(Issue.APART, 1, 3) in check([HEAD], guests, forced, rules)


def test_more_guests_than_seats_leaves_the_lowest_ranks_unseated_and_says_so():
    guests = people((0, 1), (1, 1), (0, 2))
    small = Table(1, TableShape.ROUND, 2, head=True)
    result = propose([small], guests, {})
    assert result.unseated == [3]
    assert check([small], guests, result.places) == [Finding(Issue.UNSEATED, 3)]


# ---------------------------------------------------------------------------- properties

tables_st = st.lists(
    st.tuples(st.sampled_from(list(TableShape)), st.integers(1, 9), st.booleans()),
    min_size=1, max_size=4,
).map(lambda specs: [Table(n, shape, seats, head=n == 1, position=n, both_sides=both)
                     for n, (shape, seats, both) in enumerate(specs, 1)])
guests_st = st.lists(st.tuples(st.integers(0, 3), st.integers(1, 6)), max_size=30).map(
    lambda specs: people(*specs))


@settings(max_examples=150, deadline=None)
@given(tables_st, guests_st)
def test_a_proposal_seats_each_guest_once_and_never_two_on_one_seat(tables, guests):
    result = propose(tables, guests, {})
    seats = list(result.places.values())
    assert len(seats) == len(set(seats))
    assert set(seats) <= set(seat_slots(tables))
    assert len(seats) == min(len(guests), len(seat_slots(tables)))
    assert set(result.places) | set(result.unseated) == {g.id for g in guests}


@settings(max_examples=150, deadline=None)
@given(tables_st, guests_st)
def test_without_rules_nobody_sits_nearer_the_host_than_a_higher_rank(tables, guests):
    result = propose(tables, guests, {})
    assert [f for f in check(tables, guests, result.places) if f.issue == Issue.RANK] == []


@settings(max_examples=150, deadline=None)
@given(tables_st, guests_st, st.data())
def test_locked_seats_are_kept_when_the_proposal_runs_again(tables, guests, data):
    first = propose(tables, guests, {})
    keep = data.draw(st.lists(st.sampled_from(sorted(first.places)), unique=True)
                     if first.places else st.just([]))
    locked = {g: first.places[g] for g in keep}
    again = propose(tables, list(reversed(guests)), locked)
    assert all(again.places[g] == place for g, place in locked.items())
    assert len(set(again.places.values())) == len(again.places)


@settings(max_examples=100, deadline=None)
@given(tables_st, guests_st)
def test_the_proposal_does_not_depend_on_the_order_guests_are_listed_in(tables, guests):
    assert propose(tables, guests, {}).places == propose(tables, guests[::-1], {}).places

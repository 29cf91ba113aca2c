"""Seating by precedence, as pure functions: the merged order of both sides, where the
places of honour are, the automatic proposal and the checks of a plan.

Practice (see PROTOCOL.md): the host sits at the centre of the head table, the guest of
honour to the host's right, the next ranks alternate right and left outward; two sides
are merged by the host, alternating. Nothing here reads the store, so it is tested
directly (with hypothesis) and the window can ask it again after every drag.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from delegations.enums import TableShape

Place = tuple[int, int]  # (table id, seat number; seat 0 is the table's host's seat)


@dataclass(frozen=True)
class Table:
    """A table; `both_sides`: a long table seated on both sides (see `split`)."""

    id: int
    shape: TableShape
    seats: int
    head: bool = False
    position: int = 0
    both_sides: bool = False


def two_sided(table: Table) -> bool:
    return table.both_sides and table.shape == TableShape.LONG and table.seats >= 2


def split(table: Table) -> int:
    """How many seats the host's side of the table has (all, unless it is two-sided).

    A two-sided long table's seats 0…a-1 are the host's side, from the host's left end;
    seat a + k sits straight across from seat k, so the principal guest, opposite the
    host, has the host's left on their right."""
    return (table.seats + 1) // 2 if two_sided(table) else table.seats


def side_and_place(table: Table, seat: int) -> tuple[int, int]:
    """(0 for the host's side, 1 for the far side; the place along the table)."""
    a = split(table)
    return (0, seat) if seat < a else (1, seat - a)


@dataclass(frozen=True)
class Guest:
    """A guest as the proposal sees them; `side` 0 is the office's own people, 1, 2…
    the visiting delegations in the host's order; `rank` counts within the side."""

    id: int
    side: int
    rank: int
    name: str = ""
    interpreter: bool = False
    serves: int | None = None
    partner: int | None = None


@dataclass(frozen=True)
class Rules:
    """The office's rules for one plan."""

    couples_together: bool = True
    interpreters_at_table: bool = False
    apart: frozenset[frozenset[int]] = frozenset()


@dataclass(frozen=True)
class Standing:
    """A guest's place in the merged order: `rank` 1 is the host; `tied` when someone
    else has the very same rank (shown, never hidden)."""

    guest_id: int
    rank: int
    tied: bool


@dataclass
class Proposal:
    places: dict[int, Place] = field(default_factory=dict)
    behind: dict[int, int] = field(default_factory=dict)  # interpreter -> the one served
    unseated: list[int] = field(default_factory=list)


class Issue(StrEnum):
    RANK = "rank"  # sits nearer the host than someone of higher rank
    APART = "apart"  # next to someone they must not sit beside
    COUPLE_SPLIT = "couple_split"
    COUPLE_TOGETHER = "couple_together"
    UNSEATED = "unseated"


@dataclass(frozen=True)
class Finding:
    issue: Issue
    guest_id: int
    other_id: int | None = None


# ---------------------------------------------------------------------------- precedence


def _levels(guests: Iterable[Guest]) -> dict[int, int]:
    """Each guest's level within their side: 1 for the side's highest rank, and so on."""
    by_side: dict[int, set[int]] = {}
    for g in guests:
        by_side.setdefault(g.side, set()).add(g.rank)
    dense = {side: {r: n for n, r in enumerate(sorted(ranks), 1)}
             for side, ranks in by_side.items()}
    return {g.id: dense[g.side][g.rank] for g in guests}


def _class(guest: Guest, level: int) -> int:
    """The host comes first; below the first level guests come before the office's own."""
    if guest.side == 0:
        return 0 if level == 1 else 2
    return 1


def serving(guest: Guest) -> bool:
    """An interpreter serving someone is placed by them, not ranked."""
    return guest.interpreter and guest.serves is not None and guest.serves != guest.id


def precedence(guests: Sequence[Guest]) -> list[Standing]:
    """The merged order of both sides: level by level, host, then the visiting
    delegations' people of that level, then the office's own (a courtesy to guests).

    Interpreters serving someone come last, unranked (rank 0)."""
    ranked = [g for g in guests if not serving(g)]
    levels = _levels(ranked)

    def key(g: Guest) -> tuple[int, int, int, str, int]:
        return (levels[g.id], _class(g, levels[g.id]), g.side, g.name.casefold(), g.id)

    ordered = sorted(ranked, key=key)
    groups = [key(g)[:2] for g in ordered]
    ranks: list[int] = []
    for n, group in enumerate(groups):
        ranks.append(1 if n == 0 else ranks[-1] + (group != groups[n - 1]))
    standings = [Standing(g.id, rank, groups.count(groups[n]) > 1)
                 for n, (g, rank) in enumerate(zip(ordered, ranks, strict=True))]
    helpers = sorted((g for g in guests if serving(g)), key=lambda g: (g.name.casefold(), g.id))
    return standings + [Standing(g.id, 0, False) for g in helpers]


# ---------------------------------------------------------------------------- the room


def honour_order(table: Table) -> list[int]:
    """The table's seats from the best: its centre, then right and left alternately.

    A round table's seat 0 is its host's, numbered on to the host's right; a long table
    or a row is numbered from the host's left end, its centre is the host's seat.
    """
    n = table.seats
    if n <= 0:
        return []
    if two_sided(table):
        return _two_sided_order(table)
    centre = 0 if table.shape == TableShape.ROUND else (n - 1) // 2
    order = [centre]
    step = 1
    while len(order) < n:
        for seat in (centre + step, centre - step):
            if table.shape == TableShape.ROUND:
                seat %= n
            if 0 <= seat < n and seat not in order:
                order.append(seat)
        step += 1
    return order


def _two_sided_order(table: Table) -> list[int]:
    """The host in the middle of their side, the principal guest straight across; then
    the host's right, the principal guest's right (the host's left side of the table),
    the host's left, the principal guest's left, and so on outward."""
    a = split(table)
    b, centre = table.seats - a, (a - 1) // 2
    order: list[int] = []
    for step in range(table.seats + 1):
        pairs = [(0, centre), (1, centre)] if step == 0 else [
            (0, centre + step), (1, centre - step), (0, centre - step), (1, centre + step)]
        for side, place in pairs:
            seat = place if side == 0 else a + place
            if 0 <= place < (a if side == 0 else b) and seat not in order:
                order.append(seat)
    return order


def ordered_tables(tables: Iterable[Table]) -> list[Table]:
    """The head table first, then the others in their order."""
    return sorted(tables, key=lambda t: (not t.head, t.position, t.id))


def seat_slots(tables: Iterable[Table]) -> list[Place]:
    """Every seat of the room, from the place of honour down."""
    return [(t.id, seat) for t in ordered_tables(tables) for seat in honour_order(t)]


def adjacent(a: Place, b: Place, tables: Mapping[int, Table]) -> bool:
    """Whether two seats are side by side at the same table."""
    if a[0] != b[0] or a[0] not in tables:
        return False
    table = tables[a[0]]
    if two_sided(table):
        (side, x), (other, y) = side_and_place(table, a[1]), side_and_place(table, b[1])
        return side == other and abs(x - y) == 1
    gap = abs(a[1] - b[1])
    return gap == 1 or (table.shape == TableShape.ROUND and table.seats > 2
                        and gap == table.seats - 1)


# ---------------------------------------------------------------------------- proposal


@dataclass
class _Room:
    slots: list[Place]
    tables: dict[int, Table]
    places: dict[int, Place]
    apart: dict[int, set[int]]

    def free(self) -> list[Place]:
        taken = set(self.places.values())
        return [s for s in self.slots if s not in taken]

    def clash(self, guest: int, slot: Place) -> bool:
        """Whether someone `guest` must not sit beside would be next to `slot`."""
        return any(other in self.places and adjacent(self.places[other], slot, self.tables)
                   for other in self.apart.get(guest, ()))

    def seat(self, guest: int, near: Place | None = None) -> bool:
        """Give `guest` the best free seat (next to `near` if one is free there)."""
        free = self.free()
        if near is not None:
            free = [s for s in free if adjacent(s, near, self.tables)] or free
        choice = next((s for s in free if not self.clash(guest, s)), None)
        choice = choice or (free[0] if free else None)
        if choice is not None:
            self.places[guest] = choice
        return choice is not None


def couples(guests: Sequence[Guest]) -> list[tuple[int, int]]:
    """The couples among the guests (either partner may name the other), sorted."""
    ids = {g.id for g in guests}
    return sorted({(min(g.id, g.partner), max(g.id, g.partner)) for g in guests
                   if g.partner in ids and g.partner != g.id})


def partners(guests: Sequence[Guest]) -> dict[int, int]:
    """Each member of a couple -> the other."""
    pairs = couples(guests)
    return {**dict(pairs), **{b: a for a, b in pairs}}


def _apart(guests: Sequence[Guest], rules: Rules) -> dict[int, set[int]]:
    pairs = {tuple(sorted(p)) for p in rules.apart if len(p) == 2}
    if not rules.couples_together:
        pairs |= set(couples(guests))
    apart: dict[int, set[int]] = {}
    for a, b in pairs:
        apart.setdefault(a, set()).add(b)
        apart.setdefault(b, set()).add(a)
    return apart


def propose(tables: Sequence[Table], guests: Sequence[Guest], locked: Mapping[int, Place],
            rules: Rules = Rules()) -> Proposal:
    """Seat everyone by precedence around the locked seats, which stay as they are."""
    room = _Room(seat_slots(tables), {t.id: t for t in tables}, {}, _apart(guests, rules))
    valid = set(room.slots)
    room.places.update({g: p for g, p in locked.items() if p in valid})
    by_id = {g.id: g for g in guests}
    result = Proposal()
    followers = _followers(guests, by_id, rules, result)
    for standing in precedence(guests):
        guest = by_id[standing.guest_id]
        if guest.id in result.behind or guest.id in followers:
            continue
        if guest.id in room.places or room.seat(guest.id):
            for other in _companions(guest.id, followers):
                if other not in room.places:
                    room.seat(other, near=room.places[guest.id])
    result.places = room.places
    result.unseated = [g.id for g in guests
                       if g.id not in room.places and g.id not in result.behind]
    return result


def _followers(guests: Sequence[Guest], by_id: Mapping[int, Guest], rules: Rules,
               result: Proposal) -> dict[int, int]:
    """Who is seated beside someone else (interpreters at the table, partners): follower
    -> leader. Interpreters kept off the table go to `result.behind` instead."""
    followers: dict[int, int] = {}
    for g in guests:
        served = g.serves
        if g.interpreter and served is not None and served in by_id and served != g.id:
            if rules.interpreters_at_table:
                followers[g.id] = served
            else:
                result.behind[g.id] = served
    if rules.couples_together:
        leaders = {s.guest_id: n for n, s in enumerate(precedence(guests))}
        for gid, partner in partners(guests).items():
            if (gid not in followers and partner not in followers
                    and leaders[partner] < leaders[gid]):
                followers[gid] = partner
    return followers


def _companions(leader: int, followers: Mapping[int, int]) -> list[int]:
    return [f for f, lead in followers.items() if lead == leader]


# ---------------------------------------------------------------------------- checks


def check(tables: Sequence[Table], guests: Sequence[Guest], places: Mapping[int, Place],
          rules: Rules = Rules()) -> list[Finding]:
    """What the office should look at in a plan (a proposal or one edited by hand)."""
    by_table = {t.id: t for t in tables}
    slots = {slot: n for n, slot in enumerate(seat_slots(tables))}
    seated = {g: p for g, p in places.items() if p in slots}
    findings = _rank_findings(guests, seated, slots, by_table, rules)
    findings += _pair_findings(guests, seated, by_table, rules)
    findings += [Finding(Issue.UNSEATED, g.id) for g in guests if g.id not in seated
                 and not (g.interpreter and g.serves is not None
                          and not rules.interpreters_at_table)]
    return findings


def _rank_findings(guests: Sequence[Guest], seated: Mapping[int, Place],
                   slots: Mapping[Place, int], tables: Mapping[int, Table],
                   rules: Rules) -> list[Finding]:
    """A guest nearer the host than the highest-ranked guest who sits further away."""
    order = {s.guest_id: n for n, s in enumerate(precedence(guests))}
    partner = partners(guests)

    def counts(g: Guest) -> bool:
        """Interpreters and a partner seated beside their higher-ranked partner are
        placed by someone else, not by their own rank."""
        other = partner.get(g.id, -1)
        follows = (rules.couples_together and other in seated and g.id in seated
                   and order[other] < order[g.id]
                   and adjacent(seated[g.id], seated[other], tables))
        return g.id in seated and not g.interpreter and not follows

    standings = zip(guests, _standings(guests), strict=True)
    ranks = {s.guest_id: s.rank for g, s in standings if counts(g)}
    findings = []
    for gid, rank in ranks.items():
        worse = [o for o, r in ranks.items() if r < rank
                 and slots[seated[o]] > slots[seated[gid]]]
        if worse:
            best = min(worse, key=lambda o: (ranks[o], slots[seated[o]]))
            findings.append(Finding(Issue.RANK, gid, best))
    return findings


def _standings(guests: Sequence[Guest]) -> list[Standing]:
    """The standings in the order of `guests`."""
    by_id = {s.guest_id: s for s in precedence(guests)}
    return [by_id[g.id] for g in guests]


def _pair_findings(guests: Sequence[Guest], seated: Mapping[int, Place],
                   tables: Mapping[int, Table], rules: Rules) -> list[Finding]:
    findings = []
    for pair in sorted(tuple(sorted(p)) for p in rules.apart if len(p) == 2):
        a, b = pair
        if a in seated and b in seated and adjacent(seated[a], seated[b], tables):
            findings.append(Finding(Issue.APART, a, b))
    for a, b in couples(guests):
        if a not in seated or b not in seated:
            continue
        beside = adjacent(seated[a], seated[b], tables)
        if rules.couples_together and not beside:
            findings.append(Finding(Issue.COUPLE_SPLIT, a, b))
        elif not rules.couples_together and beside:
            findings.append(Finding(Issue.COUPLE_TOGETHER, a, b))
    return findings

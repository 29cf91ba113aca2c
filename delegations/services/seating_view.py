"""What a seating plan looks like to the window and the papers: plain dataclasses with
each guest's name, card name, side, merged rank (ties marked) and seat, plus the
warnings in words. Built from the ORM rows in one place so both read the same."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from delegations.enums import TableShape
from delegations.i18n import N_, current_language, gettext
from delegations.model import SeatingGuest, SeatingPlan
from delegations.services import seating_proposal as core
from delegations.services.address import card_name


@dataclass(frozen=True)
class TableView:
    id: int
    name: str
    shape: TableShape
    seats: int
    head: bool
    position: int
    both_sides: bool = False  # a long table seated on both sides (seating_proposal.split)

    @property
    def near_side(self) -> int:
        """The seats on the host's side (all of them unless seated on both sides)."""
        return core.split(core.Table(self.id, self.shape, self.seats, self.head,
                                     self.position, self.both_sides))


@dataclass(frozen=True)
class GuestView:
    """A guest; `rank` is the merged rank across both sides, `tied` when shared."""

    id: int
    name: str
    title: str
    function: str
    organisation: str
    delegation: str  # '' for the office's own people
    side_rank: int
    rank: int
    tied: bool
    interpreter: bool
    serves_id: int | None
    partner_id: int | None
    table_id: int | None
    seat: int | None
    locked: bool
    participant_id: int | None
    contact_id: int | None
    card: str  # the name as printed on place cards

    @property
    def seated(self) -> bool:
        return self.table_id is not None and self.seat is not None


_MESSAGES = {
    core.Issue.RANK: N_("{guest} (rank {rank}) sits nearer the host than {other} "
                        "(rank {other_rank})"),
    core.Issue.APART: N_("{guest} sits next to {other}, though they must not sit together"),
    core.Issue.COUPLE_SPLIT: N_("{guest} and {other} are a couple but do not sit together"),
    core.Issue.COUPLE_TOGETHER: N_("{guest} and {other} are a couple and sit together, "
                                   "though couples are to be seated apart"),
    core.Issue.UNSEATED: N_("{guest} has no seat"),
}


@dataclass(frozen=True)
class SeatWarning:
    issue: core.Issue
    guest_id: int
    other_id: int | None
    params: tuple[tuple[str, Any], ...]

    def message(self, language: str | None = None) -> str:
        """The warning in words, in `language` (default: the current one)."""
        return gettext(_MESSAGES[self.issue], language or current_language()).format(
            **dict(self.params))


@dataclass(frozen=True)
class PlanView:
    id: int
    agenda_item_id: int
    trip_id: int
    item_title: str
    couples_together: bool
    interpreters_at_table: bool
    tables: tuple[TableView, ...]
    guests: tuple[GuestView, ...]  # in the merged order of precedence
    apart: tuple[tuple[int, int], ...]
    warnings: tuple[SeatWarning, ...]

    def guest(self, guest_id: int) -> GuestView:
        return next(g for g in self.guests if g.id == guest_id)

    def table(self, table_id: int) -> TableView:
        return next(t for t in self.tables if t.id == table_id)

    def at(self, table_id: int, seat: int) -> GuestView | None:
        """Who sits on that seat."""
        return next((g for g in self.guests if (g.table_id, g.seat) == (table_id, seat)), None)

    def behind(self, guest_id: int) -> list[GuestView]:
        """The interpreters sitting behind `guest_id` (not at the table)."""
        if self.interpreters_at_table:
            return []
        return [g for g in self.guests if g.interpreter and g.serves_id == guest_id
                and not g.seated]


# ---------------------------------------------------------------------------- building


def person(g: SeatingGuest) -> tuple[str, str, str, str]:
    """(name, title, function, organisation) from the participant, contact or typed name."""
    if g.participant is not None:
        p, c = g.participant, g.participant.contact
        return (g.name or p.name, c.title if c else "", p.function, p.organisation)
    if g.contact is not None:
        c = g.contact
        return (g.name or c.name, c.title, c.function, c.organisation)
    return (g.name, "", "", "")


def sides(plan: SeatingPlan) -> dict[str, int]:
    """The office's own people are side 0; the visiting delegations follow in the
    order of their highest-ranked guest (then of who was listed first)."""
    best: dict[str, tuple[int, int]] = {}
    for g in plan.guests:
        if g.delegation:
            best[g.delegation] = min(best.get(g.delegation, (g.rank, g.id)), (g.rank, g.id))
    ordered = sorted(best, key=lambda d: best[d])
    return {"": 0, **{d: n for n, d in enumerate(ordered, 1)}}


def core_guests(plan: SeatingPlan) -> list[core.Guest]:
    side = sides(plan)
    return [core.Guest(g.id, side[g.delegation], g.rank, person(g)[0], g.interpreter,
                       g.serves_id, g.partner_id) for g in plan.guests]


def core_tables(plan: SeatingPlan) -> list[core.Table]:
    return [core.Table(t.id, t.shape, t.seats, t.head, t.position, bool(t.both_sides))
            for t in plan.tables]


def rules(plan: SeatingPlan) -> core.Rules:
    return core.Rules(plan.couples_together, plan.interpreters_at_table,
                      frozenset(frozenset((a.first_id, a.second_id)) for a in plan.apart))


def places(plan: SeatingPlan) -> dict[int, core.Place]:
    return {g.id: (g.table_id, g.seat) for g in plan.guests
            if g.table_id is not None and g.seat is not None}


def _guest_view(g: SeatingGuest, standing: core.Standing) -> GuestView:
    name, title, function, organisation = person(g)
    return GuestView(
        g.id, name, title, function, organisation, g.delegation, g.rank, standing.rank,
        standing.tied, g.interpreter, g.serves_id, g.partner_id, g.table_id, g.seat,
        g.locked, g.participant_id, g.contact_id, card_name(name, title))


def _warning(finding: core.Finding, guests: dict[int, GuestView]) -> SeatWarning:
    g = guests[finding.guest_id]
    other = guests.get(finding.other_id) if finding.other_id is not None else None
    params = {"guest": g.card, "rank": g.rank, "other": other.card if other else "",
              "other_rank": other.rank if other else ""}
    return SeatWarning(finding.issue, finding.guest_id, finding.other_id,
                       tuple(params.items()))


def plan_view(plan: SeatingPlan) -> PlanView:
    """The plan as the window and the papers see it, with its warnings."""
    guests, tables = core_guests(plan), core_tables(plan)
    rows = {g.id: g for g in plan.guests}
    views = {s.guest_id: _guest_view(rows[s.guest_id], s) for s in core.precedence(guests)}
    findings = core.check(tables, guests, places(plan), rules(plan))
    item = plan.agenda_item
    return PlanView(
        plan.id, item.id, item.trip_id, item.title, plan.couples_together,
        plan.interpreters_at_table,
        tuple(TableView(t.id, t.name, t.shape, t.seats, t.head, t.position,
                        bool(t.both_sides))
              for t in sorted(plan.tables, key=lambda t: (not t.head, t.position, t.id))),
        tuple(views.values()),
        tuple(sorted((min(a.first_id, a.second_id), max(a.first_id, a.second_id))
                     for a in plan.apart)),
        tuple(_warning(f, views) for f in findings))

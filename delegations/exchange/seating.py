"""The seating plan of a programme item in the exchange file (an extension, see
docs/exchange.md): `agenda[].seating` with its tables, guests and pairs kept apart.

A plan is carried whole: importing an item that states `seating` replaces its plan;
an item that does not state it keeps the plan it has. Tables and guests get refs
inside the plan (by position and by precedence on export), so that seats, the one an
interpreter serves, partners and pairs kept apart can name them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select

from delegations.errors import ValidationError
from delegations.exchange.children import TripScope
from delegations.exchange.paths import as_list, index, located, objects, optional_ref
from delegations.exchange.refs import UNKNOWN_PARTICIPANT, Claims
from delegations.i18n import N_
from delegations.model import AgendaItem, SeatingApart, SeatingGuest, SeatingPlan, SeatingTable
from delegations.services.seating import GUEST, TABLE
from delegations.services.seating_proposal import precedence
from delegations.services.seating_view import core_guests
from delegations.validation import Field, boolean, clean, integer, ref

Doc = dict[str, Any]
UNKNOWN_REF = N_("unknown ref '{ref}' in this seating plan")


# ---------------------------------------------------------------------------- export


def seating_document(plan: SeatingPlan) -> Doc:
    """The plan as exchange JSON, in a fixed order (tables by position, guests by rank)."""
    tables = sorted(plan.tables, key=lambda t: (not t.head, t.position, t.id))
    table_refs = {t.id: f"t{n}" for n, t in enumerate(tables, 1)}
    order = [s.guest_id for s in precedence(core_guests(plan))]
    guests = sorted(plan.guests, key=lambda g: order.index(g.id))
    guest_refs = {g.id: f"g{n}" for n, g in enumerate(guests, 1)}
    return {
        "couples_together": bool(plan.couples_together),
        "interpreters_at_table": bool(plan.interpreters_at_table),
        "tables": [{"ref": table_refs[t.id], "name": t.name, "shape": t.shape.value,
                    "seats": t.seats, "head": bool(t.head),
                    "both_sides": bool(t.both_sides)} for t in tables],
        "guests": [_guest_document(g, guest_refs, table_refs) for g in guests],
        "apart": sorted(sorted((guest_refs[a.first_id], guest_refs[a.second_id]))
                        for a in plan.apart),
    }


def _guest_document(g: SeatingGuest, guests: Mapping[int, str],
                    tables: Mapping[int, str]) -> Doc:
    return {
        "ref": guests[g.id],
        "participant": g.participant.ref if g.participant is not None else None,
        "contact": g.contact.ref if g.contact is not None else None,
        "name": g.name, "delegation": g.delegation, "rank": g.rank,
        "interpreter": bool(g.interpreter),
        "serves": guests.get(g.serves_id) if g.serves_id else None,
        "partner": guests.get(g.partner_id) if g.partner_id else None,
        "table": tables.get(g.table_id) if g.table_id else None,
        "seat": g.seat + 1 if g.seat is not None and g.table_id else None,
        "locked": bool(g.locked),
    }


def seating_contacts(item: Doc) -> list[str]:
    """The contact refs an exported item's plan names (for one-trip exports)."""
    plan = item.get("seating") or {}
    return [g["contact"] for g in plan.get("guests", []) if g.get("contact")]


# ---------------------------------------------------------------------------- import


def import_seating(scope: TripScope, data: Mapping[str, Any],
                   items: Sequence[AgendaItem]) -> None:
    """Replace the plans of the items that state `seating`. `items` are the trip's
    programme items, the document's own first and in its order (an import that keeps what
    the file does not mention puts the trip's other items after them)."""
    listed = list(objects(data, "agenda"))
    for (step, item_data), item in zip(listed, items[:len(listed)], strict=True):
        if "seating" not in item_data:
            continue
        with located(step), located("seating"):
            _replace(scope, item, item_data["seating"])


def _replace(scope: TripScope, item: AgendaItem, value: Any) -> None:
    session = scope.ctx.session
    old = session.scalar(select(SeatingPlan).where(SeatingPlan.agenda_item_id == item.id))
    if old is not None:
        session.delete(old)
        session.flush()
    if value is None:
        return
    if not isinstance(value, Mapping):
        raise ValidationError("", N_("must be a JSON object"))
    rules = clean({"couples_together": Field(boolean, default=True),
                   "interpreters_at_table": Field(boolean)}, value)
    plan = SeatingPlan(agenda_item=item, **rules)
    session.add(plan)
    tables = _tables(plan, value)
    guests = _guests(scope, plan, value, tables)
    session.flush()
    _links(value, guests)
    _apart(plan, value, guests)


def _tables(plan: SeatingPlan, value: Mapping[str, Any]) -> dict[str, SeatingTable]:
    tables: dict[str, SeatingTable] = {}
    claims = Claims()
    for position, (step, data) in enumerate(objects(value, "tables")):
        with located(step):
            key = ref(data.get("ref"), "ref")
            claims.claim(key, step)
            table = SeatingTable(**clean(TABLE, data), position=position)
            plan.tables.append(table)
            tables[key] = table
    return tables


def _guests(scope: TripScope, plan: SeatingPlan, value: Mapping[str, Any],
            tables: Mapping[str, SeatingTable]) -> dict[str, SeatingGuest]:
    guests: dict[str, SeatingGuest] = {}
    claims, taken = Claims(), set()
    for step, data in objects(value, "guests"):
        with located(step):
            key = ref(data.get("ref"), "ref")
            claims.claim(key, step)
            guest = SeatingGuest(**clean(GUEST, data))
            _who(scope, guest, data)
            _place(guest, data, tables)
            if guest.table is not None:
                seat = (data["table"], guest.seat)
                if seat in taken:
                    raise ValidationError("seat", N_("two guests on seat {seat} of table "
                                                     "'{table}'"),
                                          seat=data["seat"], table=guest.table.name)
                taken.add(seat)
            plan.guests.append(guest)
            guests[key] = guest
    return guests


def _who(scope: TripScope, guest: SeatingGuest, data: Mapping[str, Any]) -> None:
    person = optional_ref(data, "participant")
    if person is not None:
        if person not in scope.people:
            raise ValidationError("participant", UNKNOWN_PARTICIPANT, ref=person)
        guest.participant = scope.people[person]
    else:
        guest.contact = scope.ctx.contacts.one(data, "contact")
    if guest.participant is None and guest.contact is None and not guest.name.strip():
        raise ValidationError("name", N_("a guest needs a participant, a contact or a name"))


def _place(guest: SeatingGuest, data: Mapping[str, Any],
           tables: Mapping[str, SeatingTable]) -> None:
    table_ref = optional_ref(data, "table")
    if table_ref is None:
        return
    if table_ref not in tables:
        raise ValidationError("table", UNKNOWN_REF, ref=table_ref)
    table = tables[table_ref]
    seat = integer(1, 200)(data.get("seat"), "seat")
    if seat is None or seat > table.seats:
        raise ValidationError("seat", N_("Table '{table}' has no seat {seat}."),
                              table=table.name, seat=seat)
    guest.table, guest.seat = table, seat - 1
    guest.locked = boolean(data.get("locked"), "locked")


def _links(value: Mapping[str, Any], guests: Mapping[str, SeatingGuest]) -> None:
    for step, data in objects(value, "guests"):
        with located(step):
            guest = guests[data["ref"]]
            for key, column in (("serves", "serves_id"), ("partner", "partner_id")):
                other = optional_ref(data, key)
                if other is not None:
                    if other not in guests:
                        raise ValidationError(key, UNKNOWN_REF, ref=other)
                    setattr(guest, column, guests[other].id)


def _apart(plan: SeatingPlan, value: Mapping[str, Any],
           guests: Mapping[str, SeatingGuest]) -> None:
    for position, pair in enumerate(as_list(value, "apart")):
        step = index("apart", position)
        if (not isinstance(pair, list) or len(pair) != 2 or pair[0] == pair[1]
                or not all(isinstance(r, str) and r in guests for r in pair)):
            raise ValidationError(step, N_("must name two different guests of the plan"))
        plan.apart.append(SeatingApart(first_id=guests[pair[0]].id,
                                       second_id=guests[pair[1]].id))

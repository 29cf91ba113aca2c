"""Sections shared by the itinerary and the briefing pack: facts, delegation, programme,
travel, hotels and contacts on site."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from delegations.documents import texts
from delegations.documents.audience import may_read
from delegations.documents.blocks import (
    Cell,
    facts,
    heading,
    para,
    table,
)
from delegations.documents.dayplan import join, leg_times
from delegations.documents.names import surname_key
from delegations.documents.source import Source
from delegations.documents.styles import stylesheet
from delegations.documents.template import TEXT_WIDTH
from delegations.enums import Role
from delegations.i18n import N_


def glance(src: Source, purpose: bool = True) -> list[Flowable]:
    """The trip at a glance: what, when, where, who leads, how many, where they stay
    (and why, unless the paper says that on its summary page)."""
    w, trip = src.words, src.trip
    heads = [p.name for p in src.delegation if p.role == Role.HEAD]
    pairs: list[tuple[str, Cell]] = [
        (w(N_("Trip")), trip.title),
        (w(N_("Type")), w.enum(trip.kind)),
        (w(N_("Dates")), w.span(trip.start, trip.end)),
        src.cities(),
        (w(N_("Venue")), src.home.name if src.at_home and src.home else ""),
        (w(N_("Head of delegation")), ", ".join(heads)),
        (w(N_("Delegation")), _persons(src)),
        (w(N_("Accommodation")), "; ".join(s.name for s in src.stays)),
        (w(N_("Purpose")), texts.cell_text(src, trip.purpose, trip.purpose_en)
         if purpose else ""),
    ]
    if src.participant is not None:
        pairs.insert(1, (w(N_("Itinerary for")), join(src.participant.name,
                                                      src.participant.function, sep=", ")))
    return [*heading(w(N_("The trip at a glance"))), facts(pairs)]


def _persons(src: Source) -> str:
    count = len(src.delegation)
    return src.words(N_("1 person") if count == 1 else N_("{count} persons")).format(
        count=count)


def delegation(src: Source) -> list[Flowable]:
    """The delegation in order of precedence, with function and role."""
    w = src.words
    header = ["", w(N_("Name")), w(N_("Function")), w(N_("Role"))]
    widths = [0.05, 0.27, 0.44, 0.24]
    full = any(may_read(src.variant, f) for f in ("diet", "mobility", "notes"))
    if full:
        header.append(w(N_("Notes")))
        widths = [0.05, 0.22, 0.33, 0.19, 0.21]
    rows: list[list[Cell]] = []
    for number, person in enumerate(src.delegation, 1):
        row: list[Cell] = [str(number), para(person.name, "cell-bold"),
                           join(person.function, person.organisation, sep=", "),
                           w.enum(person.role)]
        if full:
            row.append(para(join(person.diet, person.mobility, person.notes, sep="; "),
                            "cell-small"))
        rows.append(row)
    if not rows:
        return [*heading(w(N_("Delegation"))), para(w(N_("No one registered yet.")), "note")]
    return [*heading(w(N_("Delegation"))), table(header, rows, widths)]


def travel(src: Source) -> list[Flowable]:
    """Travel legs with local departure and arrival times."""
    w = src.words
    if not src.travel:
        return []
    rows: list[list[Cell]] = []
    for leg in src.travel:
        what = join(w.enum(leg.mode), join(leg.carrier, leg.number, sep=" "))
        route = [para(f"{leg.origin} → {leg.destination}", "cell-bold"),
                 para(leg_times(src, leg), "cell")]
        if src.note(leg.notes):
            route.append(para(leg.notes, "cell-small"))
        rows.append([w.short(leg.depart.date()), what, route, leg.booking_ref])
    header = [w(N_("Date")), w(N_("Connection")), w(N_("Route")), w(N_("Booking"))]
    return [*heading(w(N_("Travel"))), _table(src, header, rows, [0.15, 0.22, 0.48, 0.15])]


def _table(src: Source, header: list[str], rows: list[list[Cell]],
           widths: list[float]) -> Flowable:
    """A table whose last column (booking references) the hosts' copy leaves out."""
    if not src.external:
        return table(header, rows, _code_room(rows, widths))
    spare = widths[-1] / (len(widths) - 1)
    return table(header[:-1], [r[:-1] for r in rows], [w + spare for w in widths[:-1]])


def _code_room(rows: list[list[Cell]], widths: list[float]) -> list[float]:
    """`widths` with the last column (booking codes) wide enough for its longest code,
    taken from the widest column: a code is never broken inside."""
    style = stylesheet()["cell"]
    codes = [str(r[-1]) for r in rows if isinstance(r[-1], str)]
    need = max((stringWidth(c, style.fontName, style.fontSize) for c in codes), default=0)
    share = min((need + 9) / TEXT_WIDTH, 0.3)  # with the cell's padding
    extra = share - widths[-1]
    if extra <= 0:
        return widths
    out = list(widths)
    widest = max(range(len(out) - 1), key=lambda i: out[i])
    out[widest] -= extra
    out[-1] = share
    return out


def stays(src: Source) -> list[Flowable]:
    """Hotels with address, phone and dates."""
    w = src.words
    if not src.stays:
        return []
    rows: list[list[Cell]] = []
    for stay in src.stays:
        name = [para(stay.name, "cell-bold"), para(stay.address, "cell-small")]
        if src.note(stay.notes):
            name.append(para(stay.notes, "cell-small"))
        rows.append([name, stay.phone, f"{w.short(stay.check_in)} – {w.short(stay.check_out)}",
                     stay.booking_ref])
    header = [w(N_("Hotel")), w(N_("Phone")), w(N_("Stay")), w(N_("Booking"))]
    return [*heading(w(N_("Accommodation"))),
            _table(src, header, rows, [0.42, 0.2, 0.26, 0.12])]


def _contact_rows(src: Source) -> Iterable[list[Cell]]:
    for person in src.delegation:  # function and phone only: never a note or diet
        if person.phone:
            yield [para(person.name, "cell-bold"), person.function, person.phone]
    for stay in src.stays:
        if stay.phone:
            yield [para(stay.name, "cell-bold"), src.words(N_("Hotel")), stay.phone]
    for contact in sorted(src.trip.contacts, key=lambda c: surname_key(c.name, c.honorific)):
        if contact.phone and contact.id not in src.guests:
            yield [para(contact.name, "cell-bold"),
                   join(contact.function, contact.organisation, sep=", "), contact.phone]


def contacts(src: Source) -> list[Flowable]:
    """Who to call on site: delegation staff, hotels, hosts."""
    w = src.words
    rows = list(_contact_rows(src))
    if not rows:
        return []
    header = [w(N_("Name")), w(N_("Function")), w(N_("Phone"))]
    return [*heading(w(N_("Contacts on site"))), table(header, rows, [0.3, 0.45, 0.25])]

"""Sections shared by the itinerary and the briefing pack: facts, delegation, programme,
travel, hotels and contacts on site."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from itertools import groupby

from reportlab.platypus import Flowable

from delegations.documents.audience import may_read
from delegations.documents.blocks import (
    Cell,
    facts,
    gap,
    heading,
    heading_over,
    para,
    rich,
    table,
)
from delegations.documents.source import Source
from delegations.enums import Role
from delegations.i18n import N_
from delegations.services import dto

_PLACE_SEP = " · "


def _join(*parts: str, sep: str = _PLACE_SEP) -> str:
    return sep.join(p for p in parts if p)


def glance(src: Source) -> list[Flowable]:
    """The trip at a glance: what, when, where, who leads, how many, where they stay."""
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
        (w(N_("Purpose")), trip.purpose),
    ]
    if src.participant is not None:
        pairs.insert(1, (w(N_("Itinerary for")), _join(src.participant.name,
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
                           _join(person.function, person.organisation, sep=", "),
                           w.enum(person.role)]
        if full:
            row.append(para(_join(person.diet, person.mobility, person.notes, sep="; "),
                            "cell-small"))
        rows.append(row)
    return [*heading(w(N_("Delegation"))), table(header, rows, widths)]


def _time_cell(src: Source, item: dto.AgendaRow) -> list[Flowable]:
    local = f"{src.words.time(item.start)}–{src.words.time(item.end)}"
    cells: list[Flowable] = [para(local, "cell-bold")]
    home = src.home_time(item.start)
    if home:
        cells.append(para(home, "cell-small"))
    return cells


def _item_cell(src: Source, item: dto.AgendaRow, detail: bool) -> list[Flowable]:
    """Title, place, counterparts and (internal copies) who is responsible and notes."""
    w = src.words
    out: list[Flowable] = [para(item.title, "cell-bold")]
    if item.confidential:
        out.append(para(w(N_("Confidential")), "cell-warn"))
    out.append(para(_join(w.enum(item.kind), item.location, item.address), "cell-small"))
    if item.contact_names:
        out.append(rich([("b", w(N_("With")) + ": "), ("", ", ".join(item.contact_names))],
                        "cell"))
    extras = [(w(N_("Dress code")), item.dress_code)]
    if not src.external:
        extras.append((w(N_("Responsible")), item.responsible))
    out += [rich([("b", f"{label}: "), ("", value)], "cell") for label, value in extras if value]
    if detail and src.note(item.notes):
        out.append(para(item.notes, "cell-note"))
    return out


def _zone_note(src: Source, items: list[dto.AgendaRow]) -> list[Flowable]:
    zones = sorted({a.timezone for a in items})
    if not zones:
        return []
    places = ", ".join(src.place_of(z) for z in zones)
    text = src.words(N_("All times are local ({places})."))
    if any(src.home_time(a.start) for a in items) and src.home is not None:
        text += " " + src.words(N_("Home time ({home}) is shown beneath."))
    return [para(text.format(places=places, home=src.home.name if src.home else ""),
                 "small"), gap(2)]


def programme(src: Source, detail: bool = True, level: int = 1) -> list[Flowable]:
    """The programme day by day, in local time with home time beside it."""
    w, items = src.words, src.agenda
    out: list[Flowable] = [*heading_over(w(N_("Programme")), level)]
    if not items:
        return [*out, para(w(N_("No programme points yet.")), "note")]
    out += _zone_note(src, items)
    first = src.trip.start
    for day, group in groupby(items, key=lambda a: a.start.date()):
        out += heading(_day_title(src, day, first), level + 1, toc=False, style="day")
        rows = [[_time_cell(src, a), _item_cell(src, a, detail)] for a in group]
        out.append(table([w(N_("Time")), w(N_("Programme point"))], rows, [0.17, 0.83]))
    return out


def _day_title(src: Source, day: date, first: date) -> str:
    number = (day - first).days + 1
    label = src.words(N_("Day {number}")).format(number=number) if number >= 1 else ""
    return _join(label, src.words.day(day))


def travel(src: Source) -> list[Flowable]:
    """Travel legs with local departure and arrival times."""
    w = src.words
    if not src.travel:
        return []
    rows: list[list[Cell]] = []
    for leg in src.travel:
        what = _join(w.enum(leg.mode), _join(leg.carrier, leg.number, sep=" "))
        route = [para(f"{leg.origin} → {leg.destination}", "cell-bold"),
                 para(_leg_times(src, leg), "cell")]
        if src.note(leg.notes):
            route.append(para(leg.notes, "cell-small"))
        rows.append([w.short(leg.depart.date()), what, route, leg.booking_ref])
    header = [w(N_("Date")), w(N_("Connection")), w(N_("Route")), w(N_("Booking"))]
    return [*heading(w(N_("Travel"))), _table(src, header, rows, [0.15, 0.22, 0.48, 0.15])]


def _table(src: Source, header: list[str], rows: list[list[Cell]],
           widths: list[float]) -> Flowable:
    """A table whose last column (booking references) the hosts' copy leaves out."""
    if not src.external:
        return table(header, rows, widths)
    spare = widths[-1] / (len(widths) - 1)
    return table(header[:-1], [r[:-1] for r in rows], [w + spare for w in widths[:-1]])


def _leg_times(src: Source, leg: dto.TravelRow) -> str:
    """'departs 10:05, arrives 11:10 (local time)', naming the zones when they differ."""
    w = src.words
    arrive = w.time(leg.arrive)
    if leg.arrive.date() != leg.depart.date():
        arrive += f" ({w.short(leg.arrive.date())})"
    one_clock = leg.depart.utcoffset() == leg.arrive.utcoffset()  # Kiel and Aarhus
    if leg.depart_timezone == leg.arrive_timezone or one_clock:
        return w(N_("departs {depart}, arrives {arrive} (local time)")).format(
            depart=w.time(leg.depart), arrive=arrive)
    zoned = w(N_("{time} ({place} time)"))
    return w(N_("departs {depart}, arrives {arrive}")).format(
        depart=zoned.format(time=w.time(leg.depart), place=src.place_of(leg.depart_timezone)),
        arrive=zoned.format(time=arrive, place=src.place_of(leg.arrive_timezone)))


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
    for contact in src.trip.contacts:
        if contact.phone and contact.id not in src.guests:
            yield [para(contact.name, "cell-bold"),
                   _join(contact.function, contact.organisation, sep=", "), contact.phone]


def contacts(src: Source) -> list[Flowable]:
    """Who to call on site: delegation staff, hotels, hosts."""
    w = src.words
    rows = list(_contact_rows(src))
    if not rows:
        return []
    header = [w(N_("Name")), w(N_("Function")), w(N_("Phone"))]
    return [*heading(w(N_("Contacts on site"))), table(header, rows, [0.3, 0.45, 0.25])]

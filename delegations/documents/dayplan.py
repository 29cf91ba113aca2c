"""The programme day by day: every day of the trip (an empty one said so), each point,
travel leg and hotel check-in at its time, the day named again on every page it runs
onto ("Tuesday, 9 March 2027 (continued)")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from reportlab.platypus import CondPageBreak, Flowable

from delegations.documents import texts
from delegations.documents.blocks import day_table, gap, heading_over, para, rich
from delegations.documents.names import surname_key
from delegations.documents.source import Source
from delegations.i18n import N_
from delegations.services import dto

_PLACE_SEP = " · "
_WIDTHS = [0.17, 0.83]


def join(*parts: str, sep: str = _PLACE_SEP) -> str:
    return sep.join(p for p in parts if p)


@dataclass(frozen=True)
class _Line:
    """One row of a day: when it happens (for order) and its two cells."""

    at: datetime
    when: list[Flowable]
    what: list[Flowable]


def _clock(src: Source, start: datetime, end: datetime) -> str:
    """'22:00–01:00 (+1)' when the end falls on a later day."""
    text = f"{src.words.time(start)}–{src.words.time(end)}"
    shift = (end.date() - start.date()).days
    return f"{text} ({shift:+d})" if shift > 0 else text


def _time_cell(src: Source, item: dto.AgendaRow) -> list[Flowable]:
    cells: list[Flowable] = [para(_clock(src, item.start, item.end), "cell-bold")]
    home = src.home_time(item.start)
    if home:
        cells.append(para(home, "cell-small"))
    return cells


def _who(src: Source, ids: tuple[int, ...]) -> str:
    """The names of those who attend when the delegation splits ('' for everyone)."""
    names = {p.id: p.name for p in src.delegation}
    return ", ".join(names[i] for i in ids if i in names)


def _item_cell(src: Source, item: dto.AgendaRow, detail: bool) -> list[Flowable]:
    """Title, place, counterparts, who of us attends, and (internal copies) who is
    responsible and notes."""
    w = src.words
    out: list[Flowable] = [para(item.title, "cell-bold")]
    if item.confidential:
        out.append(para(w(N_("Confidential")), "cell-warn"))
    out.append(para(join(w.enum(item.kind), item.location, item.address), "cell-small"))
    extras = [(w(N_("With")), ", ".join(sorted(item.contact_names, key=surname_key))),
              (w(N_("Attending")), _who(src, item.attendee_ids)),
              (w(N_("Dress code")), item.dress_code)]
    if not src.external:
        extras.append((w(N_("Responsible")), item.responsible))
    out += [rich([("b", f"{label}: "), ("", value)], "cell") for label, value in extras if value]
    if detail and src.note(item.notes):
        out.append(para(item.notes, "cell-note"))
    return out


def leg_times(src: Source, leg: dto.TravelRow) -> str:
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


def _leg_line(src: Source, leg: dto.TravelRow) -> _Line:
    w = src.words
    what = [para(f"{leg.origin} → {leg.destination}", "cell-bold"),
            para(join(w.enum(leg.mode), join(leg.carrier, leg.number, sep=" ")), "cell-small"),
            para(leg_times(src, leg), "cell")]
    who = _who(src, leg.traveller_ids)
    if who:
        what.append(rich([("b", w(N_("Travelling")) + ": "), ("", who)], "cell"))
    return _Line(leg.depart, [para(w.time(leg.depart), "cell-bold")], what)


def _check_in_line(src: Source, stay: dto.StayRow, after: datetime) -> _Line:
    w = src.words
    what = [para(w(N_("Hotel check-in: {hotel}")).format(hotel=stay.name), "cell-bold"),
            para(join(stay.address, stay.phone), "cell-small")]
    return _Line(after, [para("", "cell")], what)


def _lines(src: Source, detail: bool) -> dict[date, list[_Line]]:
    """Every point, leg and check-in under its local day, in order of time; a check-in
    follows the day's last arrival (or ends the day)."""
    days: dict[date, list[_Line]] = {}
    for item in src.agenda:
        days.setdefault(item.start.date(), []).append(
            _Line(item.start, _time_cell(src, item), _item_cell(src, item, detail)))
    for leg in src.travel:
        days.setdefault(leg.depart.date(), []).append(_leg_line(src, leg))
    arrivals = {leg.arrive.date(): leg.arrive for leg in src.travel}
    for stay in src.stays:
        day_end = datetime.combine(stay.check_in, time(23, 59), UTC)
        after = arrivals.get(stay.check_in, day_end) + timedelta(seconds=1)
        days.setdefault(stay.check_in, []).append(_check_in_line(src, stay, after))
    for lines in days.values():
        lines.sort(key=lambda line: line.at.astimezone(UTC))
    return days


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


def _day_title(src: Source, day: date) -> str:
    number = (day - src.trip.start).days + 1
    label = src.words(N_("Day {number}")).format(number=number) if number >= 1 else ""
    return join(label, src.words.day(day))


def _all_days(src: Source, lines: dict[date, list[_Line]]) -> list[date]:
    """The trip's days from first to last, and any day outside them that has a line."""
    span = (src.trip.end - src.trip.start).days + 1
    days = {src.trip.start + timedelta(days=n) for n in range(max(span, 0))}
    return sorted(days | set(lines))


def programme(src: Source, detail: bool = True, level: int = 1) -> list[Flowable]:
    """The programme day by day, in local time with home time beside it."""
    w = src.words
    out: list[Flowable] = [*heading_over(w(N_("Programme")), level)]
    lines = _lines(src, detail)
    if not lines:
        return [*out, para(w(N_("No programme points yet.")), "note")]
    out += _zone_note(src, src.agenda)
    out += texts.some_untranslated(src, [(a.title, a.title_en) for a in src.agenda]
                                   + [(src.note(a.notes), "") for a in src.agenda])
    header = [w(N_("Time")), w(N_("Programme point"))]
    nothing = [[[para("", "cell")], [para(w(N_("Nothing planned on this day.")), "cell-note")]]]
    for day in _all_days(src, lines):
        title = _day_title(src, day)
        continued = w(N_("{day} (continued)")).format(day=title)
        rows = [[line.when, line.what] for line in lines.get(day, [])] or nothing
        out += [CondPageBreak(30 * 2.835), day_table(title, continued, header, rows, _WIDTHS)]
    return out

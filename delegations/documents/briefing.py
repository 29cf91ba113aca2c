"""The briefing pack: everything the head of delegation reads before and during the trip."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from delegations.documents import briefing_facts, dayplan, sections, texts, whoswho
from delegations.documents.blocks import (
    Cell,
    facts,
    gap,
    heading,
    heading_over,
    para,
    table,
    together,
)
from delegations.documents.fonts import SANS
from delegations.documents.names import surname_key
from delegations.documents.source import Source
from delegations.documents.styles import stylesheet
from delegations.enums import Role
from delegations.i18n import N_
from delegations.services import dto
from delegations.services.followups import open_follow_ups_about
from delegations.services.gifts import gifts_about
from delegations.services.outcomes import outcomes_of_trips
from delegations.services.trips import list_trips
from delegations.storage.store import Store

COVER = True  # a cover page and a table of contents (built in several passes)


def title(src: Source) -> str:
    return src.words(N_("Briefing pack"))


def _cover(src: Source) -> list[Flowable]:
    w, trip = src.words, src.trip
    heads = ", ".join(p.name for p in src.delegation if p.role == Role.HEAD)
    pairs: list[tuple[str, Cell]] = [
        (w(N_("Dates")), w.span(trip.start, trip.end)),
        src.cities(),
        (w(N_("Head of delegation")), heads),
        (w(N_("Type")), w.enum(trip.kind)),
    ]
    return [gap(120), para(title(src), "cover-title"), para(trip.title, "cover-sub"), gap(10),
            facts(pairs), gap(30), para(w(N_("Confidential – for internal use only")), "warn"),
            PageBreak()]


def _contents(src: Source) -> list[Flowable]:
    # the contents' own table style, with the embedded font: reportlab's default selects
    # Helvetica, which is not embedded and fails PDF/A-style checks
    toc = TableOfContents(dotsMinLevel=0, tableStyle=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    toc.levelStyles = [stylesheet()["toc1"], stylesheet()["toc2"]]
    return [para(src.words(N_("Contents")), "h1"), toc, PageBreak()]


def _earlier_trips(store: Store, src: Source, city: dto.CityRow) -> list[Flowable]:
    w = src.words
    earlier = [t for t in list_trips(store, dto.TripFilter(city_id=city.id))
               if t.id != src.trip.id and t.start < src.trip.start]
    if not earlier:
        return [para(w(N_("No earlier trips recorded.")), "note")]
    rows: list[list[Cell]] = []
    found = outcomes_of_trips(store, [t.id for t in earlier])
    for trip in sorted(earlier, key=lambda t: t.start, reverse=True):
        outcomes = [para(o.text, "cell-small") for o in found[trip.id]]
        rows.append([w.short(trip.start), [para(trip.title, "cell-bold"), *outcomes]])
    return [table([w(N_("Date")), w(N_("Trip and outcomes"))], rows, [0.16, 0.84])]


def _profile(store: Store, src: Source) -> list[Flowable]:
    """Each destination: relation, since when, topics, and the trips before this one."""
    w = src.words
    out = [*heading_over(w(N_("Partnership profile")))]
    if not src.trip.destinations:
        out.append(para(w(N_("No destinations recorded yet.")), "note"))
    for city in src.trip.destinations:
        out += [*heading(city.name, 2), *briefing_facts.partnership(store, src, city)]
        out += [*heading(w(N_("Earlier trips")), 3, toc=False), *_earlier_trips(store, src, city)]
    return out


def _meetings(src: Source) -> list[dto.AgendaRow]:
    return [a for a in src.agenda if a.contact_ids or a.objectives or a.talking_points
            or a.expected_asks or a.press_line]


def _theirs(src: Source, item: dto.AgendaRow) -> str:
    """Their side at the meeting, by surname; each told once in the who's who."""
    people = {c.id: c for c in src.trip.contacts}
    met = sorted((people[i] for i in item.contact_ids
                  if i in people and whoswho.other_side(src, people[i])),
                 key=lambda c: surname_key(c.name, c.honorific))
    return "; ".join(", ".join(x for x in (whoswho.display_name(c), c.function) if x)
                     for c in met)


_MEETING_TEXTS = ((N_("Objectives"), "objectives"), (N_("Talking points"), "talking_points"),
                  (N_("Expected asks"), "expected_asks"), (N_("Press line"), "press_line"),
                  (N_("Notes"), "notes"))


def _meeting(store: Store, src: Source, item: dto.AgendaRow) -> list[Flowable]:
    w = src.words
    ours = {p.id: p.name for p in src.delegation}
    attendees = ", ".join(ours[i] for i in item.attendee_ids if i in ours) or w(
        N_("The whole delegation"))
    when = f"{w.day(item.start.date())}, {w.time(item.start)}–{w.time(item.end)}"
    head = [*heading(item.title, 2), facts([
        (w(N_("When")), when), (w(N_("Where")), ", ".join(
            x for x in (item.location, item.address) if x)),
        (w(N_("From our side")), attendees), (w(N_("Their side")), _theirs(src, item)),
        (w(N_("Responsible")), item.responsible), (w(N_("Dress code")), item.dress_code)])]
    if item.confidential:
        head.insert(2, para(w(N_("Confidential")), "warn"))
    out: list[Flowable] = [together(*head)]
    for label, name in _MEETING_TEXTS:
        text = getattr(item, name)
        if text:
            out += [*heading(w(label), 3, toc=False),
                    *texts.points(src, text, getattr(item, f"{name}_en", ""))]
    return out


def _meeting_sections(store: Store, src: Source) -> list[Flowable]:
    out = [*heading_over(src.words(N_("Meetings")))]
    meetings = _meetings(src)
    if not meetings:
        return [*heading(src.words(N_("Meetings"))),
                para(src.words(N_("No meetings with counterparts or talking points yet.")),
                     "note")]
    for item in meetings:
        out += _meeting(store, src, item)
    return out


def _open_follow_ups(store: Store, src: Source) -> list[Flowable]:
    """Open actions that concern the destinations or the counterparts, from any trip."""
    w = src.words
    found = {f.id: f for f in open_follow_ups_about(
        store, [c.id for c in src.trip.destinations], [c.id for c in src.trip.contacts])}
    out = [*heading(w(N_("Open follow-ups")))]
    if not found:
        return [*out, para(w(N_("No open follow-ups.")), "note")]
    rows: list[list[Cell]] = [
        [[para(f.action, "cell"), para(f.trip_title, "cell-small")], f.owner, w.short(f.due),
         w.enum(f.status)] for f in sorted(found.values(), key=lambda f: (f.due is None, f.due))]
    header = [w(N_("Action")), w(N_("Owner")), w(N_("Due")), w(N_("Status"))]
    return [*out, table(header, rows, [0.5, 0.22, 0.14, 0.14])]


def _gifts(store: Store, src: Source) -> list[Flowable]:
    """Gifts already exchanged with the destinations or the counterparts."""
    w = src.words
    found = {g.id: g for g in gifts_about(
        store, [c.id for c in src.trip.destinations], [c.id for c in src.trip.contacts])}
    out = [*heading(w(N_("Gifts exchanged")))]
    if not found:
        return [*out, para(w(N_("No gifts recorded.")), "note")]
    rows: list[list[Cell]] = [
        [w.short(g.date), w.enum(g.direction), [para(g.description), para(g.trip_title,
                                                                            "cell-small")],
         g.contact_name or g.counterpart or g.city_name]
        for g in sorted(found.values(), key=lambda g: (g.date is None, g.date))]
    header = [w(N_("Date")), w(N_("Direction")), w(N_("Gift")), w(N_("With"))]
    return [*out, table(header, rows, [0.14, 0.14, 0.44, 0.28])]


def build(store: Store, src: Source) -> list[Flowable]:
    """Cover, contents, then the sections in the order the head of delegation reads them."""
    return (_cover(src) + _contents(src) + briefing_facts.summary(store, src)
            + sections.glance(src, purpose=False) + _profile(store, src)
            + whoswho.section(store, src)
            + dayplan.programme(src) + _meeting_sections(store, src)
            + briefing_facts.emergency(src) + _open_follow_ups(store, src)
            + _gifts(store, src) + sections.delegation(src) + sections.stays(src)
            + sections.contacts(src))

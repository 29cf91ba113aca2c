"""The activity report's sections: each partner and friendly city, multi-city events, the rest.

A forum's general outcomes and actions are told once, under the forum, and each of its
cities points there; what an outcome says about one city is told under that city.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from delegations.documents import blocks
from delegations.documents.blocks import Cell, heading, para, table, together
from delegations.documents.styles import stylesheet
from delegations.documents.words import Words
from delegations.enums import Relation, TripKind
from delegations.i18n import N_
from delegations.services.dto import CityRow
from delegations.services.report import (
    CitySection,
    MultiCityEvent,
    ReportAction,
    ReportOutcome,
    ReportTrip,
    YearReport,
)

EVENTS = N_("Forums and multi-city events")
_SINCE = {Relation.PARTNER: N_("Twin city since {year}"),
          Relation.FRIENDLY: N_("Friendly city since {year}")}
_RELATION = {Relation.PARTNER: N_("Twin city"), Relation.FRIENDLY: N_("Friendly city")}


@cache
def _unhyphenated(style: str) -> ParagraphStyle:
    return ParagraphStyle(f"{style}-report", parent=stylesheet()[style], embeddedHyphenation=0)


def rich(parts: Sequence[tuple[str, str]], style: str = "body") -> Paragraph:
    """blocks.rich, but not broken at hyphens: reportlab 5.1 loses the hyphen when it
    breaks a paragraph of several pieces there ('Open follow-|ups' came out 'followups')."""
    paragraph = blocks.rich(parts, style)
    paragraph.style = _unhyphenated(style)
    return paragraph


def _dates(w: Words, trip: ReportTrip) -> str:
    return w.short(trip.start) if trip.start == trip.end else \
        f"{w.short(trip.start)} –\n{w.short(trip.end)}"


def _trip_cell(w: Words, trip: ReportTrip) -> list[Flowable]:
    return [para(trip.title, "cell-bold"),
            para(f"{w.enum(trip.kind)} · {w.enum(trip.status)}", "cell-small")]


def _outcome(w: Words, outcome: ReportOutcome, style: str = "cell") -> Flowable:
    return rich([("b", f"{w.enum(outcome.kind)}: "), ("", outcome.text)], style)


def _see_events(w: Words, message: str, **values: object) -> Flowable:
    return para(w(message).format(section=w(EVENTS), **values), "cell-note")


def _trip_rows(w: Words, section: CitySection, told: frozenset[int]) -> list[list[Cell]]:
    """The city's trips with their outcomes; a forum's general outcomes pointed to only
    where the forum's section has some (`told`: those trips' ids)."""
    rows: list[list[Cell]] = []
    for trip in section.trips:
        said: list[Flowable] = [_outcome(w, o) for o in section.outcomes
                                if o.trip_id == trip.id]
        if trip.id in told and section.city.id in trip.city_ids:
            said.append(_see_events(w, N_("General outcomes: see “{section}”")))
        rows.append([_dates(w, trip), _trip_cell(w, trip), said or para("–", "cell-small")])
    return rows


def _actions_table(w: Words, actions: Sequence[ReportAction], event: bool = False) -> Flowable:
    """Open actions with what they belong to (an event's: only the city they name)."""
    rows: list[list[Cell]] = []
    for a in actions:
        about = a.city_name if event else a.trip_title
        rows.append([[para(a.action, "cell"), para(about, "cell-small")], a.owner,
                     w.short(a.due), w.enum(a.status)])
    header = [w(N_("Action")), w(N_("Owner")), w(N_("Due")), w(N_("Status"))]
    return table(header, rows, [0.5, 0.22, 0.14, 0.14])


def _facts_line(w: Words, section: CitySection) -> Flowable:
    a = section.activity
    kinds = ", ".join(f"{w.enum(k)} {a.trips_by_kind[k]}" for k in TripKind
                      if a.trips_by_kind.get(k))
    shared = w(N_(" ({n} of them at multi-city events)")).format(
        n=section.shared_outcomes) if section.shared_outcomes else ""
    return rich([("b", w(N_("Trips"))), ("", f": {a.trips}" + (f" ({kinds})" if kinds else "")
                                        + " · "),
                 ("b", w(N_("Outcomes"))), ("", f": {a.outcomes}{shared} · "),
                 ("b", w(N_("Open follow-ups"))), ("", f": {a.open_actions}")], "body")


def _relation(w: Words, city: CityRow) -> str:
    if city.relation not in _SINCE:
        return w.enum(city.relation)
    if w.sister_city(city.relation, city.country):
        return w(N_("Sister city since {year}")).format(year=city.since) if city.since \
            else w.relation(city.relation, city.country)
    if city.since:
        return w(_SINCE[city.relation]).format(year=city.since)
    return w(_RELATION[city.relation])


def _only_events(section: CitySection) -> bool:
    """Whether all the city did this year was take part in multi-city events."""
    return not section.outcomes and not section.open_actions and bool(section.trips) and \
        all(t.multi_city for t in section.trips)


def _took_part(w: Words, section: CitySection, told: frozenset[int]) -> Flowable:
    """The events the city took part in, pointing to their section only where it tells
    something (`told`: events with general outcomes or open follow-ups)."""
    said = "; ".join(f"{t.title} ({w.short(t.start)})" for t in section.trips)
    if not any(t.id in told for t in section.trips):
        return rich([("b", w(N_("Took part in")) + ": "), ("", said)], "body")
    return rich([("b", w(N_("Took part in")) + ": "), ("", said + " – "),
                 ("i", w(N_("outcomes and open follow-ups: see “{section}”")).format(
                     section=w(EVENTS)))], "body")


def city_section(w: Words, section: CitySection,
                 events: Sequence[MultiCityEvent] = ()) -> list[Flowable]:
    """One city's year: relation, the dashboard's figures, trips with outcomes, open actions."""
    city = section.city
    head = heading(city.name, 2)
    where = " · ".join(x for x in (_relation(w, city), w.country(city.country)) if x)
    top = [head[1], para(where, "small"), _facts_line(w, section)]
    told = frozenset(e.trip.id for e in events if e.outcomes)
    if _only_events(section):
        anything = frozenset(e.trip.id for e in events if e.outcomes or e.open_actions)
        return [head[0], together(*top, _took_part(w, section, anything))]
    if section.trips:
        top.append(table([w(N_("Dates")), w(N_("Trip")), w(N_("Outcomes for this city"))],
                         _trip_rows(w, section, told), [0.17, 0.35, 0.48]))
    out = [head[0], together(*top), *heading(w(N_("Open follow-ups")), 3, toc=False)]
    if section.open_actions:
        out.append(_actions_table(w, section.open_actions))
    if section.shared_actions:
        out.append(_see_events(w, N_("Open follow-ups of multi-city events: {n}, see "
                                     "“{section}”"), n=section.shared_actions))
    elif not section.open_actions:
        out.append(para(w(N_("No open follow-ups.")), "note"))
    return out


def _event(w: Words, event: MultiCityEvent) -> list[Flowable]:
    trip = event.trip
    out = [*heading(trip.title, 2), para(f"{w.span(trip.start, trip.end)} · "
                                         f"{w.enum(trip.kind)}", "small"),
           rich([("b", w(N_("Cities")) + ": "), ("", ", ".join(trip.city_names))], "body")]
    out += [_outcome(w, o, "bullet") for o in event.outcomes] or [
        para(w(N_("No general outcomes recorded.")), "note")]
    if event.open_actions:
        out += [*heading(w(N_("Open follow-ups")), 3, toc=False),
                _actions_table(w, event.open_actions, event=True)]
    return out


def _others(w: Words, trips: Sequence[ReportTrip]) -> list[Flowable]:
    rows: list[list[Cell]] = [[_dates(w, t), _trip_cell(w, t),
                               ", ".join(t.city_names) or w(N_("Without destination"))]
                              for t in trips]
    return [*heading(w(N_("Other cities and networks"))),
            para(w(N_("Trips that touch no partner or friendly city.")), "small"),
            table([w(N_("Dates")), w(N_("Trip")), w(N_("Destinations"))], rows,
                  [0.17, 0.45, 0.38])]


def sections(w: Words, report: YearReport) -> list[Flowable]:
    """The cities' sections, then the multi-city events, then trips elsewhere."""
    out: list[Flowable] = []
    if report.cities:
        out += heading(w(N_("Partner and friendly cities")))
        out.append(para(w(N_("Trips both ways, outcomes and the year's open follow-ups of "
                             "each city; the figures are those of the start page.")), "small"))
        for section in report.cities:
            out += city_section(w, section, report.events)
    if report.events:
        out += heading(w(EVENTS))
        out.append(para(w(N_("Their general outcomes, told once; outcomes for single cities "
                             "are under those cities.")), "small"))
        for event in report.events:
            out += _event(w, event)
    if report.other_trips:
        out += _others(w, report.other_trips)
    return out

"""The activity report for a year: per city, the trips, what they achieved, what is open."""

from __future__ import annotations

from reportlab.platypus import Flowable

from delegations.documents.blocks import Cell, facts, heading, para, table
from delegations.documents.words import Words
from delegations.enums import FollowUpStatus, Relation
from delegations.i18n import N_
from delegations.services import dto
from delegations.services.followups import list_follow_ups
from delegations.services.trips import get_trip, list_trips
from delegations.store import Store

_OPEN = (FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS)


def title(w: Words, year: int) -> str:
    return w(N_("Activity report {year}")).format(year=year)


def _by_city(trips: list[dto.TripDetail]
             ) -> list[tuple[dto.CityRow | None, list[dto.TripDetail]]]:
    """Twin cities first, then the others by name; trips without destination last."""
    cities: dict[int, dto.CityRow] = {}
    for trip in trips:
        cities.update((c.id, c) for c in trip.destinations)
    ordered = sorted(cities.values(), key=lambda c: (c.relation != Relation.PARTNER,
                                                     c.name.casefold()))
    groups: list[tuple[dto.CityRow | None, list[dto.TripDetail]]] = [
        (c, [t for t in trips if c.id in {d.id for d in t.destinations}]) for c in ordered]
    homeless = [t for t in trips if not t.destinations]
    return groups + ([(None, homeless)] if homeless else [])


def _trip_rows(w: Words, trips: list[dto.TripDetail]) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for trip in trips:
        what: list[Flowable] = [para(trip.title, "cell-bold"),
                                para(f"{w.enum(trip.kind)} · {w.enum(trip.status)}",
                                     "cell-small")]
        outcomes = [para(f"{w.enum(o.kind)}: {o.text}", "cell") for o in trip.outcomes]
        rows.append([f"{w.short(trip.start)} –\n{w.short(trip.end)}", what,
                     outcomes or para("–", "cell-small")])
    return rows


def _open_actions(store: Store, w: Words, city: dto.CityRow | None,
                  trips: list[dto.TripDetail]) -> list[Flowable]:
    if city is not None:
        actions = list_follow_ups(store, open_only=True, city_id=city.id)
    else:
        actions = [f for t in trips for f in t.follow_ups if f.status in _OPEN]
    if not actions:
        return [para(w(N_("No open follow-ups.")), "note")]
    rows: list[list[Cell]] = [[[para(f.action, "cell"), para(f.trip_title, "cell-small")],
                               f.owner, w.short(f.due), w.enum(f.status)] for f in actions]
    header = [w(N_("Action")), w(N_("Owner")), w(N_("Due")), w(N_("Status"))]
    return [table(header, rows, [0.5, 0.22, 0.14, 0.14])]


def _city_section(store: Store, w: Words, city: dto.CityRow | None,
                  trips: list[dto.TripDetail]) -> list[Flowable]:
    name = city.name if city else w(N_("Without destination"))
    out = heading(name)
    if city is not None:
        since = w(N_("since {year}")).format(year=city.since) if city.since else ""
        out.append(para(" · ".join(x for x in (w.enum(city.relation), since, city.country)
                                   if x), "small"))
    header = [w(N_("Dates")), w(N_("Trip")), w(N_("Outcomes"))]
    out.append(table(header, _trip_rows(w, trips), [0.17, 0.33, 0.5]))
    return [*out, *heading(w(N_("Open follow-ups")), 3, toc=False),
            *_open_actions(store, w, city, trips)]


def build(store: Store, w: Words, year: int) -> list[Flowable]:
    """Title and summary, then one section per city the year's trips went to."""
    trips = [get_trip(store, t.id) for t in list_trips(store, dto.TripFilter(year=year))]
    groups = _by_city(trips)
    story: list[Flowable] = [para(title(w, year), "title"), para(
        w(N_("Trips, outcomes and open follow-ups by city")), "subtitle")]
    story += [*heading(w(N_("Summary"))), facts([
        (w(N_("Trips")), str(len(trips))),
        (w(N_("Cities")), str(sum(c is not None for c, _ in groups))),
        (w(N_("Outcomes")), str(sum(len(t.outcomes) for t in trips))),
    ])]
    if not trips:
        return [*story, para(w(N_("No trips in {year}.")).format(year=year), "note")]
    for city, city_trips in groups:
        story += _city_section(store, w, city, city_trips)
    return story

"""The briefing pack's summary page, the partner city's record and the page for
emergencies and logistics, all from stored data."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable

from delegations.documents import texts
from delegations.documents.blocks import Cell, facts, heading, heading_over, para, table
from delegations.documents.source import Source
from delegations.enums import TAKES_PLACE, OutcomeKind, TripKind
from delegations.i18n import N_
from delegations.money import format_money
from delegations.services import dto
from delegations.services.budget import list_budget_lines, totals
from delegations.services.outcomes import list_outcomes
from delegations.services.trips import list_trips
from delegations.storage.store import Store

MONEY_LOCALES = {"de": "de_DE", "en": "en_GB"}


def money(src: Source, cents: int | None) -> str:
    if cents is None:
        return "–"
    return format_money(cents, src.trip.currency, MONEY_LOCALES[src.words.language])


def _budget(store: Store, src: Source) -> list[Flowable]:
    """The trip's budget and funding, and its planned lines."""
    w, trip = src.words, src.trip
    lines = list_budget_lines(store, trip.id)
    pairs: list[tuple[str, Cell]] = [
        (w(N_("Budget")), money(src, trip.budget_cents) if trip.budget_cents else ""),
        (w(N_("Funding")), trip.funding_source)]
    out: list[Flowable] = [*heading(w(N_("Budget and funding")), 2, toc=False)]
    if any(value for _, value in pairs):
        out.append(facts(pairs))
    if not lines:
        return [*out, para(w(N_("No budget lines recorded.")), "note")]
    rows: list[list[Cell]] = [[w.enum(b.category), w.enum(b.funding), b.note,
                               money(src, b.planned_cents)] for b in lines]
    rows.append([para(w(N_("Total")), "cell-bold"), "", "",
                 para(money(src, totals(lines).total.planned_cents), "cell-bold")])
    header = [w(N_("Category")), w(N_("Funding source")), w(N_("For")), w(N_("Planned"))]
    return [*out, table(header, rows, [0.17, 0.25, 0.4, 0.18]),
            *texts.some_untranslated(src, [(b.note, "") for b in lines])]


def summary(store: Store, src: Source) -> list[Flowable]:
    """One page: purpose, objectives, key messages, budget and funding."""
    w, trip = src.words, src.trip
    out: list[Flowable] = [*heading(w(N_("Summary")))]
    if not (trip.purpose.strip() or trip.objectives.strip() or trip.key_messages.strip()):
        out.append(para(w(N_("No purpose, objectives or key messages recorded yet.")), "note"))
    if trip.purpose.strip():
        out += [*heading(w(N_("Purpose")), 2, toc=False),
                *texts.body(src, trip.purpose, trip.purpose_en)]
    for label, text, english in (
            (N_("Objectives"), trip.objectives, trip.objectives_en),
            (N_("Key messages"), trip.key_messages, "")):
        if text.strip():
            out += [*heading(w(label), 2, toc=False), *texts.points(src, text, english)]
    return out + _budget(store, src)


def _city_trips(store: Store, src: Source, city: dto.CityRow) -> list[dto.TripRow]:
    """The trips with `city` before this one that took place, newest first."""
    found = [t for t in list_trips(store, dto.TripFilter(city_id=city.id))
             if t.id != src.trip.id and t.start < src.trip.start and t.status in TAKES_PLACE]
    return sorted(found, key=lambda t: t.start, reverse=True)


def _last_visit(src: Source, trips: list[dto.TripRow], incoming: bool) -> str:
    for trip in trips:
        if (trip.kind == TripKind.INCOMING) == incoming:
            return f"{src.words.short(trip.start)} {trip.title}"
    return src.words(N_("none recorded"))


def partnership(store: Store, src: Source, city: dto.CityRow) -> list[Flowable]:
    """Since when, the last visits both ways and the agreements made on earlier trips."""
    w = src.words
    earlier = _city_trips(store, src, city)
    agreements: list[list[Cell]] = [
        [w.short(o.date or trip.start), [para(o.text, "cell"),
                                         para(trip.title, "cell-small")]]
        for trip in earlier for o in list_outcomes(store, trip.id)
        if o.kind == OutcomeKind.AGREEMENT]
    out: list[Flowable] = [facts([
        (w(N_("Relation")), w.relation(city.relation, city.country)),
        (w(N_("Since")), str(city.since) if city.since else ""),
        (w(N_("Last visit there")), _last_visit(src, earlier, incoming=False)),
        (w(N_("Last visit here")), _last_visit(src, earlier, incoming=True)),
        (w(N_("Country")), w.country(city.country)),
        (w(N_("Languages")), w.languages(city.languages)),
        (w(N_("Topics")), texts.cell_text(src, city.topics)),
        (w(N_("Notes")), texts.cell_text(src, city.notes)),
    ])]
    out += heading(w(N_("Agreements")), 3, toc=False)
    if not agreements:
        return [*out, para(w(N_("No agreements recorded.")), "note")]
    return [*out, table([w(N_("Date")), w(N_("Agreement"))], agreements, [0.16, 0.84])]


def time_difference(src: Source, city: dto.CityRow) -> str:
    """'9 hours behind Kiel' at the trip's start; '' at home or for the same time."""
    if src.home is None or src.at_home:
        return ""
    noon = datetime.combine(src.trip.start, time(12))
    there = noon.replace(tzinfo=ZoneInfo(city.timezone)).utcoffset()
    here = noon.replace(tzinfo=ZoneInfo(src.home.timezone)).utcoffset()
    if there is None or here is None or there == here:
        return src.words(N_("same time as {home}")).format(home=src.home.name) \
            if there == here else ""
    hours = (there - here).total_seconds() / 3600
    amount = f"{abs(hours):g}".replace(".", "," if src.words.language == "de" else ".")
    message = N_("{hours} hours ahead of {home}") if hours > 0 else \
        N_("{hours} hours behind {home}")
    return src.words(message).format(hours=amount, home=src.home.name)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def emergency(src: Source) -> list[Flowable]:
    """Emergency numbers and consulate per city, hotels, people on site, time difference."""
    w, trip = src.words, src.trip
    out: list[Flowable] = [*heading_over(w(N_("Emergencies and logistics")))]
    for city in trip.destinations if not src.at_home else ():
        out += heading(city.name, 2)
        out.append(facts([
            (w(N_("Emergency and consulate")), "\n".join(_lines(city.emergency))
             or w(N_("none recorded"))),
            (w(N_("Time difference")), time_difference(src, city))]))
    stays = [[para(s.name, "cell-bold"), s.address, s.phone] for s in src.stays]
    if stays:
        out += [*heading(w(N_("Hotels")), 2),
                table([w(N_("Hotel")), w(N_("Address")), w(N_("Phone"))], stays,
                      [0.35, 0.43, 0.22])]
    out += heading(w(N_("On site: liaison, drivers and vehicles")), 2)
    lines = _lines(trip.logistics)
    if not lines:
        return [*out, para(w(N_("Nothing recorded.")), "note")]
    return out + texts.points(src, "\n".join(lines))

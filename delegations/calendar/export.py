"""A trip's programme and travel as an iCalendar file (RFC 5545) for people's calendars.

What Outlook, Thunderbird and Google expect: METHOD:PUBLISH, a VTIMEZONE for every
zone named by a TZID, DTSTART/DTEND in the local time of their place, stable UIDs
(`<trip ref>-<item ref>@delegations`, or the host's UID of an imported event), a
SEQUENCE that goes up when an event changed (see sequence), DTSTAMP, CRLF line ends
and folded lines (the icalendar library writes both).
Descriptions carry objectives, counterparts, dress code and who attends; talking
points only when asked for, internal notes never.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy import select

from delegations.atomic import write_atomic
from delegations.calendar.sequence import fingerprint, next_sequences
from delegations.calendar.zones import vtimezone
from delegations.enums import AgendaKind, TravelMode
from delegations.errors import NotFoundError
from delegations.folding import fold
from delegations.i18n import N_, current_language, gettext
from delegations.model import AgendaItem
from delegations.services import dto, trips
from delegations.services.conflicts import leg_label
from delegations.storage.store import Store

PRODID = "-//Delegations//Delegations programme 1.0//EN"
TRAVEL_MARK = "X-DELEGATIONS-TRAVEL"
MODES = {
    TravelMode.FLIGHT: N_("Flight"), TravelMode.TRAIN: N_("Train"), TravelMode.BUS: N_("Bus"),
    TravelMode.CAR: N_("Car"), TravelMode.SHIP: N_("Ship"), TravelMode.OTHER: N_("Journey"),
}


@dataclass(frozen=True)
class Options:
    """What goes into the file: one participant's events or all, talking points or not."""

    participant_id: int | None = None
    talking_points: bool = False
    language: str | None = None


def find_participant(store: Store, trip_id: int, key: str) -> int:
    """A participant of the trip by ref or by a name that only one of them has."""
    trip = trips.get_trip(store, trip_id)
    text = key.strip()
    by_ref = [p for p in trip.participants if p.ref == text]
    by_name = [p for p in trip.participants if fold(p.name) == fold(text)]
    found = by_ref or by_name
    if len(found) == 1:
        return found[0].id
    if found:
        raise NotFoundError(N_("'{participant}' names several participants of trip '{trip}'; "
                               "give the ref"), participant=text, trip=trip.ref)
    raise NotFoundError(N_("There is no participant '{participant}' in trip '{trip}'."),
                        participant=text, trip=trip.ref)


def _takes_part(person: int | None, listed: tuple[int, ...]) -> bool:
    return person is None or not listed or person in listed


def _lines(*pairs: tuple[str, str], language: str) -> str:
    return "\n".join(f"{gettext(label, language)}: {value}" for label, value in pairs if value)


def _item_event(trip: dto.TripDetail, item: dto.AgendaRow, uid: str,
                options: Options, language: str) -> Event:
    names = {p.id: p.name for p in trip.participants}
    attending = ", ".join(names[i] for i in item.attendee_ids if i in names)
    text = _lines((N_("Objectives"), item.objectives),
                  (N_("Counterparts"), ", ".join(item.contact_names)),
                  (N_("Dress code"), item.dress_code),
                  (N_("Responsible"), item.responsible),
                  (N_("Participants"), attending or gettext("the whole delegation", language)),
                  language=language)
    if options.talking_points and item.talking_points:
        text += f"\n\n{gettext('Talking points', language)}:\n{item.talking_points}"
    event = _event(uid, item.title, item.start, item.end, text,
                   ", ".join(x for x in (item.location, item.address) if x))
    if item.confidential:
        event.add("CLASS", "PRIVATE")
    if item.kind == AgendaKind.FREE:
        event["TRANSP"] = "TRANSPARENT"
    return event


def _leg_event(trip: dto.TripDetail, leg: dto.TravelRow, language: str) -> Event:
    text = _lines((N_("Booking reference"), leg.booking_ref),
                  (N_("Arrival"), f"{leg.destination} {leg.arrive:%H:%M} ({leg.arrive_timezone})"),
                  language=language)
    title = f"{gettext(MODES[leg.mode], language)} {leg_label(leg)}"
    event = _event(f"{trip.ref}-{leg.ref}@delegations", title, leg.depart, leg.arrive, text,
                   leg.origin)
    event.add(TRAVEL_MARK, leg.mode.value)  # our own import leaves legs out of the programme
    return event


def _event(uid: str, title: str, start: datetime, end: datetime, text: str,
           location: str) -> Event:
    event = Event()
    event.add("UID", uid)
    event.add("SUMMARY", title)
    event.add("DTSTART", start)
    if end > start:  # a point in time has no DTEND (RFC 5545: DTEND is after DTSTART)
        event.add("DTEND", end)
    if location:
        event.add("LOCATION", location)
    if text:
        event.add("DESCRIPTION", text)
    event.add("STATUS", "CONFIRMED")
    if "TRANSP" not in event:
        event.add("TRANSP", "OPAQUE")
    return event


def _external_uids(store: Store, trip_id: int) -> dict[int, str]:
    with store.read() as s:
        rows = s.execute(select(AgendaItem.id, AgendaItem.external_uid)
                         .where(AgendaItem.trip_id == trip_id))
        return {i: uid for i, uid in rows if uid}


def _events(store: Store, trip: dto.TripDetail, options: Options,
            language: str) -> list[Event]:
    person = options.participant_id
    external = _external_uids(store, trip.id)
    events = [_item_event(trip, item, external.get(item.id) or
                          f"{trip.ref}-{item.ref}@delegations", options, language)
              for item in trip.agenda if _takes_part(person, item.attendee_ids)]
    events += [_leg_event(trip, leg, language) for leg in trip.travel
               if _takes_part(person, leg.traveller_ids)]
    return sorted(events, key=lambda e: (e.decoded("DTSTART").astimezone(UTC), str(e["UID"])))


def _zones(events: Iterable[Event]) -> list[str]:
    used = {getattr(e.decoded(key).tzinfo, "key", "UTC") for e in events
            for key in ("DTSTART", "DTEND") if key in e}
    return sorted(used - {"UTC"})


def calendar_bytes(store: Store, trip_id: int, options: Options | None = None,
                   record: bool = False, now: datetime | None = None) -> bytes:
    """The .ics content; `record` keeps the SEQUENCE state for the next export."""
    options = options or Options()
    language = options.language or current_language()
    trip = trips.get_trip(store, trip_id)
    if options.participant_id is not None and all(
            p.id != options.participant_id for p in trip.participants):
        raise NotFoundError(N_("There is no participant '{participant}' in trip '{trip}'."),
                            participant=options.participant_id, trip=trip.ref)
    events = _events(store, trip, options, language)
    prints = {str(e["UID"]): fingerprint(e.to_ical()) for e in events}
    sequences = next_sequences(store, trip_id, prints, record=record)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = _calendar(trip, options)
    first, last = date(trip.start.year - 1, 1, 1), date(trip.end.year + 2, 1, 1)
    for name in _zones(events):
        cal.add_component(vtimezone(name, first, last))
    for event in events:
        event.add("SEQUENCE", sequences[str(event["UID"])])
        event.add("DTSTAMP", stamp)
        cal.add_component(event)
    return cal.to_ical()


def _calendar(trip: dto.TripDetail, options: Options) -> Calendar:
    cal = Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "PUBLISH")
    name = trip.title
    if options.participant_id is not None:
        person = next((p.name for p in trip.participants if p.id == options.participant_id), "")
        name = f"{trip.title} – {person}" if person else name
    cal.add("X-WR-CALNAME", name)
    return cal


def write_ics(store: Store, trip_id: int, path: str | Path,
              options: Options | None = None) -> int:
    """Write the trip's calendar to `path` all at once; the number of events."""
    data = calendar_bytes(store, trip_id, options, record=True)
    write_atomic(path, data)
    return data.count(b"BEGIN:VEVENT")

"""A host's programme from a calendar file into a trip: first a preview, then one write.

Each event becomes an agenda item in the event's own zone: its TZID (IANA, Windows or
vendor names mapped to IANA); times in UTC are shown in the calendar's zone
(X-WR-TIMEZONE) or else the trip's; floating times are read in the trip's zone.
Repeating events are expanded within the trip's dates; events outside them, all-day
and cancelled events are listed as skipped. An event imported before (its UID is an
item's external_uid) updates that item: title, times, zone, place and notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import select

from delegations.calendar.export import TRAVEL_MARK
from delegations.calendar.parse import CalendarFile, Occurrence, occurrences, read_calendar
from delegations.calendar.zones import iana_name
from delegations.errors import ValidationError
from delegations.i18n import N_, gettext
from delegations.model import AgendaItem, Trip
from delegations.progress import QUIET, Progress
from delegations.services import agenda, home, trips
from delegations.storage.store import Store
from delegations.timezones import is_valid_zone, zone
from delegations.validation import clean_agenda

_LIMITS = {"title": 300, "location": 300}


@dataclass(frozen=True)
class Note:
    """Something the user should know about one event (skipped, or read with care)."""

    line: int
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, language: str | None = None) -> str:
        """The note in `language` (default: the current one)."""
        return gettext(self.template, language).format(**self.params)


@dataclass(frozen=True)
class IcsRow:
    """An event to write: `data` in exchange spelling; `item_id` set when it updates."""

    uid: str
    line: int
    data: Mapping[str, Any]
    item_id: int | None = None
    notes: tuple[Note, ...] = ()

    @property
    def title(self) -> str:
        return str(self.data["title"])


@dataclass(frozen=True)
class IcsResult:
    created: int
    updated: int


@dataclass(frozen=True)
class IcsPreview:
    """What an import would do; nothing is written before apply()."""

    file: str
    trip_id: int
    rows: tuple[IcsRow, ...]
    skipped: tuple[Note, ...] = ()

    @property
    def new(self) -> tuple[IcsRow, ...]:
        return tuple(r for r in self.rows if r.item_id is None)

    @property
    def updates(self) -> tuple[IcsRow, ...]:
        return tuple(r for r in self.rows if r.item_id is not None)

    def apply(self, store: Store, progress: Progress = QUIET) -> IcsResult:
        """Write every row in one transaction: all or nothing (stopping `progress`,
        Cancelled, too writes nothing)."""
        with store.transaction() as s:
            for row in progress.over(self.rows, len(self.rows)):
                if row.item_id is None:
                    made = agenda.add_item(store, self.trip_id, {"kind": "other", **row.data})
                    item = s.get(AgendaItem, made.id)
                    assert item is not None
                    item.external_uid = row.uid
                else:
                    agenda.update_item(store, row.item_id, row.data)
        return IcsResult(len(self.new), len(self.updates))


def _trip_zone(store: Store, trip_id: int) -> tuple[str, date, date]:
    trip = trips.get_trip(store, trip_id)
    name = trip.timezone or getattr(home.get_home(store), "timezone", None) or "UTC"
    return name, trip.start, trip.end


def read_ics(path: str | Path, store: Store, trip_id: int,
             progress: Progress = QUIET) -> IcsPreview:
    """The preview of importing a calendar file into a trip; the store is not changed.
    `progress` hears of each event converted (and may stop the reading: Cancelled).

    A file that is not a sound calendar raises CalendarFileError (file and line);
    an event whose fields break the rules raises ValidationError naming its line.
    """
    trip_zone, first, last = _trip_zone(store, trip_id)
    calendar = read_calendar(path)
    window = (first - timedelta(days=1), last + timedelta(days=2))
    found, startless = occurrences(calendar, *window)
    skipped = [Note(line, N_("an event without a start time was left out"))
               for line, _ in startless]
    existing = _existing(store, trip_id)
    rows: list[IcsRow] = []
    fallback = calendar.default_zone if is_valid_zone(calendar.default_zone) else trip_zone
    for occurrence in progress.over(found, len(found)):
        row = _row(calendar, occurrence, trip_zone, fallback, (first, last), skipped)
        if row is not None:
            rows.append(_matched(row, existing))
    rows.sort(key=lambda r: (r.data["start"], r.uid))
    return IcsPreview(calendar.name, trip_id, tuple(rows), tuple(skipped))


def _existing(store: Store, trip_id: int) -> dict[str, tuple[int, bool]]:
    """Items by the UID they came with (True), and by the UID our own export gives them
    (False: only title and times are taken back, our place and notes stay)."""
    with store.read() as s:
        trip_ref = s.scalar(select(Trip.ref).where(Trip.id == trip_id))
        rows = s.execute(select(AgendaItem.external_uid, AgendaItem.ref, AgendaItem.id)
                         .where(AgendaItem.trip_id == trip_id)).all()
    known = {f"{trip_ref}-{ref}@delegations": (item_id, False) for _, ref, item_id in rows}
    known.update((uid, (item_id, True)) for uid, _, item_id in rows if uid)
    return known


def _matched(row: IcsRow, existing: Mapping[str, tuple[int, bool]]) -> IcsRow:
    if row.uid not in existing:
        return row
    item_id, external = existing[row.uid]
    data = row.data if external else {k: v for k, v in row.data.items()
                                      if k not in ("location", "notes")}
    return IcsRow(row.uid, row.line, data, item_id, row.notes)


def _event_zone(value: Any, floating: str, utc: str,
                notes: list[Note], line: int) -> tuple[datetime, str]:
    """The instant (aware) and the zone an event time belongs to."""
    moment: datetime = value.dt
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone(floating)), floating
    tzid = value.params.get("TZID")
    if tzid is None or _is_utc(moment.tzinfo):
        return moment, utc
    name = iana_name(str(tzid))
    if name is None:
        notes.append(Note(line, N_("unknown time zone '{zone}': times shown in {fallback}"),
                          {"zone": str(tzid), "fallback": floating}))
        return moment, floating
    return moment, name


def _is_utc(tz: tzinfo) -> bool:
    probe = datetime(2000, 1, 1, tzinfo=tz)
    return probe.utcoffset() == timedelta(0) and str(tz) in ("UTC", "Z", "UTC+00:00")


def _left_out(event: Any, title: str) -> str | None:
    """Why an event is not a programme point, or None when it is one."""
    if not isinstance(event["DTSTART"].dt, datetime):
        return N_("'{title}' lasts whole days and was left out")
    if TRAVEL_MARK in event:
        return N_("'{title}' is a travel leg and was left out")
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return N_("'{title}' is cancelled and was left out")
    return None


def _inside(start: datetime, end: datetime, dates: tuple[date, date]) -> bool:
    """Whether local start and end touch the trip's days (ending at midnight does not)."""
    last = end - timedelta(microseconds=1) if end > start else end
    return start.date() <= dates[1] and last.date() >= dates[0]


def _row(calendar: CalendarFile, occ: Occurrence, trip_zone: str, utc_zone: str,
         dates: tuple[date, date], skipped: list[Note]) -> IcsRow | None:
    """The item data of one occurrence, or None (with a note in `skipped`)."""
    event, line = occ.event, occ.line
    title = str(event.get("SUMMARY", "")).strip() or gettext("(untitled event)")
    reason = _left_out(event, title)
    if reason is not None:
        skipped.append(Note(line, reason, {"title": title}))
        return None
    notes: list[Note] = []
    start, zone_name = _event_zone(event["DTSTART"], trip_zone, utc_zone, notes, line)
    local_start = start.astimezone(zone(zone_name))
    local_end = _end(event, start).astimezone(zone(zone_name))
    if not _inside(local_start, local_end, dates):
        skipped.append(Note(line, N_("'{title}' ({day}) is outside the trip's dates"),
                            {"title": title, "day": local_start.date().isoformat()}))
        return None
    if occ.problem:
        notes.append(Note(line, N_("its repetitions could not be read ({reason}); "
                                   "imported once"), {"reason": occ.problem}))
    data = {"title": title[:_LIMITS["title"]], "start": local_start, "end": local_end,
            "timezone": zone_name,
            "location": str(event.get("LOCATION", "")).strip()[:_LIMITS["location"]],
            "notes": str(event.get("DESCRIPTION", "")).strip()}
    _validate(calendar.name, line, data)
    return IcsRow(occ.uid, line, data, None, tuple(notes))


def _end(event: Any, start: datetime) -> datetime:
    """DTEND, else DTSTART + DURATION, else the start (a point in time)."""
    if "DTEND" in event and isinstance(event["DTEND"].dt, datetime):
        end = event["DTEND"].dt
        end = end if end.tzinfo is not None else end.replace(tzinfo=start.tzinfo)
    elif "DURATION" in event and isinstance(event["DURATION"].dt, timedelta):
        end = start + event["DURATION"].dt
    else:
        end = start
    return max(end, start)


def _validate(name: str, line: int, data: Mapping[str, Any]) -> None:
    try:
        clean_agenda({**data, "ref": "x", "kind": "other"})
    except ValidationError as err:
        raise ValidationError("", N_("{file}, line {line}: {reason}"), file=name, line=line,
                              reason=str(err)) from None

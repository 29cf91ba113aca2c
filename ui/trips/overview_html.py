"""The trip overview as rich text: what the office reads before a trip, calmly laid out."""

from __future__ import annotations

from html import escape

from babel.dates import format_date as babel_date
from PySide6.QtCore import QLocale, QObject

from delegations.enums import RegistrationStatus
from delegations.services.dto import AgendaRow, HomeRow, ParticipantRow, TravelRow, TripDetail
from delegations.services.programme import (
    ProgrammeDay,
    ProgrammeLine,
    has_home_times,
    programme_days,
    zone_place,
)
from delegations.venue import held_at_home
from ui.formatting import clock, clock_range, date_range, long_date, short_date
from ui.labels import label

STYLE = """
h1 { font-size: 17pt; font-weight: 600; margin-bottom: 2px; }
h2 { font-size: 12.5pt; font-weight: 600; margin-top: 22px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 0; margin-bottom: 6px; }
table { margin-bottom: 4px; }
td { padding: 3px 14px 3px 0; vertical-align: top; }
.muted { color: %(muted)s; }
.lead { color: %(muted)s; font-size: 10.5pt; }
.time { white-space: pre; }
.day { font-size: 10.5pt; font-weight: 600; padding-top: 16px; padding-bottom: 4px; }
"""


def _text(value: str) -> str:
    """Escaped text with its line breaks kept."""
    return escape(value).replace("\n", "<br>")


def _h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


class OverviewWriter(QObject):
    """Turns a TripDetail (and the home city, for home times) into HTML for a QTextBrowser."""

    def __init__(self, home: HomeRow | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._home = home

    @property
    def _home_zone(self) -> str | None:
        return self._home.timezone if self._home else None

    def write(self, trip: TripDetail) -> str:
        parts = [self._heading(trip), self._about(trip), self._delegation(trip),
                 self._programme(trip), self._travel(trip), self._stays(trip)]
        return "\n".join(p for p in parts if p)

    def _heading(self, trip: TripDetail) -> str:
        facts = [date_range(trip.start, trip.end), label(trip.kind), label(trip.status)]
        places = ", ".join(escape(c.name) for c in trip.destinations)
        lead = " · ".join([places, *map(escape, facts)] if places else map(escape, facts))
        return f"<h1>{escape(trip.title)}</h1><p class='lead'>{lead}</p>"

    def _about(self, trip: TripDetail) -> str:
        blocks = []
        if trip.purpose:
            blocks.append(_h2(self.tr("Purpose")) + f"<p>{_text(trip.purpose)}</p>")
        if trip.objectives:
            blocks.append(_h2(self.tr("Objectives")) + f"<p>{_text(trip.objectives)}</p>")
        return "".join(blocks)

    # ------------------------------------------------------------------ delegation

    def _delegation(self, trip: TripDetail) -> str:
        people = [p for p in trip.participants if p.status != RegistrationStatus.WITHDRAWN]
        heading = _h2(self.tr("Delegation"))
        if not people:
            return heading + self._none(self.tr("No one has been added to the delegation yet."))
        rows = "".join(self._person(n, p) for n, p in enumerate(people, start=1))
        return f"{heading}<table cellspacing='0'>{rows}</table>"

    def _person(self, number: int, person: ParticipantRow) -> str:
        about = ", ".join(escape(x) for x in (person.function, person.organisation) if x)
        role = escape(label(person.role))
        if person.status == RegistrationStatus.WAITLISTED:
            role += f" <span class='muted'>({escape(label(person.status))})</span>"
        return (f"<tr><td class='muted' align='right'>{number}.</td>"
                f"<td><b>{escape(person.name)}</b></td><td>{about}</td><td>{role}</td></tr>")

    def _none(self, text: str) -> str:
        return f"<p class='muted'>{escape(text)}</p>"

    # ------------------------------------------------------------------ programme

    def _programme(self, trip: TripDetail) -> str:
        """One table for all days, so that the columns line up from day to day."""
        heading = _h2(self.tr("Programme"))
        days = programme_days(trip.agenda, self._home_zone)
        if not days:
            return heading + self._none(self.tr("The programme has no items yet."))
        with_home = has_home_times(days)
        rows = "".join(self._day(trip, day, with_home) for day in days)
        table = f"<table cellspacing='0' width='100%'>{rows}</table>"
        return heading + self._times_note(with_home) + table

    def _times_note(self, with_home: bool) -> str:
        if not with_home or not self._home:
            return self._none(self.tr("All times are local times."))
        return self._none(self.tr("Times are local to the place; %1 time beside them where "
                                  "it differs.").replace("%1", self._home.name))

    def _day(self, trip: TripDetail, day: ProgrammeDay, with_home: bool) -> str:
        places = ", ".join(self._place(trip, zone) for zone in day.zones)
        title = f"{escape(long_date(day.day))} <span class='muted'>· {escape(places)}</span>"
        span = 3 if with_home else 2
        heading = f"<tr><td colspan='{span}' class='day'>{title}</td></tr>"
        return heading + "".join(self._line(line, day, with_home) for line in day.lines)

    def _place(self, trip: TripDetail, zone: str) -> str:
        home = self._home
        return zone_place(zone, trip.destinations, home.name if home else "", self._home_zone,
                          at_home=held_at_home(trip.kind))

    def _line(self, line: ProgrammeLine, day: ProgrammeDay, with_home: bool) -> str:
        item = line.item
        cells = [f"<td class='time'>{clock_range(item.start, item.end)}</td>"]
        if with_home:
            cells.append(f"<td class='time muted'>{self._home_time(line, day)}</td>")
        cells.append(f"<td width='100%'>{self._what(item)}</td>")
        return f"<tr>{''.join(cells)}</tr>"

    def _home_time(self, line: ProgrammeLine, day: ProgrammeDay) -> str:
        if line.home_start is None or line.home_end is None or self._home is None:
            return "&nbsp;"  # an empty last cell would swallow the space below the table
        text = clock_range(line.home_start, line.home_end)
        if line.home_start.date() != day.day:
            weekday = babel_date(line.home_start.date(), "EEE", locale=QLocale().name())
            text = f"{weekday} {text}"
        return f"{escape(text)} {escape(self._home.name)}"

    def _what(self, item: AgendaRow) -> str:
        head = f"<b>{escape(item.title)}</b>"
        if item.location:
            head += f" — {escape(item.location)}"
        details = [label(item.kind)]
        if item.contact_names:
            details.append(self.tr("with %1").replace("%1", ", ".join(item.contact_names)))
        if item.confidential:
            details.append(self.tr("confidential"))
        return f"{head}<br><span class='muted'>{escape(' · '.join(details))}</span>"

    # ------------------------------------------------------------------ travel and hotels

    def _travel(self, trip: TripDetail) -> str:
        heading = _h2(self.tr("Travel"))
        if not trip.travel:
            return heading + self._none(self.tr("No travel has been booked yet."))
        rows = "".join(self._leg(leg) for leg in trip.travel)
        note = self._none(self.tr("Departure and arrival in local time."))
        return f"{heading}{note}<table cellspacing='0'>{rows}</table>"

    def _leg(self, leg: TravelRow) -> str:
        service = " ".join(x for x in (label(leg.mode), leg.carrier, leg.number) if x)
        arrive = clock(leg.arrive)
        shift = (leg.arrive.date() - leg.depart.date()).days
        if shift:
            arrive += f" ({shift:+d})"
        route = f"{escape(leg.origin)} {clock(leg.depart)} → {escape(leg.destination)} {arrive}"
        booking = self.tr("Booking %1").replace("%1", leg.booking_ref) if leg.booking_ref else ""
        return (f"<tr><td class='time'>{escape(short_date(leg.depart.date()))}</td>"
                f"<td>{escape(service)}</td><td class='time'>{route}</td>"
                f"<td class='muted'>{escape(booking) or '&nbsp;'}</td></tr>")

    def _stays(self, trip: TripDetail) -> str:
        heading = _h2(self.tr("Accommodation"))
        if not trip.accommodation:
            return heading + self._none(self.tr("No hotel has been booked yet."))
        rows = []
        for stay in trip.accommodation:
            nights = (stay.check_out - stay.check_in).days
            when = date_range(stay.check_in, stay.check_out)
            count = self.tr("%n night(s)", "", nights)
            where = "<br>".join(_text(x) for x in (stay.address, stay.phone) if x)
            rows.append(f"<tr><td><b>{escape(stay.name)}</b><br><span class='muted'>{where}"
                        f"</span></td><td>{escape(when)}<br><span class='muted'>"
                        f"{escape(count)}</span></td></tr>")
        return f"{heading}<table cellspacing='0'>{''.join(rows)}</table>"

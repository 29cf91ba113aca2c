"""A city's or a contact's page as rich text: the record, then what the data says about it.

History is never typed: trips, meetings and follow-ups come from the services. Links
(`trip:ID`, `contact:ID`, `city:ID`) let the page move to what is mentioned.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from PySide6.QtCore import QObject

from delegations.enums import FollowUpStatus
from delegations.services.dto import CityRow, ContactRow, FollowUpRow, MeetingRecord, TripRow
from ui.formatting import clock, date_range, short_date
from ui.labels import label


def _text(value: str) -> str:
    """Escaped text with its line breaks kept."""
    return escape(value).replace("\n", "<br>")


def _link(kind: str, ident: int | None, text: str) -> str:
    return f"<a href='{kind}:{ident}'>{escape(text)}</a>" if ident else escape(text)


def _table(rows: Iterable[tuple[str, str]]) -> str:
    """Caption/value lines (values already HTML), leaving out empty values."""
    cells = "".join(f"<tr><td class='key'>{escape(k)}</td><td>{v}</td></tr>"
                    for k, v in rows if v)
    return f"<table>{cells}</table>" if cells else ""


class DetailWriter(QObject):
    """Writes the HTML of a city's or a contact's page."""

    def _section(self, title: str, items: Sequence[str], empty: str) -> str:
        body = ("".join(f"<p>{item}</p>" for item in items) if items
                else f"<p class='muted'>{escape(empty)}</p>")
        return f"<h2>{escape(title)}</h2>{body}"

    def _trip(self, trip: TripRow) -> str:
        where = ", ".join(trip.destinations)
        facts = " · ".join(x for x in (date_range(trip.start, trip.end), where,
                                       label(trip.status)) if x)
        return f"{_link('trip', trip.id, trip.title)}<br><span class='muted'>{escape(facts)}</span>"

    # ------------------------------------------------------------------ city

    def city(self, city: CityRow, people: Sequence[ContactRow], trips: Sequence[TripRow]) -> str:
        lead = " · ".join(x for x in (label(city.relation),
                                      self.tr("since %1").replace("%1", str(city.since))
                                      if city.since else "", city.country) if x)
        facts = _table([
            (self.tr("Time zone"), escape(city.timezone)),
            (self.tr("Languages"), escape(city.languages)),
            (self.tr("Topics"), _text(city.topics)),
            (self.tr("Notes"), _text(city.notes)),
        ])
        contacts = [_link("contact", p.id, p.name) + (
            f" <span class='muted'>{escape(p.function or p.organisation)}</span>"
            if p.function or p.organisation else "") for p in people]
        return "".join([
            f"<h1>{escape(city.name)}</h1><p class='lead'>{escape(lead)}</p>", facts,
            self._section(self.tr("Contacts"), contacts, self.tr("No contacts in this city yet.")),
            self._section(self.tr("Trips"), [self._trip(t) for t in trips],
                          self.tr("No trips to this city yet.")),
        ])

    # ------------------------------------------------------------------ contact

    def contact(self, person: ContactRow, trips: Sequence[TripRow],
                meetings: Sequence[MeetingRecord], follow_ups: Sequence[FollowUpRow]) -> str:
        lead = " · ".join(x for x in (person.function or person.title, person.organisation) if x)
        email = (f"<a href='mailto:{escape(person.email)}'>{escape(person.email)}</a>"
                 if person.email else "")
        facts = _table([
            (self.tr("Honorific"), escape(person.honorific)),
            (self.tr("Title"), escape(person.title)),
            (self.tr("City"), _link("city", person.city_id, person.city_name)),
            (self.tr("E-mail"), email),
            (self.tr("Phone"), escape(person.phone)),
            (self.tr("Languages"), escape(person.languages)),
            (self.tr("Form of address"), escape(person.address_form)),
            (self.tr("Short biography"), _text(person.bio)),
            (self.tr("Notes"), _text(person.notes)),
        ])
        return "".join([
            f"<h1>{escape(person.name)}</h1><p class='lead'>{escape(lead)}</p>", facts,
            self._section(self.tr("Meetings"), [self._meeting(m) for m in meetings],
                          self.tr("Not a counterpart in any meeting yet.")),
            self._section(self.tr("Trips taken part in"), [self._trip(t) for t in trips],
                          self.tr("Not a member of any delegation yet.")),
            self._section(self.tr("Open follow-ups"), [self._follow_up(f) for f in follow_ups],
                          self.tr("Nothing open.")),
        ])

    def _meeting(self, meeting: MeetingRecord) -> str:
        """Date and time as they were on the spot, with the zone's abbreviation."""
        start = meeting.start
        when = f"{short_date(start.date())}, {clock(start)} {start.tzname() or ''}".strip()
        where = f" · {meeting.location}" if meeting.location else ""
        return (f"{escape(meeting.title)}<br><span class='muted'>{escape(when + where)} · "
                f"</span>{_link('trip', meeting.trip_id, meeting.trip_title)}")

    def _follow_up(self, item: FollowUpRow) -> str:
        facts = [self.tr("due %1").replace("%1", short_date(item.due)) if item.due else "",
                 item.owner,
                 self.tr("in progress") if item.status == FollowUpStatus.IN_PROGRESS else ""]
        trip = (" · " + _link("trip", item.trip_id, item.trip_title)) if item.trip_id else ""
        return (f"{_text(item.action)}<br><span class='muted'>"
                f"{escape(' · '.join(x for x in facts if x))}</span>{trip}")

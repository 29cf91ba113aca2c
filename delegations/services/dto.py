"""Plain, immutable results of the services: what the window, the documents and the
command line get back. They hold no database objects and never load lazily."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from delegations.enums import (
    AgendaKind,
    FollowUpStatus,
    GiftDecision,
    GiftDirection,
    GoalKind,
    OutcomeKind,
    RegistrationStatus,
    Relation,
    Role,
    TravelMode,
    TripKind,
    TripStatus,
)
from delegations.venue import programme_zone


@dataclass(frozen=True)
class HomeRow:
    name: str
    timezone: str
    country: str
    languages: tuple[str, ...]
    office: str
    letterhead: str
    logo_path: str


@dataclass(frozen=True)
class CityRow:
    id: int
    ref: str
    name: str
    country: str
    relation: Relation
    since: int | None
    timezone: str
    languages: str
    topics: str
    notes: str
    emergency: str = ""  # local emergency numbers, our consulate: one per line


@dataclass(frozen=True)
class ContactRow:
    id: int
    ref: str
    name: str
    honorific: str
    title: str
    function: str
    organisation: str
    city_id: int | None
    city_name: str
    email: str
    phone: str
    languages: str
    address_form: str
    bio: str
    notes: str
    name_latin: str = ""  # the name in Latin letters, where it is written in another script
    address_spoken: str = ""  # how to address them in person ("Mr Mayor")
    photo_path: str = ""
    function_en: str = ""
    bio_en: str = ""


@dataclass(frozen=True)
class GoalRow:
    id: int
    ref: str
    kind: GoalKind
    code: str
    name: str
    name_en: str
    parent_id: int | None
    position: int

    def label(self, language: str) -> str:
        """The goal's name in `language`, falling back to the stored name."""
        text = self.name_en if language == "en" and self.name_en else self.name
        return f"{self.code} {text}".strip() if self.code else text


@dataclass(frozen=True)
class TripRow:
    """One line of the trips list."""

    id: int
    ref: str
    title: str
    kind: TripKind
    status: TripStatus
    start: date
    end: date
    destinations: tuple[str, ...]
    language: str
    participants: int
    example: bool = False


@dataclass(frozen=True)
class TripFilter:
    """What the trips list shows: all criteria are optional and combine with AND."""

    year: int | None = None
    status: TripStatus | None = None
    city_id: int | None = None
    search: str = ""
    limit: int | None = None
    offset: int = 0
    #: A column of trips.SORTABLE (None: newest start first) and its direction.
    sort: str | None = None
    descending: bool = False


#: A participant's fields for the protocol papers (migration 0006).
PAPERS_FIELDS = ("honorific", "title", "passport_name", "nationality", "passport_number",
                 "room_type", "room_share", "room_requests", "billing", "delegation", "liaison")


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    ref: str
    trip_id: int
    contact_id: int | None
    name: str
    function: str
    organisation: str
    role: Role
    precedence: int
    status: RegistrationStatus
    registered_at: datetime | None
    email: str
    phone: str
    diet: str
    mobility: str
    notes: str
    honorific: str = ""
    title: str = ""
    passport_name: str = ""
    nationality: str = ""
    passport_number: str = ""
    room_type: str = ""
    room_share: str = ""
    room_requests: str = ""
    billing: str = ""
    delegation: str = ""
    liaison: str = ""
    function_en: str = ""


@dataclass(frozen=True)
class AgendaRow:
    """A programme point; `start`/`end` are aware local times in `timezone`."""

    id: int
    ref: str
    trip_id: int
    title: str
    kind: AgendaKind
    start: datetime
    end: datetime
    timezone: str
    location: str
    address: str
    responsible: str
    dress_code: str
    objectives: str
    talking_points: str
    notes: str
    confidential: bool
    contact_ids: tuple[int, ...] = ()
    contact_names: tuple[str, ...] = ()
    attendee_ids: tuple[int, ...] = ()  # empty: the whole delegation
    title_en: str = ""
    objectives_en: str = ""
    talking_points_en: str = ""
    expected_asks: str = ""
    press_line: str = ""


@dataclass(frozen=True)
class TravelRow:
    """A leg; `depart`/`arrive` are aware local times in their own zones."""

    id: int
    ref: str
    trip_id: int
    mode: TravelMode
    carrier: str
    number: str
    origin: str
    depart: datetime
    depart_timezone: str
    destination: str
    arrive: datetime
    arrive_timezone: str
    booking_ref: str
    notes: str
    traveller_ids: tuple[int, ...] = ()  # empty: the whole delegation


@dataclass(frozen=True)
class StayRow:
    id: int
    ref: str
    trip_id: int
    name: str
    address: str
    phone: str
    check_in: date
    check_out: date
    booking_ref: str
    notes: str
    guest_ids: tuple[int, ...] = ()  # empty: the whole delegation


@dataclass(frozen=True)
class OutcomeRow:
    id: int
    ref: str
    trip_id: int
    kind: OutcomeKind
    date: date | None
    text: str
    notes: str
    goal_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    ref: str
    trip_id: int | None
    trip_title: str
    action: str
    owner: str
    due: date | None
    status: FollowUpStatus
    city_id: int | None
    city_name: str
    contact_id: int | None
    contact_name: str
    notes: str
    completed_on: date | None
    goal_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class GiftRow:
    id: int
    ref: str
    trip_id: int | None
    direction: GiftDirection
    description: str
    contact_id: int | None
    counterpart: str
    city_id: int | None
    date: date | None
    value_cents: int | None
    currency: str
    notes: str
    trip_title: str = ""
    contact_name: str = ""
    city_name: str = ""
    our_person: str = ""
    kept_at: str = ""
    decision: GiftDecision | None = None
    thanked: bool = False  # the thank-you letter for it has been sent


@dataclass(frozen=True)
class TripDetail:
    """A trip with everything in it, loaded in a few queries, for windows and documents."""

    id: int
    ref: str
    title: str
    kind: TripKind
    status: TripStatus
    start: date
    end: date
    purpose: str
    objectives: str
    language: str
    capacity: int | None
    budget_cents: int | None
    currency: str
    funding_source: str
    notes: str
    example: bool
    version: int = 1  # the row's version as read: give it back to update_trip
    destinations: tuple[CityRow, ...] = ()
    goals: tuple[GoalRow, ...] = ()
    participants: tuple[ParticipantRow, ...] = ()  # in order of precedence
    agenda: tuple[AgendaRow, ...] = ()  # by start
    travel: tuple[TravelRow, ...] = ()  # by departure
    accommodation: tuple[StayRow, ...] = ()  # by check-in
    outcomes: tuple[OutcomeRow, ...] = ()
    follow_ups: tuple[FollowUpRow, ...] = ()
    gifts: tuple[GiftRow, ...] = ()
    contacts: tuple[ContactRow, ...] = field(default=())  # counterparts met, by name
    counterparts: tuple[ContactRow, ...] = field(default=())  # the trip's own, in order
    title_en: str = ""
    purpose_en: str = ""
    objectives_en: str = ""
    key_messages: str = ""
    logistics: str = ""  # on site: liaison officer, drivers and vehicles, one per line

    @property
    def destination_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.destinations)

    @property
    def timezone(self) -> str | None:
        """Where the programme mostly happens: the first destination's zone; None (home
        time, which callers fall back to) for a visit held at home."""
        return programme_zone(self.kind, [c.timezone for c in self.destinations], None)


@dataclass(frozen=True)
class Promotion:
    """Someone moved up from the waiting list, for the note shown to the user."""

    participant_id: int
    name: str


@dataclass(frozen=True)
class MeetingRecord:
    """One entry of a contact's history: a meeting they took part in."""

    trip_id: int
    trip_title: str
    agenda_id: int
    title: str
    start: datetime  # aware, local to the meeting's zone
    location: str


@dataclass(frozen=True)
class CityUsage:
    """What still refers to a city (trips and contacts keep it from being deleted)."""

    trips: int
    contacts: int
    follow_ups: int = 0
    gifts: int = 0

    @property
    def blocking(self) -> bool:
        return bool(self.trips or self.contacts)

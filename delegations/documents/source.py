"""What a document is printed from: the trip, the office, the language and the variant.

The variant filters here, once, so that no builder can forget it: `external` drops
confidential programme points and every note; `participant` keeps only what one
person attends, their travel and their hotel; and every audience reads only the
personal fields `audience` allows it (the rest are blank before any builder runs).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from delegations.documents.audience import AUDIENCES, carries_special, narrow
from delegations.documents.words import Words
from delegations.enums import RegistrationStatus, TripKind
from delegations.errors import NotFoundError, ValidationError
from delegations.i18n import N_
from delegations.services import dto
from delegations.services.home import get_home
from delegations.services.programme import zone_place
from delegations.services.trips import WHOLE, TripPart, get_trip
from delegations.storage.store import Store
from delegations.venue import held_at_home

VARIANTS = ("full", "external", "participant")  # the itinerary's; see audience.AUDIENCES
#: What each document reads of its trip besides the programme, delegation, travel and
#: hotels (the briefing asks the services for outcomes and gifts of every trip itself).
PARTS: dict[str, frozenset[TripPart]] = {
    "itinerary": frozenset(),
    "briefing": frozenset(),
    "followup": frozenset({TripPart.GOALS, TripPart.OUTCOMES, TripPart.FOLLOW_UPS,
                           TripPart.GIFTS}),
}
_ON_TRIP = (RegistrationStatus.REGISTERED, RegistrationStatus.CONFIRMED)


@dataclass(frozen=True)
class Source:
    """One trip as a document sees it, already narrowed to the variant."""

    trip: dto.TripDetail
    home: dto.HomeRow | None
    words: Words
    variant: str = "full"
    participant: dto.ParticipantRow | None = None

    @property
    def external(self) -> bool:
        return self.variant == "external"

    def _for_me(self, ids: Sequence[int]) -> bool:
        return self.participant is None or not ids or self.participant.id in ids

    @property
    def delegation(self) -> list[dto.ParticipantRow]:
        """Who travels, in order of precedence (no waiting list, no withdrawals)."""
        return [p for p in self.trip.participants if p.status in _ON_TRIP]

    @property
    def agenda(self) -> list[dto.AgendaRow]:
        return [a for a in self.trip.agenda
                if self._for_me(a.attendee_ids) and not (self.external and a.confidential)]

    @property
    def travel(self) -> list[dto.TravelRow]:
        return [t for t in self.trip.travel if self._for_me(t.traveller_ids)]

    @property
    def stays(self) -> list[dto.StayRow]:
        return [s for s in self.trip.accommodation if self._for_me(s.guest_ids)]

    @property
    def marking(self) -> str:
        """The classification every page carries: internal copies that print a special
        category (diet, mobility), a confidential point, or the briefing pack."""
        if self.external:
            return ""
        marked = (self.variant == "briefing" or carries_special(self.delegation)
                  or any(a.confidential for a in self.agenda))
        return self.words(N_("Confidential – for internal use only")) if marked else ""

    @property
    def at_home(self) -> bool:
        """A visit we host: the destinations are where the guests come from."""
        return held_at_home(self.trip.kind)

    def cities(self) -> tuple[str, str]:
        """(label, names) of the trip's cities: where it goes, or where the guests come
        from ("Visit from Sovetsk, Kaliningrad") for a visit held at home."""
        label = N_("Destinations")
        if self.trip.kind == TripKind.INCOMING:
            label = N_("Visit from")
        elif self.at_home:
            label = N_("Guests from")
        return self.words(label), ", ".join(self.trip.destination_names)

    @property
    def guests(self) -> frozenset[int]:
        """Ids of the counterparts who are the guests or travel with us, not hosts on site:
        participants' own contacts, and for a visit held at home the visiting cities'."""
        ids = {p.contact_id for p in self.trip.participants if p.contact_id is not None}
        if self.at_home:
            cities = {c.id for c in self.trip.destinations}
            ids |= {c.id for c in self.trip.contacts if c.city_id in cities}
        return frozenset(ids)

    def untranslated(self, text: str, english: str = "") -> bool:
        """Whether `text` prints in the office's language in an English paper: written,
        but without the English text the office could have stored beside it."""
        return (self.words.language == "en" and bool(text.strip()) and not english.strip()
                and self.office_language != "en")

    @property
    def office_language(self) -> str:
        """The language the office writes its texts in (its first document language)."""
        return self.home.languages[0] if self.home and self.home.languages else "de"

    def note(self, text: str) -> str:
        """A note as printed: nothing in the external variant."""
        return "" if self.external else text

    def place_of(self, zone: str) -> str:
        """The name to print beside a time in `zone` (the rule the screen follows too)."""
        home = self.home
        return zone_place(zone, self.trip.destinations, home.name if home else "",
                          home.timezone if home else None, at_home=held_at_home(self.trip.kind))

    def home_time(self, moment: datetime) -> str:
        """'18:00 Kiel' when `moment`'s zone differs from home time, else ''."""
        if self.home is None or moment.tzinfo is None:
            return ""
        home_zone = ZoneInfo(self.home.timezone)
        there = moment.astimezone(home_zone)
        if there.utcoffset() == moment.utcoffset():
            return ""
        shift = (there.date() - moment.date()).days
        day = f" ({shift:+d})" if shift else ""
        return f"{Words.time(there)}{day} {self.home.name}"


def _participant(trip: dto.TripDetail, participant_id: int | None) -> dto.ParticipantRow:
    if participant_id is None:
        raise ValidationError("participant", N_(
            "The participant variant needs a participant."))
    for person in trip.participants:
        if person.id == participant_id:
            return person
    raise NotFoundError(N_("There is no participant {participant} in trip '{trip}'."),
                        participant=participant_id, trip=trip.ref)


def _english(text: str, english: str) -> str:
    return english if english.strip() else text


def _in_english(trip: dto.TripDetail) -> dto.TripDetail:
    """The trip with every text the office also wrote in English taken in English; the
    others stay as written (builders say so where it matters: `Source.untranslated`)."""
    agenda = tuple(replace(a, title=_english(a.title, a.title_en),
                           objectives=_english(a.objectives, a.objectives_en),
                           talking_points=_english(a.talking_points, a.talking_points_en))
                   for a in trip.agenda)
    people = tuple(replace(p, function=_english(p.function, p.function_en))
                   for p in trip.participants)
    contacts = tuple(replace(c, function=_english(c.function, c.function_en),
                             bio=_english(c.bio, c.bio_en)) for c in trip.contacts)
    return replace(trip, title=_english(trip.title, trip.title_en),
                   purpose=_english(trip.purpose, trip.purpose_en),
                   objectives=_english(trip.objectives, trip.objectives_en),
                   agenda=agenda, participants=people, contacts=contacts)


def _narrowed(trip: dto.TripDetail, audience: str) -> dto.TripDetail:
    """The trip with each person's fields narrowed to what `audience` may read."""
    return replace(trip, participants=tuple(narrow(p, audience) for p in trip.participants),
                   contacts=tuple(narrow(c, audience) for c in trip.contacts))


def load_source(store: Store, trip_id: int, language: str | None, variant: str = "full",
                participant_id: int | None = None,
                parts: frozenset[TripPart] = WHOLE) -> Source:
    """The trip narrowed to `variant` (an audience), in `language` (default: the trip's);
    of what not every document prints, only `parts` (PARTS: what a document prints)."""
    if variant not in AUDIENCES:
        raise ValidationError("variant", N_("Unknown variant '{variant}'."), variant=variant)
    trip = _narrowed(get_trip(store, trip_id, parts), variant)
    lang = language or (trip.language if trip.language in ("de", "en") else "de")
    if lang == "en":
        trip = _in_english(trip)
    person = _participant(trip, participant_id) if variant == "participant" else None
    return Source(trip=trip, home=get_home(store), words=Words(lang), variant=variant,
                  participant=person)

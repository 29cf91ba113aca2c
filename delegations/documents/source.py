"""What a document is printed from: the trip, the office, the language and the variant.

The variant filters here, once, so that no builder can forget it: `external` drops
confidential programme points and every note; `participant` keeps only what one
person attends, their travel and their hotel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from delegations.documents.words import Words
from delegations.enums import RegistrationStatus
from delegations.errors import NotFoundError, ValidationError
from delegations.i18n import N_
from delegations.services import dto
from delegations.services.home import get_home
from delegations.services.programme import held_at_home, zone_place
from delegations.services.trips import get_trip
from delegations.store import Store

VARIANTS = ("full", "external", "participant")
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


def load_source(store: Store, trip_id: int, language: str | None, variant: str = "full",
                participant_id: int | None = None) -> Source:
    """The trip narrowed to `variant`, in `language` (default: the trip's own)."""
    if variant not in VARIANTS:
        raise ValidationError("variant", N_("Unknown variant '{variant}'."), variant=variant)
    trip = get_trip(store, trip_id)
    person = _participant(trip, participant_id) if variant == "participant" else None
    lang = language or (trip.language if trip.language in ("de", "en") else "de")
    return Source(trip=trip, home=get_home(store), words=Words(lang), variant=variant,
                  participant=person)

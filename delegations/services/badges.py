"""Name badges: who gets one, with the name as addressed, function, organisation and the
colour of their delegation (a forum has several delegations, told apart by colour)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from delegations.enums import RegistrationStatus, TripKind
from delegations.errors import ValidationError
from delegations.i18n import N_
from delegations.model import Participant, Trip
from delegations.services._common import fetch
from delegations.services.address import address_forms
from delegations.services.home import get_home, get_setting, set_setting
from delegations.storage.store import Store

COLOURS_KEY = "badges.colours"
#: Sober colours that stay readable with white text, in the order delegations appear.
PALETTE = ("#1f3a5f", "#8a1c1c", "#2e6b3a", "#6b4c9a", "#b35c00", "#00727a", "#5c5c5c",
           "#9a2f6b")
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
_AWAY = (RegistrationStatus.WITHDRAWN, RegistrationStatus.WAITLISTED)


@dataclass(frozen=True)
class Badge:
    name: str
    function: str
    organisation: str
    delegation: str
    colour: str  # "#rrggbb"


def delegation_of(person: Participant, trip: Trip, home: str) -> str:
    """The delegation a participant belongs to: as entered, else the city of their
    directory contact, else the trip's own (the guests' city for incoming visits and
    forums, our city otherwise)."""
    if person.delegation:
        return person.delegation
    if person.contact is not None:  # a contact without a city is one of ours
        return person.contact.city.name if person.contact.city is not None else home
    guests = trip.kind in (TripKind.INCOMING, TripKind.FORUM)
    if guests and trip.destinations:
        return trip.destinations[0].name
    return home


def badges_for_trip(store: Store, trip_id: int, language: str | None = None,
                    delegation: str | None = None) -> list[Badge]:
    """A badge for everyone confirmed or registered, in order of precedence; `delegation`
    narrows to one delegation of a forum."""
    chosen, home = get_colours(store), get_home(store)
    with store.read() as s:
        trip = s.scalar(select(Trip).where(Trip.id == trip_id).options(
            selectinload(Trip.participants))) or fetch(s, Trip, trip_id, "trip")
        lang = language or trip.language or "de"
        badges, colours = [], dict(chosen)
        for person in trip.participants:
            if person.status in _AWAY:
                continue
            group = delegation_of(person, trip, home.name if home else "")
            colour = colours.setdefault(group, PALETTE[len(
                [g for g in colours if g not in chosen]) % len(PALETTE)])
            if delegation is not None and group.casefold() != delegation.casefold():
                continue
            forms = address_forms(s, person, lang)
            badges.append(Badge(forms.card_name, person.function or _contact(person, "function"),
                                person.organisation or _contact(person, "organisation"),
                                group, colour))
    return badges


def trip_colours(store: Store, trip_id: int) -> dict[str, str]:
    """Each delegation of the trip's badges with its colour (chosen or from the palette),
    in the order the badges list them: what the Protocol tab offers to change."""
    return {b.delegation: b.colour for b in badges_for_trip(store, trip_id)}


def sharing(colours: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Each delegation that shares its colour, with the others of that colour (the
    palette's 8 repeat in a larger forum, and an office may choose one twice): the badge
    names the delegation, the colour list says which ones a colour alone cannot tell."""
    by_colour: dict[str, list[str]] = {}
    for name, colour in colours.items():
        by_colour.setdefault(colour.casefold(), []).append(name)
    return {name: tuple(other for other in group if other != name)
            for group in by_colour.values() if len(group) > 1 for name in group}


def choose_colour(store: Store, delegation: str, colour: str | None) -> None:
    """Set one delegation's colour ('#rrggbb'), or drop the choice (None: the palette's)."""
    colours = get_colours(store)
    if colour is None:
        colours.pop(delegation, None)
    else:
        colours[delegation] = colour
    set_colours(store, colours)


def _contact(person: Participant, name: str) -> str:
    return str(getattr(person.contact, name, "") or "") if person.contact else ""


def get_colours(store: Store) -> dict[str, str]:
    """The colours the office chose per delegation name."""
    saved = get_setting(store, COLOURS_KEY) or {}
    return {str(k): str(v) for k, v in saved.items() if _HEX.match(str(v))}


def set_colours(store: Store, colours: Mapping[str, str]) -> None:
    """Choose colours per delegation ('#rrggbb'); a wrong one is refused, naming it."""
    for name, colour in colours.items():
        if not _HEX.match(colour):
            raise ValidationError(f"colours.{name}", N_("'{value}' is not a colour like "
                                                        "#1f3a5f"), value=colour)
    set_setting(store, COLOURS_KEY, dict(colours))

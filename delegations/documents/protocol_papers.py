"""The protocol papers of a trip as file contents: the one entry point for window and
command line (letters, badges, rooming list, car list, gift register)."""

from __future__ import annotations

from datetime import date

from delegations.documents.badges import badges_pdf
from delegations.documents.cars import cars_pdf
from delegations.documents.gift_register import register_pdf
from delegations.documents.letters import letters_pdf
from delegations.documents.rooming import rooming_pdf
from delegations.documents.words import Words
from delegations.errors import ValidationError
from delegations.i18n import N_
from delegations.services.badges import badges_for_trip
from delegations.services.gift_register import get_limit, gift_register
from delegations.services.letters import prepare_letters
from delegations.services.rooming import rooming_csv, rooming_lists
from delegations.services.transport import car_list
from delegations.services.trips import get_trip
from delegations.storage.store import Store


def _trip(store: Store, trip_id: int, language: str | None) -> tuple[str, str]:
    trip = get_trip(store, trip_id, frozenset())  # its title and language
    return trip.title, language or trip.language or "de"


def missing_letters(store: Store, trip_id: int, kind: str, language: str | None = None) -> str:
    """What keeps the letters from being printed ('' when nothing), named per person; a
    reason for the whole trip in the user's words, without the field's key."""
    try:
        return prepare_letters(store, trip_id, kind, language).missing_text()
    except ValidationError as exc:
        return exc.message()


def letters_file(store: Store, trip_id: int, kind: str, language: str | None = None,
                 printed_on: date | None = None) -> bytes:
    """The letters as PDF; a ValidationError names every missing field instead."""
    title, lang = _trip(store, trip_id, language)
    return letters_pdf(store, prepare_letters(store, trip_id, kind, lang), title, printed_on)


def badges_file(store: Store, trip_id: int, language: str | None = None,
                delegation: str | None = None) -> bytes:
    title, lang = _trip(store, trip_id, language)
    badges = badges_for_trip(store, trip_id, lang, delegation)
    if not badges:
        raise ValidationError("badges", N_("Nobody to print a badge for."))
    return badges_pdf(badges, title)


def rooming_file(store: Store, trip_id: int, language: str | None = None,
                 hotel: str | None = None, csv: bool = False,
                 printed_on: date | None = None) -> bytes:
    """The rooming list as PDF (every hotel, or one) or as the CSV of one hotel."""
    title, lang = _trip(store, trip_id, language)
    lists = rooming_lists(store, trip_id, hotel)
    if not lists:
        raise ValidationError("hotel", N_("This trip has no hotel."))
    if csv:
        if len(lists) > 1:
            raise ValidationError("hotel", N_("This trip has several hotels; choose one: "
                                              "{hotels}"), hotels=", ".join(
                f"{x.ref} ({x.hotel})" for x in lists))
        return rooming_csv(lists[0], lang)
    return rooming_pdf(store, lists, title, Words(lang), printed_on)


def cars_file(store: Store, trip_id: int, language: str | None = None,
              printed_on: date | None = None) -> bytes:
    title, lang = _trip(store, trip_id, language)
    transfers, liaisons = car_list(store, trip_id)
    return cars_pdf(store, transfers, liaisons, title, Words(lang), printed_on)


def gifts_file(store: Store, trip_id: int | None = None, year: int | None = None,
               language: str | None = None, printed_on: date | None = None) -> bytes:
    """The register of a trip, or of a year (for the yearly report)."""
    if trip_id is not None:
        subject, lang = _trip(store, trip_id, language)
        entries = gift_register(store, trip_id=trip_id)
    else:
        subject, lang = str(year), language or "de"
        entries = gift_register(store, year=year)
    return register_pdf(store, entries, get_limit(store), subject, Words(lang), printed_on)

"""Partner, friendly and cooperating cities and networks: the office's directory of places."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select

from delegations.enums import Relation
from delegations.errors import InUseError, NotFoundError
from delegations.folding import fold, found_by_words, matches, sort_key
from delegations.i18n import N_
from delegations.model import City, Contact, FollowUp, Gift, TripDestination
from delegations.services import dto
from delegations.services._common import (
    create_record,
    delete_referred,
    fetch,
    update_record,
)
from delegations.services._rows import city_row
from delegations.storage.store import Store
from delegations.validation import CITY

REF_USED_BY_CITY = N_("'{ref}' is already used by another city")


def list_cities(store: Store, search: str = "", relation: Relation | str | None = None,
                ) -> list[dto.CityRow]:
    """Cities sorted by name; `search` matches name or country, ignoring case and accents,
    or begins their words spelt as the contacts' search spells them ("gusev": Гусев)."""
    needle = fold(search.strip())
    query = select(City.__table__)  # plain rows: building ORM objects costs more than the rest
    if relation:
        query = query.where(City.relation == Relation(relation))
    with store.read() as s:
        rows = [city_row(r) for r in s.execute(query)
                if matches(needle, r.name, r.country, r.ref)
                or found_by_words(search, r.name, r.country, r.ref)]
    return sorted(rows, key=lambda c: sort_key(c.name))


def _find(s: Any, id_or_ref: int | str) -> City:
    if isinstance(id_or_ref, int):
        return fetch(s, City, id_or_ref, "city")
    city = s.scalar(select(City).where(City.ref == id_or_ref))
    if city is None:
        raise NotFoundError(N_("There is no city '{ref}'."), ref=id_or_ref)
    return city


def get_city(store: Store, id_or_ref: int | str) -> dto.CityRow:
    """One city by id or by ref."""
    with store.read() as s:
        return city_row(_find(s, id_or_ref))


def create_city(store: Store, data: Mapping[str, Any]) -> dto.CityRow:
    """Add a city; without a ref one is made from the name."""
    return create_record(store, City, "city", CITY, data, str(data.get("name") or ""),
                         city_row, message=REF_USED_BY_CITY)


def update_city(store: Store, city_id: int, changes: Mapping[str, Any]) -> dto.CityRow:
    """Change the fields given."""
    return update_record(store, City, city_id, "city", CITY, changes, city_row,
                         message=REF_USED_BY_CITY)


def _usage(s: Any, city_id: int) -> dto.CityUsage:
    def count(column: Any) -> int:
        return int(s.scalar(select(func.count()).where(column == city_id)) or 0)

    return dto.CityUsage(
        trips=count(TripDestination.city_id), contacts=count(Contact.city_id),
        follow_ups=count(FollowUp.city_id), gifts=count(Gift.city_id),
    )


def city_usage(store: Store, city_id: int) -> dto.CityUsage:
    """How many trips, contacts, follow-ups and gifts refer to the city."""
    with store.read() as s:
        fetch(s, City, city_id, "city")
        return _usage(s, city_id)


def _in_use(name: str, usage: dto.CityUsage) -> InUseError:
    return InUseError(N_("Cannot delete {city}: used by {trips} trips and {contacts} contacts"),
                      city=name, trips=usage.trips, contacts=usage.contacts)


def delete_city(store: Store, city_id: int) -> None:
    """Delete a city nobody travels to or lives in; follow-ups and gifts just lose the link.

    The database refuses too (foreign keys RESTRICT), which covers a concurrent writer.
    """
    with store.transaction() as s:
        city = fetch(s, City, city_id, "city")
        usage = _usage(s, city_id)
        if usage.blocking:
            raise _in_use(city.name, usage)
        delete_referred(s, city, N_("Cannot delete {city}: other records still refer to it"),
                        city=city.name)

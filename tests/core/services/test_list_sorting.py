"""The trips and contacts lists sorted by the database, page by page (issue #16)."""

import pytest

from delegations.errors import ValidationError
from delegations.model import Contact
from delegations.services import contacts, trips
from delegations.services.dto import TripFilter

pytestmark = pytest.mark.both_engines

NAMES = ["Zoe Berg", "Ärzte Verein", "arno Klein", "Arzte Bund", "Émile Roux", "Bea Fox"]


def _names(store, **kw):
    return [c.name for c in contacts.list_contacts(store, **kw)]


@pytest.fixture
def people(store):
    with store.transaction() as s:
        s.add_all(Contact(ref=f"p{n}", name=name, organisation=f"Org {len(NAMES) - n}",
                          email=f"{n}@example.org") for n, name in enumerate(NAMES))
    return store


def test_names_sort_folded_on_every_engine_and_pages_agree(people):
    folded = ["arno Klein", "Arzte Bund", "Ärzte Verein", "Bea Fox", "Émile Roux", "Zoe Berg"]
    assert _names(people, sort="name") == folded
    assert _names(people, sort="name", descending=True) == folded[::-1]
    assert _names(people, sort="name", limit=2, offset=2) == folded[2:4]


def test_other_columns_sort_with_ties_by_name_then_id(people):
    assert _names(people, sort="organisation") == NAMES[::-1]
    with people.transaction() as s:
        s.add(Contact(ref="twin", name="Bea Fox"))
    twins = [c.id for c in contacts.list_contacts(people, "bea")]
    assert twins == sorted(twins)
    assert [c.id for c in contacts.list_contacts(people, "bea", sort="name",
                                                 descending=True)] == twins[::-1]


def test_unknown_columns_are_refused(people):
    with pytest.raises(ValidationError):
        contacts.list_contacts(people, sort="bio; DROP TABLE contact")
    with pytest.raises(ValidationError):
        trips.list_trips(people, TripFilter(sort="secret"))


def test_trips_sort_by_title_dates_and_status_in_the_database(store):
    for title, start, end, status in [("Ostsee", "2026-11-20", "2026-11-21", "confirmed"),
                                      ("alpen", "2025-03-01", "2025-03-09", "idea"),
                                      ("Bodensee", "2026-01-05", "2026-12-01", "cancelled")]:
        trips.create_trip(store, {"title": title, "start": start, "end": end,
                                  "kind": "incoming", "status": status})

    def titles(sort, descending=False, **kw):
        f = TripFilter(sort=sort, descending=descending, **kw)
        return [t.title for t in trips.list_trips(store, f)]

    assert titles(None) == ["Ostsee", "Bodensee", "alpen"]
    assert titles("title") == ["alpen", "Bodensee", "Ostsee"]
    assert titles("start") == ["alpen", "Bodensee", "Ostsee"]
    assert titles("end", descending=True) == ["Bodensee", "Ostsee", "alpen"]
    assert titles("status") == ["alpen", "Ostsee", "Bodensee"]
    assert titles("start", limit=1, offset=1) == ["Bodensee"]
    assert trips.count_trips(store, TripFilter(sort="title")) == 3

"""Searching contacts and trips: by words, in the database, through an index kept on write."""

from contextlib import contextmanager

import pytest
from sqlalchemy import event, text

from delegations.folding import search_terms, search_words
from delegations.model.search import reindex
from delegations.services import cities, contacts, trips
from delegations.services.dto import TripFilter

BERLIN = "Europe/Berlin"


@pytest.fixture
def town(store):
    return cities.create_city(store, {"name": "Kaliningrad", "timezone": BERLIN}).id


def _found(store, search, **kw):
    return [c.name for c in contacts.list_contacts(store, search, **kw)]


def _trips(store, search):
    return [t.title for t in trips.list_trips(store, TripFilter(search=search))]


@pytest.mark.parametrize(("typed", "stored"), [
    ("mueller", "Müller"), ("Müller", "Mueller"), ("petrova", "Петрова"),
    ("Петр", "Petrova"), ("lodz", "Łódź"), ("soren", "Søren"), ("ISKEN", "İskenderun"),
    ("州", "杭州"), ("gdansk", "Gdańsk"), ("strass", "Straße"),
    ("Århus", "Aarhus"), ("aarhus", "Århus"),
])
def test_typed_words_find_the_spellings_people_mean(typed, stored):
    words = search_words(stored)
    assert all(any(w.startswith(t) for w in words) for t in search_terms(typed))


@pytest.mark.parametrize(("typed", "stored"), [("muller", "Miller"), ("petrov", "Pavlov")])
def test_other_words_are_not_found(typed, stored):
    words = search_words(stored)
    assert not all(any(w.startswith(t) for w in words) for t in search_terms(typed))


def test_contacts_found_by_transliteration_and_umlaut_spelling(store, town):
    for name in ("Anna Петрова", "Hans Müller", "Jürgen Mueller", "Zoe Miller"):
        contacts.create_contact(store, {"name": name, "city": town})
    assert _found(store, "petrova") == ["Anna Петрова"]
    assert _found(store, "mueller") == ["Hans Müller", "Jürgen Mueller"]
    assert _found(store, "müll h") == ["Hans Müller"]
    assert contacts.count_contacts(store, "kalin") == 4  # the city's name
    assert _found(store, "", limit=2, offset=1) == ["Hans Müller", "Jürgen Mueller"]


def test_common_and_rare_words_give_the_same_pages(store, town):
    """A common word walks the name order, a rare one sorts its matches: same answers."""
    from delegations.model.search import common, contact_word

    names = [f"Anna Müller {n:02}" for n in range(30)] + ["Zoe Müller", "Olga Petrova"]
    for name in names:
        contacts.create_contact(store, {"name": name, "city": town})
    with store.read() as s:
        assert common(s.connection(), contact_word, ["muller"], 10)
        assert not common(s.connection(), contact_word, ["petrova"], 10)
    everyone = _found(store, "müller")
    assert len(everyone) == 31
    assert _found(store, "müller", limit=10, offset=25) == everyone[25:]
    assert _found(store, "kalin anna", limit=5) == everyone[:5]
    assert _found(store, "petrova", limit=10) == ["Olga Petrova"]


def test_words_follow_every_change(store, town):
    ident = contacts.create_contact(store, {"name": "Olga Smirnova", "city": town}).id
    trip = trips.create_trip(store, {"title": "Herbstreise", "start": "2026-10-01",
                                     "end": "2026-10-03", "kind": "outgoing",
                                     "destinations": [town]})
    cities.update_city(store, town, {"name": "Калининград"})
    assert _found(store, "калинин") == ["Olga Smirnova"]
    assert _trips(store, "kaliningrad") == ["Herbstreise"]
    contacts.update_contact(store, ident, {"name": "Olga Iwanowa"})
    assert _found(store, "smirnova") == []
    assert _found(store, "iwan") == ["Olga Iwanowa"]
    other = cities.create_city(store, {"name": "Tallinn", "timezone": BERLIN}).id
    trips.update_trip(store, trip.id, {"destinations": [other]})
    assert _trips(store, "kaliningrad") == []
    assert _trips(store, "tallinn") == ["Herbstreise"]
    contacts.delete_contact(store, ident)
    trips.delete_trip(store, trip.id)
    with store.read() as s:
        assert s.scalar(text("SELECT count(*) FROM contact_word")) == 0
        assert s.scalar(text("SELECT count(*) FROM trip_word")) == 0


def test_reindex_rebuilds_what_bulk_writes_left_out(store, town):
    contacts.create_contact(store, {"name": "Hans Müller", "city": town})
    with store.transaction() as s:
        s.execute(text("DELETE FROM contact_word"))
        s.execute(text("UPDATE contact SET sort_name = ''"))
    assert _found(store, "muller") == []
    with store.transaction() as s:
        reindex(s.connection())
    assert _found(store, "muller") == ["Hans Müller"]


def test_the_database_answers_through_the_index(store):
    with store.read() as s:
        for words, owner in (("contact_word", "contact"), ("trip_word", "trip")):
            plan = " ".join(row[-1] for row in s.execute(text(
                f"EXPLAIN QUERY PLAN SELECT {owner}_id FROM {words} "
                "WHERE word >= 'mul' AND word < 'mum'")))
            assert f"ix_{words}_word" in plan and "SCAN" not in plan


@contextmanager
def _statements(store):
    """The SQL statements (with their parameters) the store runs meanwhile."""
    seen: list[tuple[str, object]] = []

    def note(_conn, _cursor, statement, parameters, _context, _many):
        seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def _plan(store, statement, parameters):
    with store.read() as s:
        cursor = s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        return " | ".join(str(row[-1]) for row in cursor)


@pytest.mark.parametrize(("kind", "sort"), [
    *(("contact", sort) for sort in contacts.SORTABLE),
    ("trip", "title"), ("trip", "destinations")])
@pytest.mark.parametrize("descending", [False, True])
def test_a_page_in_a_text_columns_order_is_read_off_an_index(store, kind, sort, descending):
    """A list sorted by a text column walks that column's folded index (issue #16): the
    first page is found without sorting every row."""
    with _statements(store) as seen:
        if kind == "contact":
            contacts.list_contacts(store, limit=50, sort=sort, descending=descending)
        else:
            trips.list_trips(store, TripFilter(sort=sort, descending=descending, limit=50))
    statement, parameters = next((q, p) for q, p in seen if "ORDER BY" in q)
    plan = _plan(store, statement, parameters)
    assert f"ix_{kind}_sort_" in plan and "TEMP B-TREE" not in plan, plan

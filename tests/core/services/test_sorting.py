"""Lists sort and search the same on SQLite and on PostgreSQL, whatever collation the
office's server was set up with: the way Python compares folded names."""

from collections.abc import Iterator

import pytest

from delegations.folding import sort_key
from delegations.services import cities, contacts
from delegations.storage.store import Store, open_store
from tests.pg.databases import connect, database_url, drop_database, fresh_name

NAMES = ["Zeta", "Öz", "Annabel Zorn", "Ärzte", "anna berg", "Anna Berg", "Åland",
         "Anna-Lena Alt", "Hans Müller", "Jürgen Mueller", "Ольга Иванова", "杭州"]
EXPECTED = ["Åland", "Anna Berg", "anna berg", "Anna-Lena Alt", "Annabel Zorn", "Ärzte",
            "Hans Müller", "Jürgen Mueller", "Öz", "Zeta", "Ольга Иванова", "杭州"]


def _fill(store: Store) -> None:
    for name in NAMES:
        contacts.create_contact(store, {"name": name})
        cities.create_city(store, {"name": name, "timezone": "Europe/Berlin"})


def _assert_same_order(store: Store) -> None:
    assert sorted(NAMES, key=sort_key) == EXPECTED
    assert [c.name for c in contacts.list_contacts(store)] == EXPECTED
    assert [c.name for c in contacts.list_contacts(store, limit=3, offset=4)] == EXPECTED[4:7]
    assert [c.name for c in cities.list_cities(store)] == EXPECTED
    assert [c.name for c in contacts.list_contacts(store, "mueller")] == [
        "Hans Müller", "Jürgen Mueller"]
    assert [c.name for c in contacts.list_contacts(store, "ARZTE")] == ["Ärzte"]
    assert [c.name for c in cities.list_cities(store, "aland")] == ["Åland"]


@pytest.mark.both_engines
def test_names_sort_and_are_found_the_same_on_both_engines(store):
    _fill(store)
    _assert_same_order(store)


@pytest.fixture
def icu_store(pg_server: str) -> Iterator[Store]:
    """A server database whose own collation sorts like a person's address book
    (German, spaces and hyphens ignored: "Annabel" before "Anna Berg")."""
    name = fresh_name("icu")
    with connect(pg_server) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 LOCALE_PROVIDER icu '
                     "ICU_LOCALE 'de-DE-u-ka-shifted' LOCALE 'C.UTF-8'")
    store = open_store(database_url(pg_server, name))
    try:
        yield store
    finally:
        store.close()
        drop_database(pg_server, name)


@pytest.mark.slow
def test_a_server_with_its_own_collation_sorts_as_python_does(icu_store):
    _fill(icu_store)
    _assert_same_order(icu_store)

"""Migration 0014 folds the stored titles, destinations and contact columns into the new
sort columns, with the same Python fold as new rows get, on both engines (issue #16)."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from delegations.services import contacts, trips
from delegations.services.dto import TripFilter
from delegations.storage import migrate
from delegations.storage.store import open_store

NAMES = ["Zoo", "Ärzte", "arzt", "Öl", "Gdańsk", "İskenderun", "Калининград", "杭州"]
FOLDED = ["arzt", "Ärzte", "Gdańsk", "İskenderun", "Öl", "Zoo", "Калининград", "杭州"]

# Rows as the first revision's program wrote them: a city per name, a trip to it, a contact
# in it whose function, organisation, e-mail and phone are the name too.
CITY = ("INSERT INTO city (id, ref, name, country, relation, since, timezone, languages, "
        "topics, notes) VALUES (:id, :ref, :name, 'DE', 'partner', NULL, 'Europe/Berlin', "
        "'', '', '')")
TRIP = ("INSERT INTO trip (id, ref, title, kind, status, start_date, end_date, purpose, "
        "objectives, language, currency, funding_source, notes, example) VALUES (:id, :ref, "
        ":name, 'incoming', 'idea', '2019-08-12', '2019-08-16', '', '', 'de', 'EUR', '', '', "
        ":no)")
PLACE = "INSERT INTO trip_destination (trip_id, city_id, position) VALUES (:id, :id, 0)"
CONTACT = ("INSERT INTO contact (id, ref, name, honorific, title, function, organisation, "
           "city_id, email, phone, languages, address_form, bio, notes) VALUES (:id, :ref, "
           "'Person', '', '', :name, :name, :id, :name, :name, '', '', '', '')")


@pytest.fixture
def engine(bare_engine: Engine) -> Engine:
    return bare_engine


def test_0014_fills_the_sort_columns_of_existing_rows(engine):
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        for n, name in enumerate(NAMES, 1):
            row = {"id": n, "ref": f"r{n}", "name": name, "no": False}
            for statement in (CITY, TRIP, PLACE, CONTACT):
                conn.execute(text(statement), row)
    migrate.upgrade(engine, "0013")
    assert "sort_title" not in {c["name"] for c in inspect(engine).get_columns("trip")}
    migrate.upgrade(engine, "0014")
    with engine.connect() as conn:
        folded = conn.execute(text(
            "SELECT sort_title, sort_destinations FROM trip WHERE title = 'İskenderun'")).one()
        assert tuple(folded) == ("iskenderun", "iskenderun")
        assert tuple(conn.execute(text(
            "SELECT sort_function, sort_organisation, sort_city, sort_email, sort_phone "
            "FROM contact WHERE function = 'Ärzte'")).one()) == ("arzte",) * 5
        if engine.dialect.name == "postgresql":  # compared bytewise, as on SQLite
            collations = conn.execute(text(
                "SELECT DISTINCT collation_name FROM information_schema.columns "
                "WHERE column_name LIKE 'sort_%'")).scalars().all()
            assert collations == ["C"]
    engine.dispose()

    store = open_store(engine.url.render_as_string(hide_password=False))
    try:
        for sort in ("title", "destinations"):
            assert [t.title for t in trips.list_trips(store, TripFilter(sort=sort))] == FOLDED
        for sort in ("function", "organisation", "email", "phone"):
            rows = contacts.list_contacts(store, sort=sort)
            assert [getattr(c, sort) for c in rows] == FOLDED
        assert [c.city_name for c in contacts.list_contacts(store, sort="city")] == FOLDED
    finally:
        store.close()


def test_0014_downgrades_and_upgrades_again(engine):
    migrate.upgrade(engine)
    migrate.downgrade(engine, "0013")
    columns = {c["name"] for c in inspect(engine).get_columns("contact")}
    assert "sort_name" in columns and "sort_city" not in columns
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head()

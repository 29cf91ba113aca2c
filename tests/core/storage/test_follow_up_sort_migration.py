"""Migration 0016 folds the stored follow-ups' action, owner and city into the tracker's
sort columns, with the same Python fold as new rows get, on both engines (issue #16)."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from delegations.services import followups
from delegations.services.followups import FollowUpFilter
from delegations.storage import migrate
from delegations.storage.store import open_store

CITIES = ["Zagreb", "Århus", "Gdańsk"]
CITY = ("INSERT INTO city (id, ref, name, country, relation, since, timezone, languages, "
        "topics, notes) VALUES (:id, :ref, :name, 'DE', 'partner', NULL, 'Europe/Berlin', "
        "'', '', '')")
FOLLOW_UP = ("INSERT INTO follow_up (id, ref, action, owner, status, city_id, notes) "
             "VALUES (:id, :ref, :action, :owner, 'open', :id, '')")
ACTIONS = ["Zusage prüfen", "Ärzte einladen", "anrufen"]
OWNERS = ["Zoë Ähnlich", "Büro OB", "amt 20"]


@pytest.fixture
def engine(bare_engine: Engine) -> Engine:
    return bare_engine


def test_0016_fills_the_tracker_sort_columns(engine):
    migrate.upgrade(engine, "0015")
    with engine.begin() as conn:
        for n, (city, action, owner) in enumerate(zip(CITIES, ACTIONS, OWNERS, strict=True), 1):
            conn.execute(text(CITY), {"id": n, "ref": f"c{n}", "name": city})
            conn.execute(text(FOLLOW_UP), {"id": n, "ref": f"f{n}", "action": action,
                                           "owner": owner})
    assert "sort_city" not in {c["name"] for c in inspect(engine).get_columns("follow_up")}
    migrate.upgrade(engine, "0016")
    with engine.connect() as conn:
        assert tuple(conn.execute(text(
            "SELECT sort_action, sort_owner, sort_city FROM follow_up WHERE id = 2")).one()
            ) == ("arzte einladen", "buro ob", "arhus")
    engine.dispose()

    store = open_store(engine.url.render_as_string(hide_password=False))
    try:
        def order(sort: str) -> list[str]:
            rows = followups.filter_follow_ups(store, FollowUpFilter(), sort=sort)
            return [getattr(r, {"city": "city_name"}.get(sort, sort)) for r in rows]

        assert order("action") == ["anrufen", "Ärzte einladen", "Zusage prüfen"]
        assert order("owner") == ["amt 20", "Büro OB", "Zoë Ähnlich"]
        assert order("city") == ["Århus", "Gdańsk", "Zagreb"]
    finally:
        store.close()


def test_0016_downgrades_and_upgrades_again(engine):
    migrate.upgrade(engine)
    migrate.downgrade(engine, "0015")
    assert "sort_owner" not in {c["name"] for c in inspect(engine).get_columns("follow_up")}
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head()

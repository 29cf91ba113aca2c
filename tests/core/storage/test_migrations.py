"""Every schema revision upgrades to head with its data intact."""

import sqlite3

import pytest
from sqlalchemy import create_engine, text

from delegations.storage import migrate
from delegations.storage.store import open_store

# Rows valid at the first revision, written with plain SQL as an old program would have.
FIRST_REVISION_ROWS = [
    "INSERT INTO city (id, ref, name, country, relation, since, timezone, languages, topics, "
    "notes) VALUES (1, 'aarhus', 'Århus', 'DK', 'partner', 2006, 'Europe/Copenhagen', 'da', "
    "'Planung', '')",
    "INSERT INTO trip (id, ref, title, kind, status, start_date, end_date, purpose, objectives, "
    "language, currency, funding_source, notes, example) VALUES (1, 'aarhus-2019', "
    "'Hospitation Planungsamt', 'staff_exchange', 'completed', '2019-08-12', '2019-08-16', "
    "'', '', 'de', 'EUR', '', '', 0)",
    "INSERT INTO trip_destination (trip_id, city_id, position) VALUES (1, 1, 0)",
    "INSERT INTO agenda_item (id, trip_id, ref, title, kind, start_utc, end_utc, timezone, "
    "location, address, responsible, dress_code, objectives, talking_points, notes, "
    "confidential, external_uid) VALUES (1, 1, 'a1', 'Empfang im Rathaus', 'meeting', "
    "'2019-08-12 07:00:00.000000', '2019-08-12 08:00:00.000000', 'Europe/Copenhagen', "
    "'Aarhus Rådhus', '', '', '', '', '', '', 0, '')",
]


def test_revisions_form_one_line():
    from alembic.script import ScriptDirectory

    revisions = migrate.revisions()
    assert revisions[0] == "0001"
    assert revisions[-1] == migrate.head()
    scripts = ScriptDirectory.from_config(migrate.config())  # read without Alembic, the same
    assert revisions == [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert scripts.get_heads() == [migrate.head()]


@pytest.mark.parametrize("revision", migrate.revisions())
def test_upgrade_from_each_revision_keeps_data(tmp_path, revision):
    path = tmp_path / f"at-{revision}.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        for row in FIRST_REVISION_ROWS:
            conn.execute(text(row))
    migrate.upgrade(engine, revision)
    engine.dispose()

    store = open_store(path)
    try:
        assert migrate.current_revision(store.engine) == migrate.head()
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM city")).scalar() == "Århus"
            assert conn.execute(text("SELECT count(*) FROM trip_destination")).scalar() == 1
            start = conn.execute(text("SELECT start_utc FROM agenda_item")).scalar()
            assert str(start).startswith("2019-08-12 07:00")
    finally:
        store.close()


def test_downgrade_to_first_and_back(tmp_path):
    path = tmp_path / "roundtrip.sqlite"
    open_store(path).close()
    engine = create_engine(f"sqlite:///{path}")
    migrate.downgrade(engine, "0001")
    assert migrate.current_revision(engine) == "0001"
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head()
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_migrations_match_the_models(tmp_path):
    """A model change without a migration would leave users' files behind."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from delegations.model import Base

    store = open_store(tmp_path / "head.sqlite")
    try:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        store.close()

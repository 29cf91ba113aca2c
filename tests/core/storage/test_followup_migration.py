"""Revision 0003 (outcome links, attachments, budget lines) upgrades a file of 0002 with
its outcomes intact, and can be taken back."""

from sqlalchemy import create_engine, inspect, text

from delegations.services import budget, outcomes
from delegations.storage import migrate
from delegations.storage.store import open_store

ROWS_AT_0002 = [
    "INSERT INTO city (id, ref, name, country, relation, since, timezone, languages, topics, "
    "notes) VALUES (1, 'sf', 'San Francisco', 'US', 'partner', 2017, 'America/Los_Angeles', "
    "'en', '', '')",
    "INSERT INTO trip (id, ref, title, kind, status, start_date, end_date, purpose, objectives, "
    "language, currency, funding_source, notes, example) VALUES (1, 'sf-2026', "
    "'Unterzeichnung', 'outgoing', 'completed', '2026-02-22', '2026-02-27', '', '', 'de', "
    "'EUR', 'Sonderfonds', '', 0)",
    "INSERT INTO outcome (id, trip_id, ref, kind, date, text, notes) VALUES (1, 1, 'o1', "
    "'agreement', '2026-02-24', 'Partnerschaft unbefristet', '')",
    "INSERT INTO setting (key, value) VALUES ('language', '\"de\"')",
]


def test_upgrade_from_0002_keeps_outcomes_and_adds_the_new_tables(tmp_path):
    path = tmp_path / "at-0002.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0002")
    with engine.begin() as conn:
        for row in ROWS_AT_0002:
            conn.execute(text(row))
    migrate.upgrade(engine)
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert {"budget_line", "outcome_attachment", "outcome_city", "outcome_contact"} <= tables

    store = open_store(path)
    try:
        detail = outcomes.get_outcome(store, 1)
        assert (detail.text, detail.contact_ids, detail.attachments) == (
            "Partnerschaft unbefristet", (), ())
        outcomes.update_outcome(store, 1, {"cities": [1]})
        assert outcomes.get_outcome(store, 1).city_names == ("San Francisco",)
        budget.add_budget_line(store, 1, {"category": "travel", "planned": 100})
        assert budget.trip_totals(store, 1).total.planned_cents == 10000
    finally:
        store.close()


def test_downgrade_to_0002_drops_only_the_new_tables(tmp_path):
    path = tmp_path / "head.sqlite"
    store = open_store(path)
    store.close()
    engine = create_engine(f"sqlite:///{path}")
    migrate.downgrade(engine, "0002")
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert "budget_line" not in tables and "outcome_contact" not in tables
    assert {"outcome", "gift", "setting"} <= tables

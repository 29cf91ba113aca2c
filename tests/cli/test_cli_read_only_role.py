"""The mayor's office signs in as a role that may only read: it lists and prints, and
every change is refused with a message that says why (a real PostgreSQL server)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy.engine import make_url

from delegations.cli import main
from delegations.errors import StoreError
from delegations.services import trips
from delegations.storage.store import open_store
from tests.pg import databases


@pytest.fixture
def mayor(pg_server: str, pg_database: str) -> Iterator[str]:
    """The demo office on the server, and the URL of a role granted reading only."""
    from delegations.demo import load_demo

    store = open_store(pg_database)
    try:
        load_demo(store)
    finally:
        store.close()
    role = databases.fresh_name("mayor")
    databases.run_sql(pg_server, f'CREATE ROLE "{role}" LOGIN')
    with databases.connect(pg_database) as conn:
        conn.execute(f'GRANT USAGE ON SCHEMA public TO "{role}"')
        conn.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"')
    yield make_url(pg_database).set(username=role).render_as_string(hide_password=False)
    databases.run_sql(pg_database, f'DROP OWNED BY "{role}"')
    databases.run_sql(pg_server, f'DROP ROLE "{role}"')


def test_the_mayors_office_reads_and_prints(mayor, tmp_path, capsys):
    out = tmp_path / "Reiseplan San Francisco.pdf"
    assert main(["--db", mayor, "print", "itinerary", "--trip", "sf-2026",
                 "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 2000
    assert main(["--db", mayor, "trips"]) == 0
    assert "sf-2026" in capsys.readouterr().out


def test_every_change_by_the_mayors_office_is_refused_saying_why(mayor, pg_database,
                                                                 tmp_path, capsys):
    store = open_store(mayor)
    try:
        assert store.read_only
        before = trips.count_trips(store)
        with pytest.raises(StoreError, match="may read the office's data but not change it"):
            trips.create_trip(store, {"title": "Gdańsk", "start": date(2027, 5, 3),
                                      "end": date(2027, 5, 6)})
        trip = trips.find_trip(store, "sf-2026")
        with pytest.raises(StoreError, match="the change was not saved"):
            trips.update_trip(store, trip, {"notes": "Kämpfer"})
        assert trips.count_trips(store) == before
    finally:
        store.close()
    table = tmp_path / "contacts.csv"
    table.write_text("name\nZofia Wiśniewska\n", encoding="utf-8")
    assert main(["--db", mayor, "import", str(table)]) != 0
    assert "may read the office's data but not change it" in capsys.readouterr().err
    planner = open_store(pg_database)
    try:
        assert trips.count_trips(planner) == before
    finally:
        planner.close()


def _text(path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)


def test_the_mayors_office_sees_confidential_items_as_on_paper(mayor, pg_database, tmp_path):
    """The same rules as a planner's prints: the full itinerary marks a confidential
    point, the one that leaves the office leaves it out; page for page the same."""
    store = open_store(mayor)
    try:
        agenda = trips.get_trip(store, trips.find_trip(store, "sf-2026")).agenda
    finally:
        store.close()
    secret = [" ".join(a.title.split()) for a in agenda if a.confidential]
    assert secret  # the demo trip has a confidential meeting
    for variant in ("full", "external"):
        texts = []
        for who, url in (("mayor", mayor), ("planner", pg_database)):
            out = tmp_path / f"{who}-{variant}.pdf"
            assert main(["--db", url, "print", "itinerary", "--trip", "sf-2026",
                         "--variant", variant, "--out", str(out)]) == 0
            texts.append(_text(out))
        assert texts[0] == texts[1]
        assert ("Vertraulich" in texts[0]) is (variant == "full")
        assert all(title not in texts[0] for title in secret) is (variant == "external")

"""`backup` and `restore` on a PostgreSQL store: pg_dump and pg_restore, all or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from delegations.cli import main
from delegations.errors import StoreError
from delegations.services import trips
from delegations.storage import server_backup
from delegations.storage.store import open_store


def _titles(url: str) -> list[str]:
    store = open_store(url)
    try:
        return sorted(t.title for t in trips.list_trips(store))
    finally:
        store.close()


def _add(url: str, title: str) -> None:
    store = open_store(url)
    try:
        trips.create_trip(store, {"title": title, "start": date(2027, 3, 1),
                                  "end": date(2027, 3, 4)})
    finally:
        store.close()


def test_dump_then_restore_brings_the_database_back(pg_database, tmp_path, monkeypatch,
                                                    capsys):
    monkeypatch.chdir(tmp_path)
    _add(pg_database, "Gdańsk")
    assert main(["--db", pg_database, "backup", "office.dump"]) == 0
    assert (tmp_path / "office.dump").stat().st_size > 0
    _add(pg_database, "İskenderun")
    assert _titles(pg_database) == ["Gdańsk", "İskenderun"]
    assert main(["--db", pg_database, "restore", "office.dump"]) == 0
    assert _titles(pg_database) == ["Gdańsk"]
    assert "Restored" in capsys.readouterr().out


def test_without_pg_dump_the_message_says_what_to_install(monkeypatch):
    monkeypatch.setenv("PATH", "")
    monkeypatch.setattr(server_backup.glob, "glob", lambda _pattern: [])
    with pytest.raises(StoreError, match="pg_dump was not found: install PostgreSQL's client"):
        server_backup.program("pg_dump")

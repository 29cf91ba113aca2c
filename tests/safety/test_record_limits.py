"""Files with more records than an import takes (README: 20,000 rows, cards or top-level
records) are refused at once, naming the file and the line where the next one begins,
before every line is turned into a row: a 20 MB file of short lines would otherwise take
minutes and gigabytes. Exactly the limit still imports."""

from __future__ import annotations

import json
import time

import pytest

from delegations.errors import ValidationError
from delegations.exchange import import_exchange, read_exchange
from delegations.exchange.csvfile import read_csv
from delegations.exchange.limits import RECORDS
from delegations.exchange.reader import UnreadableFile
from delegations.exchange.vcard import read_vcards
from delegations.services import contacts
from delegations.storage.store import open_store
from tests.safety.support import cli


@pytest.fixture
def store(office):
    opened = open_store(office)
    yield opened
    opened.close()


def test_a_csv_of_many_short_lines_is_refused_quickly_at_the_first_too_many(store, tmp_path):
    path = tmp_path / "kurz.csv"
    path.write_text("Name\n" + "".join(f"K{k}\n" for k in range(RECORDS * 10)),
                    encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(UnreadableFile, match=rf"kurz.csv, line {RECORDS + 2}: more than "
                                             rf"{RECORDS} records"):
        read_csv(path, store)
    assert time.monotonic() - started < 10


def test_a_csv_of_exactly_the_limit_is_read(store, tmp_path):
    path = tmp_path / "genau.csv"
    path.write_text("sep=;\nName;E-Mail\n" + "".join(f"Kämpfer {k};\n" for k in range(RECORDS)),
                    encoding="utf-8")
    assert len(read_csv(path, store).rows) == RECORDS


def test_a_vcard_file_of_too_many_cards_is_refused_at_the_first_too_many(store, tmp_path):
    path = tmp_path / "karten.vcf"
    path.write_text("BEGIN:VCARD\nFN:Ö\nEND:VCARD\n" * (RECORDS + 1), encoding="utf-8")
    with pytest.raises(UnreadableFile, match=rf"karten.vcf, line {3 * RECORDS + 1}: more than"):
        read_vcards(path, store)
    path.write_text("BEGIN:VCARD\nFN:Ö\nEND:VCARD\n" * RECORDS, encoding="utf-8")
    assert len(read_vcards(path, store).rows) == RECORDS


def test_an_exchange_file_of_too_many_contacts_is_refused_and_nothing_written(office,
                                                                             tmp_path):
    path = tmp_path / "viele.json"
    people = [{"ref": f"c{k}", "name": f"Gdańsk {k}"} for k in range(RECORDS + 1)]
    path.write_text(json.dumps({"format": "delegations-exchange", "version": 1,
                                "contacts": people}), encoding="utf-8")
    store = open_store(office)
    try:
        before = contacts.count_contacts(store)
        with pytest.raises(ValidationError, match=rf"more than {RECORDS} in one file"):
            import_exchange(store, read_exchange(path))
        assert contacts.count_contacts(store) == before
    finally:
        store.close()
    result = cli(office, "import", str(path))
    assert result.returncode == 1 and "split it into smaller files" in result.stderr

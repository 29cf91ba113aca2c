"""Text that would be stored wrong is refused, naming the place: a file mixing UTF-8 and
Windows-1252 lines, and control characters (NUL and the like) in any text field."""

from __future__ import annotations

import json

import pytest

from delegations.errors import ValidationError
from delegations.exchange import export_store
from delegations.storage.store import open_store
from delegations.validation import CONTACT, clean
from tests.safety.support import cli


def _contacts(db):
    store = open_store(db)
    try:
        return {c["name"] for c in export_store(store)["contacts"]}
    finally:
        store.close()


def test_a_csv_mixing_utf8_and_cp1252_lines_is_refused_at_the_first_cp1252_line(office,
                                                                                 tmp_path):
    before = _contacts(office)
    raw = ("Name,Organisation\nJürgen Müller,Stadt Kiel\n".encode()
           + "Jürgen Kämpfer,Landeshauptstadt\n".encode("cp1252"))
    (tmp_path / "gemischt.csv").write_bytes(raw)
    result = cli(office, "import", str(tmp_path / "gemischt.csv"))
    assert result.returncode == 1, result.stdout
    assert "gemischt.csv, line 3: the file mixes encodings" in result.stderr
    assert _contacts(office) == before


def test_a_csv_entirely_in_cp1252_still_imports(office, tmp_path):
    raw = "Name,Organisation\nJürgen Müller,Stadt Kiel\n".encode("cp1252")
    (tmp_path / "alt.csv").write_bytes(raw)
    result = cli(office, "import", str(tmp_path / "alt.csv"))
    assert result.returncode == 0, result.stderr
    assert "Jürgen Müller" in _contacts(office)


def test_nul_bytes_in_a_csv_are_refused_and_never_stored(office, tmp_path):
    before = _contacts(office)
    raw = "Name,Email\nJürgen\x00Müller,jm@kiel.example\nAnna,an\x00na@kiel.example\n"
    (tmp_path / "nul.csv").write_text(raw, encoding="utf-8")
    result = cli(office, "import", str(tmp_path / "nul.csv"))
    assert result.returncode == 1, result.stdout
    assert "line 2" in result.stderr and "control character (U+0000)" in result.stderr
    assert _contacts(office) == before


def test_control_characters_in_an_exchange_file_are_refused_with_their_path(office,
                                                                           tmp_path):
    doc = {"format": "delegations-exchange", "version": 1,
           "contacts": [{"ref": "c-x", "name": "Gdańsk\u0007Büro"}]}
    (tmp_path / "bell.json").write_text(json.dumps(doc), encoding="utf-8")
    result = cli(office, "import", str(tmp_path / "bell.json"))
    assert result.returncode == 1
    assert "contacts[0].name: contains a control character (U+0007)" in result.stderr


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x7f", "\x85"])
def test_every_text_field_refuses_control_characters(char):
    with pytest.raises(ValidationError, match="control character"):
        clean(CONTACT, {"ref": "c1", "name": "Ok", "notes": f"Zeile{char}Zeile"})


def test_tabs_and_line_breaks_are_text():
    assert clean(CONTACT, {"ref": "c1", "name": "Ok", "notes": "a\tb\r\nc"})["notes"]

"""What one process works out (parsed fonts, catalogues) is read back by the next one,
only under the same key, and never at the cost of failing."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegations import i18n, kept
from delegations.paths import HOME_ENV


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test starts with nothing kept, in a folder of its own."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    return tmp_path / "home" / "cache"


def test_kept_values_come_back_only_under_their_key() -> None:
    value = {"Kämpfer": [1, 2.5, ("杭州", b"\x00")], 0x4E2D: None}
    kept.keep("thing", ("v1", 3), value)
    assert kept.read("thing", ("v1", 3)) == value
    assert kept.read("thing", ("v2", 3)) is None
    assert kept.read("other", ("v1", 3)) is None


@pytest.mark.parametrize("damage", [b"", b"\x00\x01garbage", b"\xe9\xff\xff\xff\x7f"])
def test_a_damaged_file_reads_as_nothing_kept(damage: bytes) -> None:
    kept.keep("thing", 1, [1, 2, 3])
    kept.kept_file("thing").write_bytes(damage)
    assert kept.read("thing", 1) is None
    kept.keep("thing", 1, [1, 2, 3])
    assert kept.read("thing", 1) == [1, 2, 3]


def test_a_folder_that_cannot_be_written_keeps_nothing_quietly(own_cache: Path) -> None:
    own_cache.parent.mkdir(parents=True)
    own_cache.write_text("a file where the folder would be")
    kept.keep("thing", 1, [1])
    assert kept.read("thing", 1) is None


def test_a_value_marshal_cannot_write_is_not_kept() -> None:
    kept.keep("thing", 1, object())
    assert kept.read("thing", 1) is None
    assert not kept.kept_file("thing").parent.exists() or not any(
        kept.kept_file("thing").parent.iterdir())


def test_the_file_key_changes_when_a_file_changes(tmp_path: Path) -> None:
    po = tmp_path / "a.po"
    po.write_text("one", encoding="utf-8")
    before = kept.file_key(po)
    po.write_text("other text", encoding="utf-8")
    assert kept.file_key(po) != before


def test_the_catalogue_read_back_is_the_parsed_one_and_follows_edits(tmp_path: Path,
                                                                      monkeypatch) -> None:
    catalog = i18n._catalog.__wrapped__  # type: ignore[attr-defined]
    parsed = catalog("de")
    assert kept.kept_file("catalog-de").is_file()
    assert catalog("de") == parsed and parsed["Itinerary"] == "Reiseprogramm"
    locale = tmp_path / "locale"
    (locale / "de").mkdir(parents=True)
    po = locale / "de" / "core.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  'msgid "Trips"\nmsgstr "Reisen"\n', encoding="utf-8")
    monkeypatch.setattr(i18n, "_LOCALE_DIR", locale)
    assert catalog("de") == {"Trips": "Reisen"}
    po.write_text(po.read_text(encoding="utf-8").replace("Reisen", "Fahrten"),
                  encoding="utf-8")
    assert catalog("de") == {"Trips": "Fahrten"}

"""Parsed fonts kept between processes: read back exactly as parsed, never trusted blindly."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from delegations.documents import faces
from delegations.documents.faces import kept_name, load_font
from delegations.kept import kept_file
from delegations.paths import HOME_ENV, resource

FONT = resource("fonts", "DejaVuSans-Oblique.ttf")


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test starts without kept faces, in a folder of its own."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    return tmp_path / "home" / "cache"


def _tables(font: TTFont) -> dict[str, object]:
    return {k: v for k, v in vars(font.face).items() if k != "_pdfScale"}


def test_a_kept_face_reads_back_as_reportlab_parses_it() -> None:
    parsed = load_font("Kept", FONT)
    assert kept_file(kept_name(FONT)).is_file()
    kept = load_font("Kept", FONT)
    assert isinstance(kept, faces._KeptFont)
    assert _tables(kept) == _tables(parsed)
    assert kept.face.name.ustr == parsed.face.name.ustr == "DejaVuSans-Oblique"
    assert kept.face._pdfScale(2048) == parsed.face._pdfScale(2048)
    assert kept.stringWidth("Kämpfer, Калининград", 9.5) == \
        parsed.stringWidth("Kämpfer, Калининград", 9.5)
    assert kept.face.makeSubset([0x4B, 0xE4, 0x43A]) == parsed.face.makeSubset(
        [0x4B, 0xE4, 0x43A])


def test_a_kept_font_has_what_reportlabs_own_constructor_sets() -> None:
    load_font("Kept", FONT)
    kept, own = load_font("Kept", FONT), TTFont("Kept", str(FONT))
    assert isinstance(kept, faces._KeptFont)
    assert vars(kept).keys() == vars(own).keys()
    assert {k: v for k, v in vars(kept).items() if k not in ("face", "state", "encoding")} \
        == {k: v for k, v in vars(own).items() if k not in ("face", "state", "encoding")}


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", b"\xe9\x00\x00\x00"])
def test_a_damaged_kept_face_is_parsed_again_and_kept_anew(damage: bytes) -> None:
    load_font("Kept", FONT)
    kept_file(kept_name(FONT)).write_bytes(damage)
    again = load_font("Kept", FONT)
    assert not isinstance(again, faces._KeptFont)
    assert again.face.numGlyphs == len(again.face.hmetrics)
    assert isinstance(load_font("Kept", FONT), faces._KeptFont)


def test_a_face_kept_for_another_version_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    load_font("Kept", FONT)
    monkeypatch.setattr(faces, "FORMAT", faces.FORMAT + 1)
    assert not isinstance(load_font("Kept", FONT), faces._KeptFont)


def test_a_cache_folder_that_cannot_be_made_still_prints(own_cache: Path) -> None:
    own_cache.parent.mkdir(parents=True)
    own_cache.write_text("a file where the folder would be")
    font = load_font("Kept", FONT)
    assert font.stringWidth("Gdańsk", 10) > 0
    assert not isinstance(load_font("Kept", FONT), faces._KeptFont)

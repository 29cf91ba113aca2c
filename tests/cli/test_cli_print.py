"""`delegations print`: documents as PDF files, written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.support import Run


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_prints_an_itinerary_in_english(office: Path, run: Run) -> None:
    out = office.parent / "itinerary.pdf"
    done = run(office, "print", "itinerary", "--trip", "sf-2026", "--out", str(out),
               "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    text = text_of(out)
    assert "Tuesday, 24 February 2026" in text and "Itinerary" in text
    assert list(office.parent.glob(".*.tmp")) == []


def test_prints_the_activity_report_for_a_year(office: Path, run: Run) -> None:
    out = office.parent / "report.pdf"
    done = run(office, "print", "report", "--year", "2019", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = text_of(out)
    assert "Tätigkeitsbericht 2019" in text and "Aarhus" in text


def test_prints_one_participants_itinerary_by_name(office: Path, run: Run) -> None:
    out = office.parent / "behrens.pdf"
    done = run(office, "print", "itinerary", "--trip", "sf-2026", "--variant", "participant",
               "--participant", "Thomas Behrens", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = text_of(out)
    assert "Persönliches Reiseprogramm" in text  # the trip's own language
    assert "Antrittsbesuch der Stadtpräsidentin" in text
    assert "Arbeitsfrühstück im Generalkonsulat" not in text


@pytest.mark.parametrize(("args", "status", "message"), [
    (("itinerary", "--trip", "nowhere"), 1, "unknown trip 'nowhere'"),
    (("itinerary", "--trip", "sf-2026", "--participant", "Nobody"), 1,
     "unknown participant 'Nobody' in trip 'sf-2026'"),
    (("itinerary", "--trip", "sf-2026", "--variant", "participant"), 2,
     "--variant participant needs --participant"),
    (("report", "--trip", "sf-2026"), 2, "report needs --year"),
])
def test_errors_leave_the_old_file_alone(office: Path, args: tuple[str, ...], status: int,
                                         message: str, run: Run) -> None:
    out = office.parent / "old.pdf"
    out.write_bytes(b"the previous copy")
    done = run(office, "print", *args, "--out", str(out))
    assert done.returncode == status
    assert message in done.stderr
    if status == 1:
        assert len(done.stderr.strip().splitlines()) == 1
    assert out.read_bytes() == b"the previous copy"
    assert sorted(p.name for p in office.parent.glob("*.pdf*")) == ["old.pdf"]

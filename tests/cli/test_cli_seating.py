"""`delegations print seating|placecards|tablecards|tischliste` on the demo's forum dinner."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest


def text_of(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)


def test_prints_the_demo_dinners_chart_with_both_delegations(printed, office):
    out = office.parent / "sitzplan.pdf"
    done = printed(office, "seating", "--trip", "forum-2019", "--out", str(out), "--lang", "de",
               "--variant", "a3")
    assert done.returncode == 0, done.stderr
    text = text_of(out)
    assert "Sitzplan: Abendessen des Stadtpräsidenten" in text
    for name in ("Hans-Werner Tovar", "Niels Højberg", "陈静", "Rang 2= · Hangzhou", "Förde"):
        assert name in text
    assert "Li Na sitzt hinter 陈静" in text


@pytest.mark.parametrize("document,expected", [
    ("placecards", "Stadtpräsident Hans-Werner Tovar"),
    ("tablecards", "Förde"),
    ("tischliste", "Tischliste"),
])
def test_prints_the_other_seating_papers_for_a_named_item(printed, office, document, expected):
    out = office.parent / f"{document}.pdf"
    done = printed(office, document, "--trip", "forum-2019", "--item", "a15", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert expected in text_of(out)


@pytest.mark.parametrize("args,status,message", [
    (["seating", "--trip", "sf-2026"], 1, "trip 'sf-2026' has no seating plan"),
    (["seating", "--trip", "forum-2019", "--item", "a01"], 1, "no seating plan for item"),
    (["placecards", "--trip", "forum-2019", "--variant", "a3"], 2, "a4 | a5 | 2up"),
    (["itinerary", "--trip", "forum-2019", "--item", "a15"], 2, "--item is for the seating"),
    (["seating", "--year", "2019"], 2, "needs --trip"),
])
def test_wrong_requests_get_one_line_and_no_file(printed, office, args, status, message):
    out = office.parent / "x.pdf"
    done = printed(office, *args, "--out", str(out))
    assert done.returncode == status
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()

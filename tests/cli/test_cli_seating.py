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


def cards_of(path: Path) -> list[str]:
    """Each place card's upright name and detail, spaces left out (cards set their text
    run by run)."""
    with pdfplumber.open(path) as pdf:
        return ["".join(c["text"] for c in p.chars if c["matrix"][0] > 0).replace(" ", "")
                for p in pdf.pages]


def test_the_demo_dinner_prints_each_guests_own_form_in_the_papers_language(printed,
                                                                           office):
    """Niels Højberg (Aarhus) keeps his own German and English envelope, 陈静 (Hangzhou)
    an English one: every seating paper prints them in its language, the others keep
    title and name."""
    papers = {}
    for lang in ("de", "en"):
        for document in ("placecards", "tischliste", "seating"):
            out = office.parent / f"{document}-{lang}.pdf"
            paper = ["--variant", "a5"] if document == "placecards" else []
            done = printed(office, document, "--trip", "forum-2019", "--lang", lang, *paper,
                           "--out", str(out))
            assert done.returncode == 0, done.stderr
            papers[document, lang] = text_of(out)
    german = cards_of(office.parent / "placecards-de.pdf")
    english = cards_of(office.parent / "placecards-en.pdf")
    assert "StadtdirektorNielsHøjbergAarhus" in german
    assert "陈静Hangzhou" in german  # no German form of her own: her name
    assert "MrNielsHøjbergAarhus" in english
    assert "MsChenJing(陈静)Hangzhou" in english
    assert "StadtpräsidentHans-WernerTovarLandeshauptstadtKiel" in german + english
    for lang, names in (("de", ("Stadtdirektor Niels Højberg", "陈静")),
                        ("en", ("Mr Niels Højberg", "Ms Chen Jing (陈静)"))):
        for name in names:
            assert name in papers["tischliste", lang], (lang, name)
            # the chart may set a long name on two lines, between its neighbours' lines
            assert all(w in papers["seating", lang].split() for w in name.split()), name
    assert "Li Na sits behind Ms Chen Jing (陈静)" in papers["seating", "en"]
    assert "Rådhuspladsen" not in " ".join(papers.values())  # the name line only

"""The blocks' paragraphs break their lines once per width, and again when split."""

from __future__ import annotations

from delegations.documents.blocks import para


def test_a_paragraph_keeps_its_lines_while_the_width_stays() -> None:
    paragraph = para("Bürgermeisterin Kämpfer spricht mit der Delegation aus Gdańsk. " * 12)
    width, height = paragraph.wrap(200, 1000)
    lines = paragraph.blPara
    assert paragraph.wrap(200, 400) == (width, height) and paragraph.blPara is lines
    narrower = paragraph.wrap(120, 1000)
    assert narrower[1] > height and paragraph.blPara is not lines  # broken again
    assert paragraph.wrap(200, 1000) == (width, height)


def test_a_split_paragraph_is_laid_out_afresh() -> None:
    paragraph = para("Ein Gespräch im Rathaus über die Städtepartnerschaft. " * 20)
    _width, height = paragraph.wrap(150, 1000)
    first, rest = paragraph.split(150, height / 2)
    heights = [part.wrap(150, 1000)[1] for part in (first, rest)]
    assert abs(sum(heights) - height) < 1e-6
    assert paragraph.split(150, 5) == []  # no room: reportlab forgets the lines ...
    assert paragraph.wrap(150, 1000)[1] == height  # ... and they are broken again
    assert paragraph.blPara.lines

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


PLAIN = ["Kämpfer", "Gdańsk & İskenderun <Hafen>", "  Калининград   und\tKiel  ",
         "Ein Gespräch im Rathaus über die Städtepartnerschaft. " * 6, "שלום עולם", "7 %"]


def _laid_out(paragraph, width):
    paragraph.wrap(width, 1000)
    return paragraph.getPlainText(), paragraph.height, [
        [getattr(w, "text", w) for w in getattr(line, "words", line[1] if isinstance(
            line, tuple) else [])] for line in paragraph.blPara.lines]


def test_a_plain_line_is_made_without_the_parser_exactly_as_the_parser_would() -> None:
    from reportlab.platypus import Paragraph

    from delegations.documents.fonts import markup
    from delegations.documents.styles import stylesheet

    for style in ("body", "cell", "h2"):
        chosen = stylesheet()[style]
        for text in PLAIN:
            fast = para(text, style)
            parsed = Paragraph(markup(text, chosen.fontName), chosen)
            assert len(fast.frags) == 1  # the parser was not needed
            assert "".join(f.text for f in parsed.frags) == fast.frags[0].text
            assert all(_style_of(f) == _style_of(fast.frags[0]) for f in parsed.frags)
            assert _laid_out(fast, 120) == _laid_out(parsed, 120) or "&" in text, text
            assert _laid_out(fast, 90)[:2] == _laid_out(parsed, 90)[:2], text


def _style_of(frag):
    return {k: v for k, v in vars(frag).items() if k != "text"}


def test_text_that_needs_mark_up_still_goes_through_the_parser() -> None:
    cjk = para("Partnerstadt 杭州")  # set partly in the CJK fallback font
    assert {frag.fontName for frag in cjk.frags} == {"DejaVuSans", cjk.frags[-1].fontName}
    assert len(cjk.frags) == 2
    assert para("杭州 王小明").frags[0].fontName != "DejaVuSans"  # wholly in the CJK face
    assert len(para("Zeile eins\nZeile zwei").frags) > 1  # the line break kept

"""The office's own texts in a paper: in English where it wrote them in English too, and
otherwise printed as written with a note saying so (never silently German in English).

`source.load_source` already swaps in every English text the office stored; what reaches
the builders in German is what it did not translate. These helpers print such a text.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from delegations.documents.blocks import Cell, bullets, para
from delegations.documents.source import Source
from delegations.i18n import N_


def only_in(src: Source) -> str:
    """'(only in German)': the note beside an untranslated text."""
    return src.words(N_("(only in {language})")).format(
        language=src.words.languages(src.office_language))


def cell_text(src: Source, text: str, english: str = "", style: str = "cell") -> Cell:
    """A table cell of the office's text, with the note when it is untranslated."""
    if not src.untranslated(text, english):
        return text
    return [para(text, style), para(only_in(src), "cell-note")]


def points(src: Source, text: str, english: str = "") -> list[Flowable]:
    """A text of one point per line, as bullets, with the note when it is untranslated."""
    out = bullets(text)
    if src.untranslated(text, english):
        out.append(para(only_in(src), "note"))
    return out


def body(src: Source, text: str, english: str = "") -> list[Flowable]:
    """A paragraph of the office's text, with the note when it is untranslated."""
    if not text.strip():
        return []
    out: list[Flowable] = [para(text, "body")]
    if src.untranslated(text, english):
        out.append(para(only_in(src), "note"))
    return out


def some_untranslated(src: Source, pairs: list[tuple[str, str]]) -> list[Flowable]:
    """One note under a table whose entries are partly only in the office's language
    (`pairs`: each entry's text and its English text)."""
    if not any(src.untranslated(text, english) for text, english in pairs):
        return []
    return [para(src.words(N_("Entries without an English text are printed as written "
                              "{only}.")).format(only=only_in(src)), "small")]

"""One notion of "matches the search" and "sorted by name", for the whole program.

Unicode-aware and accent-insensitive (Århus sorts with A, "kampfer" finds Kämpfer, and
Калининград and 杭州 are compared as they are): the services, the exchange, the
calendar and the window's filters all fold text the same way.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def fold(text: str | None) -> str:
    """Text for matching: accents dropped, case folded (works for Å, ß, Cyrillic, Chinese).

    SQLite's lower() only knows ASCII, so searching happens in Python on folded text.
    """
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    return _fold_unicode(text)


@lru_cache(maxsize=65536)
def _fold_unicode(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


def matches(needle: str, *haystack: str | None) -> bool:
    """Whether the folded `needle` occurs in any of the fields (empty needle: always)."""
    return not needle or any(needle in fold(value) for value in haystack)


def sort_key(text: str) -> tuple[str, str]:
    """Sorting by name the way people expect (Århus with A, not after Z)."""
    return (fold(text), text)

"""One notion of "matches the search" and "sorted by name", for the whole program.

Unicode-aware and accent-insensitive (Århus sorts with A, "kampfer" finds Kämpfer, and
Калининград and 杭州 are compared as they are): the services, the exchange, the
calendar and the window's filters all fold text the same way.
"""

from __future__ import annotations

import re
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


# ------------------------------------------------------------------ searching by words
#
# The contacts and trips lists are searched by the database through an index of words
# (delegations.model.search): each stored word and each word typed is folded the same way,
# and a typed word finds the stored words it begins. The fold goes further than fold():
# German spellings ("mueller" and "müller" both give "muller"), letters that have no
# decomposition (ø, ł, æ) and Cyrillic written in Latin ("petrova" finds "Петрова").

_LETTERS = str.maketrans({
    "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i",
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia", "і": "i", "ї": "i", "є": "e", "ґ": "g", "ў": "u",
})
# "ue" for "ü" and "aa" for "å" (Aarhus, Århus): the second letter is dropped, which keeps
# every beginning of a word the beginning of its fold (needed for matching by prefix).
_UMLAUT_SPELLING = re.compile("(?<=[aou])e|(?<=a)a")
_WORD = re.compile(r"\w+")
_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def search_fold(text: str | None) -> str:
    """`fold` plus the German, Nordic and Cyrillic spellings that should find each other
    (Müller and Mueller, Århus and Aarhus, Петрова and Petrova)."""
    return _UMLAUT_SPELLING.sub("", fold(text).translate(_LETTERS))


def search_terms(needle: str) -> list[str]:
    """The folded words of what was typed: each must begin a word of a match."""
    return list(dict.fromkeys(_WORD.findall(search_fold(needle))))


def search_words(*texts: str | None) -> set[str]:
    """The folded words under which a record is found (for the index of words).

    Words in scripts written without spaces (Chinese, Japanese, Korean) are also indexed
    from each of their characters on, so that "州" finds "杭州".
    """
    words: set[str] = set()
    for text in texts:
        for word in _WORD.findall(search_fold(text)):
            words.add(word)
            if _IDEOGRAPHS.search(word):
                words.update(word[i:] for i in range(1, len(word)))
    return words


def found_by_words(needle: str, *texts: str | None) -> bool:
    """Whether each word typed begins a word of `texts`, as the index of words finds them
    ("petrova" finds "Петрова", "mueller" "Müller"); for lists searched in Python."""
    words = search_words(*texts)
    return all(any(w.startswith(term) for w in words) for term in search_terms(needle))


def prefix_bounds(term: str) -> tuple[str, str]:
    """The range [low, high) of words that begin with `term`, in code point order."""
    return term, term[:-1] + chr(ord(term[-1]) + 1)

"""Ordering people by surname, as a protocol list does: honorifics and titles aside.

Names are stored as written ("Dr. Ulrike Meyer-Stahl", "The Honorable London Breed",
"Prof. Dr. h.c. Hans von der Leyen", "王伟"). The surname is the last word of a Latin
name, after any honorific in front and any suffix ("Jr.", "III") behind; the small words
before it ("von", "van der", "de") do not decide the order (DIN 5007: "Leyen, Hans von
der"). A name in Chinese, Japanese or Korean script puts the family name first.
"""

from __future__ import annotations

import re
import unicodedata

from delegations.folding import fold

_HONORIFICS = frozenset(fold(w) for w in (
    "Dr", "Dr.", "Prof", "Prof.", "h.c.", "Dipl.-Ing.", "Mag.", "Ing.", "Mr", "Mr.", "Mrs",
    "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Sir", "Dame", "Lord", "Lady", "Herr", "Frau", "The",
    "Hon.", "Honorable", "Honourable", "Rev.", "Pan", "Pani", "Madame", "Monsieur", "Mme",
    "M.", "Senator", "Mayor", "Bürgermeister", "Bürgermeisterin", "Oberbürgermeister",
    "Oberbürgermeisterin", "Stadtpräsident", "Stadtpräsidentin", "Ambassador", "Consul"))
_SUFFIXES = frozenset(fold(w) for w in (
    "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "MdB", "MdL", "PhD", "Ph.D.", "MBA", "MP"))
_PARTICLES = frozenset(("von", "van", "der", "den", "de", "del", "della", "di", "da", "du",
                        "la", "le", "zu", "vom", "zum", "zur", "ten", "ter", "af", "al"))


def _east_asian(name: str) -> bool:
    """Whether the name is written in Han, Kana or Hangul: family name first."""
    return any(unicodedata.name(ch, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))
               for ch in name[:1])


def _words(name: str, honorific: str = "") -> list[str]:
    """The name's words without the honorifics in front and the suffixes behind."""
    words = [w for w in re.split(r"[\s,]+", name.strip()) if w]
    skip = _HONORIFICS | {fold(w) for w in honorific.split()}
    while len(words) > 1 and fold(words[0]) in skip:
        words.pop(0)
    while len(words) > 1 and fold(words[-1]) in _SUFFIXES:
        words.pop()
    return words


def surname_key(name: str, honorific: str = "") -> tuple[str, str, str]:
    """Sort key: surname, then given names, then the name as written (accents folded)."""
    if _east_asian(name.strip()):
        return (fold(name), "", name)
    words = _words(name, honorific)
    if not words:
        return ("", "", name)
    given = [w for w in words[:-1] if fold(w) not in _PARTICLES]
    return (fold(words[-1]), fold(" ".join(given)), name)

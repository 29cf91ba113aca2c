"""Mentions of a person by part of their name, found for the user to confirm.

Erasure removes the person's full name, e-mail and phone wherever they occur. Notes often
name people by their surname alone ("barrierearmes Zimmer für Frau Jürgensen"); a surname
is shared by others, so such mentions are only found and shown, and removed only when the
user confirms them (anonymise_person's `also`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import or_, select

from delegations.privacy.erase import IDENTITY
from delegations.privacy.fields import all_models, text_columns
from delegations.privacy.person import get_person
from delegations.storage.store import Store

#: Words of a name that do not name anyone.
_TITLES = {"frau", "herr", "dr", "prof", "von", "van", "der", "den", "de", "la", "mrs",
           "mr", "ms", "jun", "sen"}


@dataclass(frozen=True)
class Mention:
    """One free text naming the person by `word`: where it is, and the text."""

    table: str
    field: str
    key: int
    word: str
    text: str


def name_parts(name: str) -> list[str]:
    """The words of a name (hyphenated parts too) of three letters or more, titles left out."""
    words = re.findall(r"\w[\w'’]*", name)
    parts = {w for word in words for w in [word, *word.split("-")]
             if len(w) >= 3 and w.lower() not in _TITLES}
    return sorted(parts, key=lambda w: (-len(w), w))


def find_mentions(store: Store, key: str) -> list[Mention]:
    """Free texts naming the person by a part of their name but not by the whole of it."""
    person = get_person(store, key)
    parts = name_parts(person.name)
    if not parts:
        return []
    whole = re.compile(rf"(?<!\w){re.escape(person.name)}(?!\w)", re.IGNORECASE)
    found = []
    with store.read() as s:
        for model in all_models():
            for name in text_columns(model):
                if name in IDENTITY.get(model, ()):
                    continue
                column = getattr(model, name)
                hits = or_(*(column.contains(p, autoescape=True) for p in parts))
                for row in s.scalars(select(model).where(hits)):
                    found += _in(row, name, whole.sub("", getattr(row, name) or ""), parts)
    return found


def _in(row: object, field: str, text: str, parts: list[str]) -> list[Mention]:
    for part in parts:
        if re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text, re.IGNORECASE):
            return [Mention(row.__tablename__, field, row.id,  # type: ignore[attr-defined]
                            part, getattr(row, field))]
    return []

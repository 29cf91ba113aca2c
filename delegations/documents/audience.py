"""Which personal field each audience may read: the one table every document obeys.

`Source` narrows the participants and counterparts through `narrow` before any builder
sees them, so a field an audience may not read is blank in its copy and cannot leak
(a colleague's health remark in someone's personal itinerary, a private mobile number
in the hosts' copy).

Audiences: `full` (the office's own itinerary), `external` (the hosts' copy),
`participant` (one traveller's personal itinerary), `briefing` (the pack for the head
of delegation; the follow-up brief reads as the briefing).
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any, TypeVar

from delegations.services import dto

AUDIENCES = ("full", "external", "participant", "briefing")

# a participant's personal fields; diet and mobility are special categories (they tell
# belief and health): whatever page prints them is marked confidential
PERSONAL = ("function", "function_en", "organisation", "email", "phone", "diet", "mobility",
            "notes")
SPECIAL = ("diet", "mobility")
_FUNCTION = frozenset({"function", "function_en", "organisation"})
_PARTICIPANT: dict[str, frozenset[str]] = {
    "full": _FUNCTION | {"phone", "diet", "mobility", "notes"},
    "briefing": _FUNCTION | {"phone", "diet", "mobility"},
    "participant": _FUNCTION | {"phone"},
    "external": _FUNCTION,
}

# a counterpart's (contact's) personal fields
# (a name and its Latin spelling are no personal field: every list prints names)
CONTACT_PERSONAL = ("function", "function_en", "organisation", "email", "phone", "languages",
                    "address_form", "address_spoken", "photo_path", "bio", "bio_en", "notes")
_CONTACT: dict[str, frozenset[str]] = {
    "full": _FUNCTION | {"phone"},
    "briefing": _FUNCTION | {"phone", "languages", "address_form", "address_spoken",
                             "photo_path", "bio", "bio_en"},
    "participant": _FUNCTION | {"phone"},
    "external": _FUNCTION | {"phone"},
}

Row = TypeVar("Row", dto.ParticipantRow, dto.ContactRow)


def may_read(audience: str, field: str, contact: bool = False) -> bool:
    """Whether `audience` may read a participant's (or a contact's) `field`."""
    return field in (_CONTACT if contact else _PARTICIPANT)[audience]


def narrow(row: Row, audience: str) -> Row:
    """`row` with every personal field `audience` may not read left blank."""
    contact = isinstance(row, dto.ContactRow)
    personal = CONTACT_PERSONAL if contact else PERSONAL
    names = {f.name for f in fields(row)}
    hidden: dict[str, Any] = {name: "" for name in personal
                              if name in names and not may_read(audience, name, contact)}
    return replace(row, **hidden)


def carries_special(rows: list[dto.ParticipantRow]) -> bool:
    """Whether any of `rows` (already narrowed) still holds a special category."""
    return any(getattr(row, name) for row in rows for name in SPECIAL)

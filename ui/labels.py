"""The domain's vocabularies as the window names them: the core's labels in the UI language.

The names themselves, German and English, are declared once in `delegations.labels`,
where the documents and the command line find them too.
"""

from __future__ import annotations

from enum import StrEnum

from delegations import i18n
from delegations.labels import enum_label


def label(value: StrEnum) -> str:
    """The name of an enum value in the interface's language (its raw value if it has none)."""
    return enum_label(value, i18n.current_language())

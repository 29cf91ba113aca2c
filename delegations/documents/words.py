"""The documents' words in the document's language: labels, enum names and dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from babel import Locale
from babel.dates import format_date

from delegations.enums import Relation
from delegations.i18n import N_, gettext
from delegations.labels import enum_label

_BABEL_LOCALES = {"de": "de_DE", "en": "en_GB"}  # "Tuesday, 24 February 2026"

def _locale_key(code: str) -> str:
    """'pt-br' -> 'pt_BR', the spelling of babel's tables."""
    language, *rest = code.replace("-", "_").split("_")
    return "_".join([language.lower(), *(r.upper() for r in rest)])


@lru_cache(maxsize=4096)
def _formatted(value: dt.date, style: str, locale: str) -> str:
    """A date as babel writes it, remembered: a report's tables repeat their dates."""
    return format_date(value, style, locale=locale)


@dataclass(frozen=True)
class Words:
    """Translation and date formatting for one document language ('de' or 'en')."""

    language: str

    def __call__(self, message: str) -> str:
        return gettext(message, self.language)

    def enum(self, value: StrEnum) -> str:
        """The printed name of an enum value (its own spelling if none is known)."""
        return enum_label(value, self.language)

    def sister_city(self, relation: Relation, country: str) -> bool:
        """Whether English names this partnership as Americans do: a 'sister city'."""
        return self.language == "en" and relation == Relation.PARTNER \
            and country.strip().upper() == "US"

    def relation(self, relation: Relation, country: str = "") -> str:
        """'Partnerstadt' / 'Twin city'; an American partner is a 'Sister city'."""
        if self.sister_city(relation, country):
            return self(N_("Sister city"))
        return self.enum(relation)

    def _format(self, value: dt.date, style: str) -> str:
        return _formatted(value, style, _BABEL_LOCALES[self.language])

    def day(self, value: dt.date) -> str:
        """'Dienstag, 24. Februar 2026' / 'Tuesday, 24 February 2026'."""
        return self._format(value, "full")

    def date(self, value: dt.date | None) -> str:
        """'24. Februar 2026' / '24 February 2026' ('' for none)."""
        return self._format(value, "long") if value else ""

    def short(self, value: dt.date | None) -> str:
        """'24.02.2026' / '24 Feb 2026' for tables ('' for none)."""
        return self._format(value, "medium") if value else ""

    def span(self, start: dt.date, end: dt.date) -> str:
        """The dates of a trip: '22.–27. Februar 2026' style, via two long dates."""
        if start == end:
            return self.date(start)
        return f"{self.date(start)} – {self.date(end)}"

    def country(self, code: str) -> str:
        """'Dänemark' / 'Denmark' for 'DK'; anything not an ISO code as it is."""
        territories = Locale.parse(_BABEL_LOCALES[self.language]).territories
        return territories.get(code.strip().upper(), code) if code else ""

    def languages(self, codes: str) -> str:
        """'Dänisch, Englisch' / 'Danish, English' for 'da,en'; unknown codes as they are."""
        names = Locale.parse(_BABEL_LOCALES[self.language]).languages
        parts = [p.strip() for p in codes.replace(";", ",").split(",") if p.strip()]
        return ", ".join(names.get(_locale_key(p)) or names.get(p.lower(), p) for p in parts)

    @staticmethod
    def time(value: dt.datetime) -> str:
        """'09:00' (24-hour clock in both languages, as protocol offices write it)."""
        return value.strftime("%H:%M")

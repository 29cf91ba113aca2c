"""Translations for the core's own words (messages, labels) without Qt.

Messages are written in English in the code (`_("…")`) and translated from the
files `locale/<lang>/*.po` (one per area of the core), read at run time with babel,
so no build step is needed (what it reads is kept for the next process: kept.py).
The interface uses Qt's translators for its own strings; this module is for
what the command line, the services and the documents say.
"""

from __future__ import annotations

import locale
import os
from functools import cache
from pathlib import Path

LANGUAGES = ("de", "en")
_LOCALE_DIR = Path(__file__).with_name("locale")
_current: str | None = None


def system_language() -> str:
    """'de' or 'en' from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else on
    Windows its display language, else the process locale. (The window asks Qt instead.)"""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return language_of(value)
    if os.name == "nt":
        return language_of(_windows_ui_language())
    return language_of(locale.getlocale()[0] or "")


def language_of(name: str) -> str:
    """'de' for a German locale name ('de_AT.UTF-8', 'de-CH', Windows' 'German_Germany'),
    else 'en'; a list like LANGUAGE's 'fr:de' counts by its first entry."""
    first = name.split(":")[0].strip().lower()
    return "de" if first.startswith(("de", "german")) else "en"


def _windows_ui_language() -> str:
    """Windows' display language as a locale name ('de_DE'); '' if it cannot be asked."""
    try:
        import ctypes

        langid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return ""
    return str(locale.windows_locale.get(int(langid), ""))


def set_language(language: str | None) -> None:
    """Make `language` current; None follows the system again."""
    global _current
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    _current = language


def current_language() -> str:
    return _current or system_language()


@cache
def _catalog(language: str) -> dict[str, str]:
    """The language's messages from all its .po files; parsed once and kept between
    processes (delegations.kept): babel's parser took 10 ms of every German paper."""
    from babel import __version__ as babel_version

    from delegations import kept

    paths = sorted((_LOCALE_DIR / language).glob("*.po"))
    key = (babel_version, kept.file_key(*paths))
    known = kept.read(f"catalog-{language}", key)
    if isinstance(known, dict):
        return known
    merged = _parsed(paths)
    kept.keep(f"catalog-{language}", key, merged)
    return merged


def _parsed(paths: list[Path]) -> dict[str, str]:
    from babel.messages.pofile import read_po

    merged: dict[str, str] = {}
    for path in paths:
        with path.open("rb") as fh:
            catalog = read_po(fh)
        merged.update(
            (str(m.id), str(m.string))
            for m in catalog
            if m.id and isinstance(m.id, str) and m.string and not m.fuzzy
        )
    return merged


def gettext(message: str, language: str | None = None) -> str:
    """`message` translated into `language` (default: the current language)."""
    lang = language or current_language()
    if lang == "en":
        return message
    return _catalog(lang).get(message, message)


def N_(message: str) -> str:
    """Marks a string for translation where it is defined; translate it where it is shown."""
    return message


_ = gettext

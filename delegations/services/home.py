"""The home city (whose office this is) and office-wide settings.

The app is not tied to one city: name, time zone, letterhead and languages are data,
and small preferences live as JSON values in the Setting table.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegations.errors import ValidationError
from delegations.i18n import N_
from delegations.model import Home, Setting
from delegations.services import dto
from delegations.services._common import assign
from delegations.services._rows import home_row
from delegations.storage.store import Store
from delegations.validation import PROSE, Field, clean, country, text, timezone_name

HOME = {
    "name": Field(text(200), required=True),
    "timezone": Field(timezone_name, required=True),
    "country": Field(country, default="DE"),
    "office": Field(text(200)),
    "letterhead": PROSE,
    "logo_path": Field(text(500)),
}


#: Read through the tables' columns: the start page's first query would otherwise
#: configure every mapper of the model (48 relationships) before the window shows.
_HOME, _SETTING = Home.__table__.c, Setting.__table__.c


def _read(s: Session) -> Session:
    """`s`, its pending changes written first as an ORM query would (autoflush): a plain
    column select does not flush by itself."""
    if s.autoflush:
        s.flush()
    return s


def get_home(store: Store) -> dto.HomeRow | None:
    """The home city's settings, or None before the office has been set up."""
    with store.read() as s:
        home = _read(s).execute(select(_HOME.name, _HOME.timezone, _HOME.country,
                                       _HOME.languages, _HOME.office, _HOME.letterhead,
                                       _HOME.logo_path).where(_HOME.id == 1)).first()
        return home_row(home) if home is not None else None


def _languages(value: Any) -> str:
    """'de,en' from a list or a comma-separated text."""
    if value is None:
        return "de,en"
    parts = value.split(",") if isinstance(value, str) else value
    if not all(isinstance(p, str) for p in parts):
        raise ValidationError("languages", N_("must be a list of language codes"))
    joined = ",".join(p.strip() for p in parts if p.strip())
    if len(joined) > 100:
        raise ValidationError("languages", N_("is too long (at most {limit} characters)"),
                              limit=100)
    return joined


def set_home(store: Store, data: Mapping[str, Any]) -> dto.HomeRow:
    """Create or change the home city; only the fields given change once it exists."""
    with store.transaction() as s:
        home = s.get(Home, 1)
        values = clean(HOME, data, partial=home is not None)
        if home is None or "languages" in data:
            values["languages"] = _languages(data.get("languages"))
        if home is None:
            home = Home(id=1)
            s.add(home)
        assign(home, values)
        s.flush()
        return home_row(home)


def get_setting(store: Store, key: str, default: Any = None) -> Any:
    """A setting's value (decoded JSON), or `default` when it was never set."""
    with store.read() as s:
        value = _read(s).scalar(select(_SETTING.value).where(_SETTING.key == key))
        return default if value is None else json.loads(value)


def set_setting(store: Store, key: str, value: Any) -> None:
    """Store a JSON-serialisable value under `key` (None is stored as null)."""
    if not key or len(key) > 100:
        raise ValidationError("key", N_("a setting needs a name of at most 100 characters"))
    try:
        encoded = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        raise ValidationError(key, N_("cannot be stored as a setting")) from None
    with store.transaction() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=encoded))
        else:
            row.value = encoded

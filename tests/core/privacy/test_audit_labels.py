"""The audit log names every field it can log in words an officer reads, in German too
(a raw attribute name such as `passport_number` is not something to hand a data
protection officer)."""

from sqlalchemy.orm import configure_mappers

from delegations.i18n import gettext
from delegations.model.base import Base
from delegations.privacy.audit import _UNLOGGED, FIELD_LABELS, field_label


def _loggable() -> set[str]:
    """Every attribute the log may name: columns and relationships, not keys or
    derived columns (the log never names those)."""
    configure_mappers()
    names = set()
    for mapper in Base.registry.mappers:
        for attr in mapper.attrs:
            columns = getattr(attr, "columns", None)
            if columns and (columns[0].primary_key or columns[0].info.get("derived")):
                continue
            names.add(attr.key)
    return names - _UNLOGGED


def test_every_loggable_field_has_a_label():
    assert sorted(_loggable() - FIELD_LABELS.keys()) == []


#: Labels that are the same word in German.
SAME_IN_GERMAN = {"Budget", "Delegation", "Details", "Hotels", "Logo", "Name", "Organisation",
                  "Partner", "Status", "Text"}


def test_every_label_is_translated():
    untranslated = {label for label in FIELD_LABELS.values() if gettext(label, "de") == label}
    assert sorted(untranslated - SAME_IN_GERMAN) == []
    assert field_label("passport_number", "de") == "Passnummer"
    assert field_label("passport_number", "en") == "Passport number"

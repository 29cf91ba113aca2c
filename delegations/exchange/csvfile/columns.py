"""The columns of delegation lists and address lists: our own headers, and a forgiving
guess at what other people's spreadsheets call the same things.

Headers are compared folded (case and accents dropped, punctuation and spaces removed),
so "E-Mail", "e-mail" and "EMail" are one. An exact name wins; failing that, a header
that contains a telling word ("E-Mail-Adresse (dienstlich)") is taken. Our own export's
headers, in German and English, are always recognised.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from delegations.enums import RegistrationStatus, Role
from delegations.errors import ValidationError
from delegations.exchange.preview import Column, Kind
from delegations.folding import fold
from delegations.i18n import LANGUAGES, N_, gettext

PARTICIPANT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("precedence", N_("Rank")), ("name", N_("Name")), ("function", N_("Function")),
    ("organisation", N_("Organisation")), ("role", N_("Role")), ("status", N_("Status")),
    ("email", N_("E-mail")), ("phone", N_("Phone")), ("diet", N_("Diet")),
    ("mobility", N_("Mobility")), ("notes", N_("Notes")), ("ref", N_("Ref")),
    ("contact", N_("Contact ref")),
)
CONTACT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", N_("Name")), ("honorific", N_("Honorific")), ("title", N_("Title")),
    ("function", N_("Function")), ("organisation", N_("Organisation")), ("city", N_("City")),
    ("email", N_("E-mail")), ("phone", N_("Phone")), ("languages", N_("Languages")),
    ("address_form", N_("Form of address")), ("bio", N_("Biography")),
    ("notes", N_("Notes")), ("ref", N_("Ref")),
)
#: Columns that are parts of a field: joined into name, or into organisation.
PARTS: tuple[tuple[str, str], ...] = (
    ("first_name", N_("First name")), ("last_name", N_("Last name")),
    ("department", N_("Department")),
)
OWN_COLUMNS = {Kind.PARTICIPANTS: PARTICIPANT_COLUMNS, Kind.CONTACTS: CONTACT_COLUMNS}

#: Other spreadsheets' names for each field, folded (see `key`).
ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "fullname", "vollername", "vollstandigername", "anzeigename",
             "displayname", "teilnehmer", "teilnehmerin", "teilnehmende", "person"),
    "first_name": ("vorname", "vornamen", "firstname", "givenname", "rufname"),
    "last_name": ("nachname", "familienname", "zuname", "lastname", "surname", "familyname"),
    "honorific": ("anrede", "honorific", "prefix", "herrfrau", "mrms"),
    "title": ("titel", "title", "amtsbezeichnung", "dienstbezeichnung", "akademischertitel"),
    "function": ("funktion", "function", "position", "jobtitle", "amt", "stellung",
                 "berufsbezeichnung"),
    "organisation": ("organisation", "organization", "institution", "firma", "company",
                     "behorde", "dienststelle", "einrichtung", "arbeitgeber"),
    "department": ("abteilung", "department", "referat", "fachbereich"),
    "role": ("rolle", "role", "delegationsrolle", "rolleinderdelegation"),
    "precedence": ("rang", "rangfolge", "precedence", "rank", "reihenfolge",
                   "protokollarischereihenfolge", "nr", "lfdnr"),
    "status": ("status", "anmeldestatus", "anmeldung", "registration", "registrationstatus"),
    "email": ("email", "emailadresse", "emailaddress", "mail", "epost"),
    "phone": ("telefon", "telefonnummer", "tel", "phone", "phonenumber", "telephone",
              "mobil", "mobile", "mobiltelefon", "handy"),
    "diet": ("ernahrung", "ernahrungswunsche", "essenswunsche", "verpflegung", "diet",
             "dietary", "dietaryrequirements", "dietaryneeds"),
    "mobility": ("mobilitat", "mobilitatseinschrankung", "barrierefreiheit", "mobility",
                 "accessibility", "mobilityneeds"),
    "city": ("stadt", "city", "ort", "town", "gemeinde", "kommune", "municipality",
             "partnerstadt"),
    "languages": ("sprachen", "sprache", "languages", "language"),
    "address_form": ("briefanrede", "formofaddress", "addressform", "anredeform",
                     "salutation", "anredeimbrief"),
    "bio": ("kurzbiografie", "kurzbiographie", "biografie", "biographie", "biography", "bio",
            "vita", "kurzvita", "lebenslauf"),
    "notes": ("notizen", "notiz", "notes", "note", "bemerkung", "bemerkungen", "anmerkung",
              "anmerkungen", "hinweise", "kommentar", "comment", "comments"),
    "ref": ("ref", "kurzel", "referenz", "reference"),
    "contact": ("kontaktkurzel", "kontaktref", "contactref"),
}
#: Telling words for headers no alias fits exactly, tried in this order.
WORDS: tuple[tuple[str, str], ...] = (
    ("first_name", "vorname"), ("first_name", "firstname"), ("last_name", "nachname"),
    ("last_name", "lastname"), ("email", "mail"), ("phone", "telefon"), ("phone", "phone"),
    ("phone", "mobil"), ("phone", "handy"), ("organisation", "organisation"),
    ("organisation", "organization"), ("organisation", "firma"),
    ("organisation", "company"), ("organisation", "institution"),
    ("function", "funktion"), ("function", "jobtitle"), ("diet", "ernahrung"),
    ("diet", "diet"), ("mobility", "mobilitat"), ("mobility", "mobility"),
    ("address_form", "briefanrede"), ("bio", "biogra"), ("notes", "notiz"),
    ("notes", "bemerk"), ("notes", "note"), ("city", "stadt"), ("city", "city"),
)

ROLE_LABELS = {
    Role.HEAD: N_("Head of delegation"), Role.MEMBER: N_("Member"), Role.STAFF: N_("Staff"),
    Role.INTERPRETER: N_("Interpreter"), Role.PRESS: N_("Press"), Role.CITIZEN: N_("Citizen"),
    Role.GUEST: N_("Guest"),
}
STATUS_LABELS = {
    RegistrationStatus.REGISTERED: N_("Registered"),
    RegistrationStatus.CONFIRMED: N_("Confirmed"),
    RegistrationStatus.WAITLISTED: N_("Waiting list"),
    RegistrationStatus.WITHDRAWN: N_("Withdrawn"),
}
_ROLE_WORDS = {
    Role.HEAD: ("leitung", "leiter", "leiterin", "delegationsleiter", "delegationsleiterin",
                "lead"),
    Role.MEMBER: ("teilnehmer", "teilnehmerin", "delegationsmitglied"),
    Role.STAFF: ("begleitperson", "mitarbeiter", "mitarbeiterin", "verwaltung"),
    Role.INTERPRETER: ("dolmetscher", "dolmetscherin", "ubersetzer", "ubersetzerin"),
    Role.PRESS: ("journalist", "journalistin", "medien"),
    Role.CITIZEN: ("burger", "burgerin", "burgerinnen"),
}
_STATUS_WORDS = {
    RegistrationStatus.REGISTERED: ("registriert", "angefragt"),
    RegistrationStatus.CONFIRMED: ("zugesagt", "fest", "bestatigt"),
    RegistrationStatus.WAITLISTED: ("wartend", "nachruckliste", "waitlist"),
    RegistrationStatus.WITHDRAWN: ("zuruckgezogen", "abgesagt", "storniert", "cancelled"),
}

_NOT_WORD = re.compile(r"[\W_]+")


def key(text: str) -> str:
    """A header or value folded for comparing: 'E-Mail-Adresse' → 'emailadresse'."""
    return _NOT_WORD.sub("", fold(text))


def fields_for(kind: Kind) -> tuple[str, ...]:
    """The fields a file of `kind` can fill, including the parts (first name…)."""
    return tuple(f for f, _label in OWN_COLUMNS[kind]) + tuple(f for f, _label in PARTS)


def label_for(field: str, language: str | None = None) -> str:
    """The header our export gives `field`, in `language`."""
    for name, text in (*PARTICIPANT_COLUMNS, *CONTACT_COLUMNS, *PARTS):
        if name == field:
            return gettext(text, language)
    return field


def _names(kind: Kind) -> dict[str, str]:
    """Folded header → field: our own headers in every language, then the aliases."""
    names: dict[str, str] = {}
    for field, text in (*OWN_COLUMNS[kind], *PARTS):
        for language in LANGUAGES:
            names.setdefault(key(gettext(text, language)), field)
    allowed = fields_for(kind)
    for field, aliases in ALIASES.items():
        if field in allowed:
            for alias in aliases:
                names.setdefault(alias, field)
    return names


def guess_columns(headers: Sequence[str], kind: Kind,
                  mapping: Mapping[str | int, str | None] | None = None) -> tuple[Column, ...]:
    """Which field each column fills; `mapping` (header text or column index → field, or
    None to ignore the column) overrides the guess. Each field is read from one column."""
    chosen = _explicit(headers, kind, mapping or {})
    taken = {f for f in chosen.values() if f}
    names, allowed = _names(kind), fields_for(kind)
    for index, header in enumerate(headers):
        if index in chosen:
            continue
        found = names.get(key(header)) or next(
            (f for f, word in WORDS if f in allowed and word in key(header)), None)
        if found and found not in taken:
            chosen[index] = found
            taken.add(found)
    return tuple(Column(i, h, chosen.get(i)) for i, h in enumerate(headers))


def _explicit(headers: Sequence[str], kind: Kind,
              mapping: Mapping[str | int, str | None]) -> dict[int, str | None]:
    allowed = fields_for(kind)
    chosen: dict[int, str | None] = {}
    for column, field in mapping.items():
        index = column if isinstance(column, int) else _index(headers, column)
        if index is None or not 0 <= index < len(headers):
            raise ValidationError("mapping", N_("there is no column '{column}'"),
                                  column=column)
        if field and field not in allowed:
            raise ValidationError("mapping", N_("'{value}' is not one of: {allowed}"),
                                  value=field, allowed=", ".join(allowed))
        chosen[index] = field or None
    return chosen


def _index(headers: Sequence[str], header: str) -> int | None:
    wanted = header.strip()
    return next((i for i, h in enumerate(headers) if h.strip() == wanted), None)


def _value_names(labels: Mapping[Any, str],
                 words: Mapping[Any, tuple[str, ...]]) -> dict[str, str]:
    """Folded word → code, for the values of one vocabulary (enum members as keys)."""
    names: dict[str, str] = {}
    for member, text in labels.items():
        code = str(member)
        names[key(code)] = code
        for language in LANGUAGES:
            names.setdefault(key(gettext(text, language)), code)
        for word in words.get(member, ()):
            names.setdefault(word, code)
    return names


_ROLES = _value_names(ROLE_LABELS, _ROLE_WORDS)
_STATUSES = _value_names(STATUS_LABELS, _STATUS_WORDS)


def role_code(text: str) -> str:
    """'Delegationsleitung', 'Head of delegation' or 'head' → 'head'; others unchanged
    (the PARTICIPANT rules then name what is allowed)."""
    return _ROLES.get(key(text), text)


def status_code(text: str) -> str:
    """'Warteliste', 'Waiting list' or 'waitlisted' → 'waitlisted'; others unchanged."""
    return _STATUSES.get(key(text), text)

"""The rules every write obeys, from the window, the command line or an import.

Each entity has one cleaner that takes fields spelled as in the exchange format
(EXCHANGE.md: `start`, `timezone`, `depart_timezone`…), as strings or typed values,
and returns the values for the model's columns, or raises ValidationError naming the
field. Services and importers both call these; no rule is written twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from delegations import enums
from delegations.errors import ValidationError
from delegations.i18n import LANGUAGES, N_
from delegations.money import LIMIT_CENTS
from delegations.timezones import parse_local, to_utc, zone

Parser = Callable[[Any, str], Any]
REF_PATTERN = re.compile(r"^[\w.:@+-]{1,64}$", re.UNICODE)
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


#: Control characters no text field may hold (tab and line breaks are text).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def text(limit: int) -> Parser:
    def parse(value: Any, field: str) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            raise ValidationError(field, N_("must be text"))
        control = CONTROL.search(value)
        if control is not None:
            raise ValidationError(field, N_("contains a control character (U+{code}) at "
                                            "position {position}"),
                                  code=f"{ord(control.group()):04X}",
                                  position=control.start() + 1)
        value = value.strip()
        if len(value) > limit:
            raise ValidationError(field, N_("is too long (at most {limit} characters)"),
                                  limit=limit)
        return value
    return parse


def enum(kind: type[StrEnum]) -> Parser:
    def parse(value: Any, field: str) -> StrEnum:
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            raise ValidationError(field, N_("'{value}' is not one of: {allowed}"),
                                  value=value, allowed=allowed) from None
    return parse


def optional_enum(kind: type[StrEnum]) -> Parser:
    """An enumeration value, or None for an empty value (not decided yet)."""
    strict = enum(kind)

    def parse(value: Any, field: str) -> StrEnum | None:
        return None if value is None or value == "" else strict(value, field)
    return parse


def ref(value: Any, field: str) -> str:
    if value is None or value == "":
        raise ValidationError(field, N_("is required"))
    if not isinstance(value, str) or not REF_PATTERN.match(value):
        raise ValidationError(field, N_("'{value}' is not a valid reference (letters, digits, "
                                        "- _ . : @ +; at most 64)"), value=value)
    return value


def iso_date(value: Any, field: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(field, N_("'{value}' is not a date (YYYY-MM-DD)"),
                              value=value) from None


def integer(low: int | None = None, high: int | None = None) -> Parser:
    def parse(value: Any, field: str) -> int | None:
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise ValidationError(field, N_("must be a whole number"))
        try:
            number = int(value)
        except ValueError:
            raise ValidationError(field, N_("'{value}' is not a whole number"),
                                  value=value) from None
        if (low is not None and number < low) or (high is not None and number > high):
            raise ValidationError(field, N_("{value} is out of range ({low}–{high})"),
                                  value=number, low=low if low is not None else "…",
                                  high=high if high is not None else "…")
        return number
    return parse


MONEY_LIMIT_CENTS = LIMIT_CENTS


def money(value: Any, field: str) -> int | None:
    """An amount in cents from 1234.5, '1234.50', '1234,50' or '1.234,50' (exchange files
    and imports; what people type in a window is read by `delegations.money` first)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError(field, N_("must be an amount"))
    try:
        if isinstance(value, int | float):
            amount = Decimal(str(value))
        else:
            raw = str(value).strip().replace(" ", "")
            if "," in raw:
                raw = raw.replace(".", "").replace(",", ".")
            amount = Decimal(raw)
        if not amount.is_finite():
            raise InvalidOperation
        cents = int(amount.scaleb(2).quantize(Decimal(1), ROUND_HALF_UP))
    except (InvalidOperation, ValueError, OverflowError):
        raise ValidationError(field, N_("'{value}' is not an amount"), value=value) from None
    if cents < 0:
        raise ValidationError(field, N_("must not be negative"))
    if cents > MONEY_LIMIT_CENTS:  # beyond what an SQL integer column holds
        raise ValidationError(field, N_("{value} is out of range ({low}–{high})"),
                              value=value, low=0, high=MONEY_LIMIT_CENTS // 100)
    return cents


def boolean(value: Any, field: str) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    raise ValidationError(field, N_("must be true or false"))


def timezone_name(value: Any, field: str) -> str:
    if value is not None and not isinstance(value, str):  # zone() caches: hashable names only
        raise ValidationError(field, N_("must be text"))
    zone(value, field)
    return str(value)


def language(value: Any, field: str) -> str:
    if value not in LANGUAGES:
        raise ValidationError(field, N_("'{value}' is not a document language (de or en)"),
                              value=value)
    return str(value)


def email(value: Any, field: str) -> str:
    result = text(200)(value, field)
    if result and not EMAIL_PATTERN.match(result):
        raise ValidationError(field, N_("'{value}' is not an e-mail address"), value=result)
    return result


def country(value: Any, field: str) -> str:
    result = text(2)(value, field).upper()
    if result and not re.fullmatch(r"[A-Z]{2}", result):
        raise ValidationError(field, N_("'{value}' is not a two-letter country code"),
                              value=value)
    return result


@dataclass(frozen=True)
class Field:
    """How one exchange field becomes one column."""

    parse: Parser
    column: str | None = None
    required: bool = False
    default: Any = None


# what a person writes freely (notes, biographies, talking points): one generous limit
PROSE = Field(text(20000))


def clean(spec: Mapping[str, Field], data: Mapping[str, Any], partial: bool = False) -> dict:
    """Column values from `data` by `spec`; unknown keys are ignored.

    With `partial` (an update) only the fields present are cleaned and required
    fields may be absent, but may not be emptied.
    """
    out: dict[str, Any] = {}
    for name, f in spec.items():
        if name not in data:
            if partial:
                continue
            if f.required:
                raise ValidationError(name, N_("is required"))
            value = f.parse(f.default, name) if f.default is not None else f.parse(None, name)
        else:
            value = f.parse(data[name], name)
        if f.required and value in (None, ""):
            raise ValidationError(name, N_("is required"))
        out[f.column or name] = value
    return out


CITY = {
    "ref": Field(ref, required=True),
    "name": Field(text(200), required=True),
    "country": Field(country),
    "relation": Field(enum(enums.Relation), default="other"),
    "since": Field(integer(800, 2200)),
    "timezone": Field(timezone_name, required=True),
    "languages": Field(text(100)),
    "topics": Field(text(5000)),
    "notes": PROSE,
    "emergency": Field(text(5000)),
}

CONTACT = {
    "ref": Field(ref, required=True),
    "name": Field(text(200), required=True),
    "honorific": Field(text(100)),
    "title": Field(text(200)),
    "function": Field(text(200)),
    "organisation": Field(text(200)),
    "email": Field(email),
    "phone": Field(text(100)),
    "languages": Field(text(100)),
    "address_form": Field(text(200)),
    "bio": PROSE,
    "notes": PROSE,
    "name_latin": Field(text(200)),
    "address_spoken": Field(text(200)),
    "photo_path": Field(text(500)),
    "function_en": Field(text(200)),
    "bio_en": PROSE,
}

TRIP = {
    "ref": Field(ref, required=True),
    "title": Field(text(300), required=True),
    "kind": Field(enum(enums.TripKind), default="outgoing"),
    "status": Field(enum(enums.TripStatus), default="idea"),
    "start": Field(iso_date, "start_date", required=True),
    "end": Field(iso_date, "end_date", required=True),
    "purpose": PROSE,
    "objectives": PROSE,
    "language": Field(language, default="de"),
    "capacity": Field(integer(0, 100000)),
    "budget": Field(money, "budget_cents"),
    "currency": Field(text(3), default="EUR"),
    "funding_source": Field(text(200)),
    "notes": PROSE,
    "example": Field(boolean),
    "title_en": Field(text(300)),
    "purpose_en": PROSE,
    "objectives_en": PROSE,
    "key_messages": PROSE,
    "logistics": PROSE,
}

PARTICIPANT = {
    "ref": Field(ref, required=True),
    "name": Field(text(200), required=True),
    "function": Field(text(200)),
    "organisation": Field(text(200)),
    "role": Field(enum(enums.Role), default="member"),
    "precedence": Field(integer(0, 100000), default=0),
    "status": Field(enum(enums.RegistrationStatus), default="confirmed"),
    "email": Field(email),
    "phone": Field(text(100)),
    "diet": Field(text(200)),
    "mobility": Field(text(200)),
    "notes": PROSE,
    # protocol papers: address, visa letter, rooming list, badges, liaison officer
    "honorific": Field(text(100)),
    "title": Field(text(200)),
    "passport_name": Field(text(200)),
    "nationality": Field(text(100)),
    "passport_number": Field(text(50)),
    "room_type": Field(text(100)),
    "room_share": Field(text(200)),
    "room_requests": Field(text(300)),
    "billing": Field(text(200)),
    "delegation": Field(text(200)),
    "liaison": Field(text(200)),
    "function_en": Field(text(200)),
}

AGENDA = {
    "ref": Field(ref, required=True),
    "title": Field(text(300), required=True),
    "kind": Field(enum(enums.AgendaKind), default="meeting"),
    "location": Field(text(300)),
    "address": Field(text(300)),
    "responsible": Field(text(200)),
    "dress_code": Field(text(100)),
    "objectives": PROSE,
    "talking_points": PROSE,
    "notes": PROSE,
    "confidential": Field(boolean),
    "title_en": Field(text(300)),
    "objectives_en": PROSE,
    "talking_points_en": PROSE,
    "expected_asks": PROSE,
    "press_line": PROSE,
}

TRAVEL = {
    "ref": Field(ref, required=True),
    "mode": Field(enum(enums.TravelMode), default="flight"),
    "carrier": Field(text(100)),
    "number": Field(text(50)),
    "from": Field(text(200), "origin", required=True),
    "to": Field(text(200), "destination", required=True),
    "booking_ref": Field(text(100)),
    "notes": PROSE,
}

STAY = {
    "ref": Field(ref, required=True),
    "name": Field(text(300), required=True),
    "address": Field(text(300)),
    "phone": Field(text(100)),
    "check_in": Field(iso_date, required=True),
    "check_out": Field(iso_date, required=True),
    "booking_ref": Field(text(100)),
    "notes": PROSE,
}

OUTCOME = {
    "ref": Field(ref, required=True),
    "kind": Field(enum(enums.OutcomeKind), default="result"),
    "date": Field(iso_date),
    "text": Field(text(20000), required=True),
    "notes": PROSE,
}

FOLLOW_UP = {
    "ref": Field(ref, required=True),
    "action": Field(text(5000), required=True),
    "owner": Field(text(200)),
    "due": Field(iso_date),
    "status": Field(enum(enums.FollowUpStatus), default="open"),
    "notes": PROSE,
    "completed_on": Field(iso_date),
}

GIFT = {
    "ref": Field(ref, required=True),
    "direction": Field(enum(enums.GiftDirection), default="given"),
    "description": Field(text(5000), required=True),
    "counterpart": Field(text(200)),
    "date": Field(iso_date),
    "value": Field(money, "value_cents"),
    "currency": Field(text(3), default="EUR"),
    "notes": PROSE,
    "our_person": Field(text(200)),
    "kept_at": Field(text(300)),
    "decision": Field(optional_enum(enums.GiftDecision)),
    "thanked": Field(boolean),
}

GOAL = {
    "ref": Field(ref, required=True),
    "kind": Field(enum(enums.GoalKind), default="other"),
    "code": Field(text(20)),
    "name": Field(text(300), required=True),
    "name_en": Field(text(300)),
    "description": PROSE,
    "position": Field(integer(0, 1000000), default=0),
}


# the messages name the other field in words of the language, never its exchange name
_BEFORE = {"start": N_("{end} is before the start date {start}"),
           "check_in": N_("{end} is before the check-in date {start}")}


def check_dates(start: date | None, end: date | None, start_field: str = "start",
                end_field: str = "end") -> None:
    """End not before start (both present)."""
    if start and end and end < start:
        template = _BEFORE.get(start_field, N_("{end} is before {start}"))
        raise ValidationError(end_field, template, end=end.isoformat(),
                              start=start.isoformat())


def instant(value: Any, zone_name: str, field: str) -> datetime:
    """The UTC instant of a local date-time (ISO text or datetime) in `zone_name`."""
    if isinstance(value, datetime):
        local = value
    elif isinstance(value, str):
        local = parse_local(value, field)
    else:
        raise ValidationError(field, N_("is required"))
    try:
        return to_utc(local, zone_name, field)
    except OverflowError:  # the first or last day of the calendar, shifted by the zone
        raise ValidationError(field, N_("{value} is out of range ({low}–{high})"),
                              value=value, low="0001-01-02", high="9999-12-30") from None


def span(data: Mapping[str, Any], start: str, end: str, start_zone: str,
         end_zone: str) -> tuple[datetime, datetime]:
    """Start and end instants of an agenda item or leg, each in its own zone field.

    A missing end means a point in time (end = start).
    """
    start_tz = timezone_name(data.get(start_zone), start_zone)
    end_tz = timezone_name(data.get(end_zone) or start_tz, end_zone)
    begin = instant(data.get(start), start_tz, start)
    finish = instant(data[end], end_tz, end) if data.get(end) else begin
    if finish < begin:
        raise ValidationError(end, N_("ends before it starts"))
    return begin, finish


def clean_trip(data: Mapping[str, Any], partial: bool = False) -> dict:
    values = clean(TRIP, data, partial)
    check_dates(values.get("start_date"), values.get("end_date"))
    return values


def clean_agenda(data: Mapping[str, Any], partial: bool = False) -> dict:
    """An agenda item's columns; start/end are local times in `timezone`."""
    values = clean(AGENDA, data, partial)
    if not partial or "start" in data or "end" in data or "timezone" in data:
        values["start_utc"], values["end_utc"] = span(data, "start", "end", "timezone",
                                                      "timezone")
        values["timezone"] = data["timezone"]
    return values


def clean_travel(data: Mapping[str, Any], partial: bool = False) -> dict:
    """A travel leg's columns; departure and arrival each in their own zone."""
    values = clean(TRAVEL, data, partial)
    keys = ("depart", "arrive", "depart_timezone", "arrive_timezone")
    if not partial or any(k in data for k in keys):
        values["depart_utc"], values["arrive_utc"] = span(
            data, "depart", "arrive", "depart_timezone", "arrive_timezone")
        values["depart_timezone"] = data["depart_timezone"]
        values["arrive_timezone"] = data.get("arrive_timezone") or data["depart_timezone"]
    return values


def clean_stay(data: Mapping[str, Any], partial: bool = False) -> dict:
    values = clean(STAY, data, partial)
    check_dates(values.get("check_in"), values.get("check_out"), "check_in", "check_out")
    return values

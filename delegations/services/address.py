"""Forms of address: the envelope block, the written salutation and the spoken form.

A person's own stored form (per language) always wins; where they have none, the
office's rules propose one from their function and country ("Ihre Exzellenz" for an
ambassador, "-sama" in writing to Japanese partners), and where no rule fits, a plain
form from honorific, title and name. `address_forms` is the one entry point that
letters, badges, place cards and the briefing pack use.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegations.errors import ValidationError
from delegations.folding import fold
from delegations.i18n import LANGUAGES, N_
from delegations.model import AddressForm, City, Contact, Participant, Setting
from delegations.services._common import fetch
from delegations.services.address_rules import DEFAULT_RULES, AddressRule, default_forms
from delegations.services.home import get_setting, set_setting
from delegations.storage.store import Store

RULES_KEY = "protocol.address_rules"
FORMS = ("envelope", "salutation", "spoken")
PLACEHOLDERS = ("name", "given", "surname", "honorific", "title", "function", "organisation",
                "city", "dear", "excellency", "madam")
OPTIONAL = ("title",)  # most people have none: its absence spoils no line
_LIMITS = {"envelope": 1000, "salutation": 300, "spoken": 300}
_FEMALE = {"frau", "fr", "ms", "mrs", "miss", "madam", "madame", "mme", "fru", "pani",
           "госпожа", "bayan", "signora", "señora", "sra", "rouva", "proua", "kunigaitė"}
_MALE = {"herr", "hr", "mr", "mister", "monsieur", "m", "hr.", "pan", "господин", "bay",
         "signor", "señor", "sr", "herra", "härra"}


@dataclass(frozen=True)
class AddressForms:
    """How to address one person in one language; `own` names the forms they gave.
    `card_name` is the name line of their own envelope when they gave one (their own
    form wins on place cards and badges too), else title and name."""

    envelope: str
    salutation: str
    spoken: str
    card_name: str
    own: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonFacts:
    """What the rules read about a person."""

    name: str
    honorific: str = ""
    title: str = ""
    function: str = ""
    organisation: str = ""
    city: str = ""
    country: str = ""


# ---------------------------------------------------------------------------- proposing


def gender(honorific: str) -> str:
    """'f', 'm' or '' from an honorific in any of the office's languages."""
    word = fold(honorific).strip().rstrip(".")
    return "f" if word in _FEMALE else "m" if word in _MALE else ""


def _values(facts: PersonFacts, language: str) -> dict[str, str]:
    """The placeholders' values for one person in one language."""
    sex = gender(facts.honorific)
    parts = facts.name.split()
    words = {
        "de": {"f": ("Frau", "Sehr geehrte Frau", "Ihre Exzellenz", "Frau"),
               "m": ("Herr", "Sehr geehrter Herr", "Seine Exzellenz", "Herr")},
        "en": {"f": ("Ms", "Dear Ms", "Her Excellency", "Madam"),
               "m": ("Mr", "Dear Mr", "His Excellency", "Mr.")},
    }[language].get(sex, (facts.honorific, "", "", ""))
    return {"name": facts.name, "given": " ".join(parts[:-1]),
            "surname": parts[-1] if parts else "", "honorific": words[0],
            "title": facts.title, "function": facts.function,
            "organisation": facts.organisation, "city": facts.city, "dear": words[1],
            "excellency": words[2], "madam": words[3]}


def fill(template: str, values: Mapping[str, str], envelope: bool = False) -> str:
    """The template with its fields filled. A line naming an empty field (other than the
    optional title) is left out of an envelope; in a one-line form it makes the whole
    form unusable (''), so that the next rule or the plain form is used."""
    lines = []
    for line in template.splitlines() or [""]:
        names = [f for _t, f, _s, _c in string.Formatter().parse(line) if f]
        if any(not values.get(n, "").strip() for n in names if n not in OPTIONAL):
            if envelope:
                continue
            return ""
        lines.append(" ".join(line.format_map(dict(values)).split()))
    return "\n".join(x for x in lines if x)


def _applies(rule: AddressRule, facts: PersonFacts, language: str) -> bool:
    if rule.language != language:
        return False
    if rule.country and rule.country.upper() != facts.country.upper():
        return False
    offices = [fold(o.strip()) for o in rule.office.split("|") if o.strip()]
    return not offices or any(o in fold(facts.function) for o in offices)


def _specificity(rule: AddressRule) -> int:
    return (2 if rule.office.strip() else 0) + (1 if rule.country.strip() else 0)


def propose(facts: PersonFacts, rules: Sequence[AddressRule], language: str) -> AddressForms:
    """The forms the rules propose (the most specific rule first, then list order)."""
    values = _values(facts, language)
    fitting = sorted((r for r in rules if _applies(r, facts, language)),
                     key=lambda r: -_specificity(r))
    found = {}
    for form in FORMS:
        for rule in fitting:
            text = fill(getattr(rule, form), values, envelope=form == "envelope")
            if text:
                found[form] = text
                break
        else:
            found[form] = fill(default_forms(language, bool(gender(facts.honorific)))[form],
                               values, envelope=form == "envelope")
    return AddressForms(found["envelope"], found["salutation"], found["spoken"],
                        card_name(facts.name, facts.title))


#: lines an envelope may put above the name: the honorific alone (DIN 5008) or a style
_ABOVE = {"frau", "herr", "herrn", "ms", "mr", "mrs", "miss", "mx", "madame", "monsieur",
          "ihre exzellenz", "seine exzellenz", "her excellency", "his excellency",
          "the honorable", "the honourable", "s. e.", "i. e."}


def envelope_name(envelope: str, name: str = "") -> str:
    """The name line of an envelope block, as a card prints it: the lines down to the one
    with the person's surname ("Herrn Oberbürgermeister" / "Dr. Ulf Kämpfer" are one name
    line); without it, the first line, joined with the next when the first holds only
    "Frau"/"Herrn" or a style ("Ihre Exzellenz")."""
    lines = [" ".join(line.split()) for line in envelope.splitlines() if line.strip()]
    surname = fold(name.split()[-1]) if name.split() else ""
    found = next((n for n, line in enumerate(lines[:3]) if surname and surname in fold(line)),
                 None)
    if found is not None:
        return " ".join(lines[:found + 1])
    taken: list[str] = []
    for line in lines:
        taken.append(line)
        if fold(line).rstrip(".") not in _ABOVE:
            break
    return " ".join(taken)


def card_name(name: str, title: str) -> str:
    """The name as it stands on place cards, badges, table lists and the seating chart:
    the person's title before the name, unless the name already carries it."""
    name, title = " ".join(name.split()), " ".join(title.split())
    if not title or name.casefold().startswith(title.casefold()):
        return name
    return f"{title} {name}"


# ---------------------------------------------------------------------------- rules


def _check_template(text: str, field: str) -> None:
    try:
        names = [f for _t, f, _s, _c in string.Formatter().parse(text) if f is not None]
    except ValueError:
        raise ValidationError(field, N_("has an unmatched {{ or }}")) from None
    for name in names:
        if name not in PLACEHOLDERS:
            raise ValidationError(field, N_("'{value}' is not a known field (known: {known})"),
                                  value="{" + name + "}", known=", ".join(PLACEHOLDERS))


def clean_rule(data: Mapping[str, Any], index: int = 0) -> AddressRule:
    """A rule from input; a ValidationError names the rule (1-based) and its field."""
    rule = AddressRule(**{k: str(data.get(k) or "").strip() for k in (
        "office", "country", "language", *FORMS)})
    where = f"rules[{index + 1}]"
    if rule.language not in LANGUAGES:
        raise ValidationError(f"{where}.language", N_("'{value}' is not one of: {allowed}"),
                              value=rule.language, allowed=", ".join(LANGUAGES))
    if rule.country and not re.fullmatch(r"[A-Za-z]{2}", rule.country):
        raise ValidationError(f"{where}.country", N_("must be a two-letter country code"))
    for form in FORMS:
        _check_template(getattr(rule, form), f"{where}.{form}")
    if not any(getattr(rule, f) for f in FORMS):
        raise ValidationError(f"{where}.salutation", N_("a rule must propose at least one "
                                                        "form"))
    return replace(rule, country=rule.country.upper())


def list_rules(store: Store | Session) -> list[AddressRule]:
    """The office's rules (the shipped ones until the office saves its own)."""
    saved = _setting(store)
    if saved is None:
        return list(DEFAULT_RULES)
    return [AddressRule(**{k: str(r.get(k, "")) for k in AddressRule.__dataclass_fields__})
            for r in saved if isinstance(r, dict)]


def save_rules(store: Store, rules: Sequence[Mapping[str, Any] | AddressRule]) -> None:
    """Replace the office's rules; nothing is saved when one of them is wrong."""
    cleaned = [clean_rule(r if isinstance(r, Mapping) else r.__dict__, i)
               for i, r in enumerate(rules)]
    set_setting(store, RULES_KEY, [r.__dict__ for r in cleaned])


def _setting(store: Store | Session) -> Any:
    if isinstance(store, Session):
        row = store.get(Setting, RULES_KEY)
        return json.loads(row.value) if row is not None else None
    return get_setting(store, RULES_KEY)


# ---------------------------------------------------------------------------- people


def _country(s: Session, city_id: int | None) -> tuple[str, str]:
    city = s.get(City, city_id) if city_id else None
    return (city.name, city.country or "") if city else ("", "")


def contact_facts(s: Session, contact: Contact) -> PersonFacts:
    city, country = _country(s, contact.city_id)
    return PersonFacts(contact.name, contact.honorific or "", contact.title or "",
                       contact.function or "", contact.organisation or "", city, country)


def participant_facts(s: Session, person: Participant) -> PersonFacts:
    """A participant's own facts, blanks filled from the directory contact they came from."""
    base = contact_facts(s, person.contact) if person.contact else PersonFacts(person.name)
    nationality = (person.nationality or "").strip()
    country = nationality.upper() if re.fullmatch(r"[A-Za-z]{2}", nationality) else ""
    return PersonFacts(person.name, person.honorific or base.honorific,
                       person.title or base.title, person.function or base.function,
                       person.organisation or base.organisation, base.city,
                       base.country or country)


def _stored(s: Session, language: str, contact_id: int | None = None,
            participant_id: int | None = None) -> dict[str, str]:
    if contact_id is None and participant_id is None:
        return {}
    query = select(AddressForm).where(AddressForm.language == language)
    query = query.where(AddressForm.contact_id == contact_id if contact_id is not None
                        else AddressForm.participant_id == participant_id)
    row = s.scalar(query)
    return {f: getattr(row, f) for f in FORMS if getattr(row, f)} if row else {}


def _legacy(contact: Contact | None, language: str) -> dict[str, str]:
    """The contact's own single fields, kept before forms per language existed: their
    written salutation ('form of address') and how to address them in person. Their own,
    so they beat any rule in either language; a form stored per language beats them."""
    if contact is None:
        return {}
    own = {}
    if (contact.address_form or "").strip():
        own["salutation"] = contact.address_form.strip()
    if (contact.address_spoken or "").strip():
        own["spoken"] = contact.address_spoken.strip()
    return own


def _resolve(s: Session, person: Any) -> Contact | Participant:
    if isinstance(person, Contact | Participant):
        return person
    if hasattr(person, "trip_id"):  # a ParticipantRow
        return fetch(s, Participant, person.id, "participant")
    return fetch(s, Contact, person.id, "contact")


def address_forms(store: Store | Session, person: Any, language: str) -> AddressForms:
    """How to address `person` (a Contact or Participant, or their row) in `language`:
    their own stored forms first (a participant's, then their contact's), then the rules."""
    if language not in LANGUAGES:
        raise ValidationError("language", N_("Unknown language '{language}'."),
                              language=language)
    if isinstance(store, Session):
        return _forms(store, _resolve(store, person), language)
    with store.read() as s:
        return _forms(s, _resolve(s, person), language)


def _forms(s: Session, person: Contact | Participant, language: str) -> AddressForms:
    if isinstance(person, Participant):
        facts = participant_facts(s, person)
        own = {**_legacy(person.contact, language),
               **_stored(s, language, contact_id=person.contact_id),
               **_stored(s, language, participant_id=person.id)}
    else:
        facts = contact_facts(s, person)
        own = {**_legacy(person, language), **_stored(s, language, contact_id=person.id)}
    proposed = propose(facts, list_rules(s), language)
    card = envelope_name(own["envelope"], facts.name) if "envelope" in own else ""
    return replace(proposed, own=tuple(f for f in FORMS if f in own),
                   card_name=card or proposed.card_name,
                   **{f: own[f] for f in FORMS if f in own})


# ---------------------------------------------------------------------------- editing


def forms_values(store: Store, contact_id: int | None = None,
                 participant_id: int | None = None) -> dict[str, dict[str, str]]:
    """A person's own forms as the editors show them: language -> form -> text."""
    with store.read() as s:
        return {lang: {f: _stored(s, lang, contact_id, participant_id).get(f, "")
                       for f in FORMS} for lang in LANGUAGES}


def save_forms(s: Session, values: Any, contact_id: int | None = None,
               participant_id: int | None = None) -> None:
    """Store a person's own forms (language -> form -> text); empty forms are removed.
    Called inside the contact's or participant's own save, so both change together."""
    if not isinstance(values, Mapping):
        raise ValidationError("address_forms", N_("must be a mapping of languages"))
    for language, forms in values.items():
        if language not in LANGUAGES or not isinstance(forms, Mapping):
            raise ValidationError("address_forms", N_("'{value}' is not one of: {allowed}"),
                                  value=language, allowed=", ".join(LANGUAGES))
        cleaned = {f: _clean_form(forms.get(f), f"address_forms.{language}.{f}", f)
                   for f in FORMS}
        _write(s, language, cleaned, contact_id, participant_id)


def _clean_form(value: Any, field: str, form: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, N_("must be text"))
    text = "\n".join(line.strip() for line in value.strip().splitlines())
    if form != "envelope":
        text = " ".join(text.split())
    if len(text) > _LIMITS[form]:
        raise ValidationError(field, N_("is too long (at most {limit} characters)"),
                              limit=_LIMITS[form])
    return text


def _write(s: Session, language: str, forms: dict[str, str], contact_id: int | None,
           participant_id: int | None) -> None:
    query = select(AddressForm).where(AddressForm.language == language)
    query = query.where(AddressForm.contact_id == contact_id if contact_id is not None
                        else AddressForm.participant_id == participant_id)
    row = s.scalar(query)
    if not any(forms.values()):
        if row is not None:
            s.delete(row)
        return
    if row is None:
        row = AddressForm(contact_id=contact_id, participant_id=participant_id,
                          language=language)
        s.add(row)
    for form, text in forms.items():
        setattr(row, form, text)


def proposals(store: Store, values: Mapping[str, Any]) -> dict[str, AddressForms]:
    """What the rules propose for the person an editor shows (its current field values;
    `city` a city id, `contact` the directory contact of a participant), per language."""
    with store.read() as s:
        base = PersonFacts("")
        if values.get("contact"):
            contact = s.get(Contact, values["contact"])
            base = contact_facts(s, contact) if contact else base
        city, country = _country(s, values.get("city")) if values.get("city") else (
            base.city, base.country)
        nationality = str(values.get("nationality") or "").strip()
        if not country and re.fullmatch(r"[A-Za-z]{2}", nationality):
            country = nationality.upper()
        given = {k: str(values.get(k) or getattr(base, k) or "").strip() for k in (
            "name", "honorific", "title", "function", "organisation")}
        facts = PersonFacts(**given, city=city, country=country)
        rules = list_rules(s)
    return {lang: propose(facts, rules, lang) for lang in LANGUAGES}

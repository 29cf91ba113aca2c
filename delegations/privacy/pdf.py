"""The person's data export as a readable PDF, in German or English (same content as JSON)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate

from delegations.atomic import write_atomic
from delegations.documents.blocks import facts, heading, para, table
from delegations.documents.styles import PAGE_MARGIN_BOTTOM, PAGE_MARGIN_X
from delegations.documents.words import Words
from delegations.enums import RegistrationStatus, Role
from delegations.i18n import N_, gettext
from delegations.owner_only import restrict
from delegations.privacy import audit
from delegations.privacy.export import person_data
from delegations.storage.store import Store

#: Labels of the fields shown (the JSON keeps every column).
LABELS = {
    "name": N_("Name"), "honorific": N_("Honorific"), "title": N_("Title"),
    "function": N_("Function"), "organisation": N_("Organisation"), "city": N_("City"),
    "email": N_("E-mail"), "phone": N_("Phone"), "languages": N_("Languages"),
    "address_form": N_("Form of address"), "bio": N_("Biography"), "notes": N_("Notes"),
    "role": N_("Role"), "status": N_("Status"), "registered_at": N_("Registered"),
    "diet": N_("Diet"), "mobility": N_("Mobility"),
}

STATUS = {RegistrationStatus.REGISTERED: N_("Registered"),
          RegistrationStatus.CONFIRMED: N_("Confirmed"),
          RegistrationStatus.WAITLISTED: N_("Waiting list"),
          RegistrationStatus.WITHDRAWN: N_("Withdrawn")}


def _value(key: str, value: Any, lang: str) -> str:
    """Enum values in words ("Head of delegation"), the rest as they are."""
    if key == "role":
        return Words(lang).enum(Role(value))
    if key == "status":
        return gettext(STATUS[RegistrationStatus(value)], lang)
    return str(value)


def _pairs(record: dict[str, Any], lang: str) -> list[tuple[str, Any]]:
    return [(gettext(label, lang), _value(key, record[key], lang))
            for key, label in LABELS.items() if record.get(key) not in (None, "")]


def _participations(data: dict[str, Any], lang: str) -> list[Flowable]:
    out: list[Flowable] = [*heading(gettext(N_("Delegations"), lang))]
    if not data["participations"]:
        return [*out, para(gettext(N_("None."), lang), "note")]
    for place in data["participations"]:
        trip = place["trip"]
        out += heading(f"{trip['title']} ({trip['start']} – {trip['end']})", 2)
        out.append(facts(_pairs(place, lang)))
        rows = [[a["start_utc"][:16].replace("T", " "), a["title"], a["location"]]
                for a in place["programme"]]
        if rows:
            out.append(table([gettext(N_("When (UTC)"), lang), gettext(N_("Programme point"),
                                                                       lang),
                              gettext(N_("Place"), lang)], rows, [0.22, 0.48, 0.30]))
    return out


def _contact(data: dict[str, Any], lang: str) -> list[Flowable]:
    contact = data["contact"]
    out: list[Flowable] = [*heading(gettext(N_("Contact record"), lang))]
    if contact is None:
        return [*out, para(gettext(N_("None."), lang), "note")]
    out.append(facts(_pairs(contact, lang)))
    rows = [[m["start_utc"][:10], m["title"], m["location"]] for m in contact["meetings"]]
    if rows:
        out += heading(gettext(N_("Meetings as a counterpart"), lang), 2)
        out.append(table([gettext(N_("Date"), lang), gettext(N_("Meeting"), lang),
                          gettext(N_("Place"), lang)], rows, [0.18, 0.52, 0.30]))
    return out


def _audit(data: dict[str, Any], lang: str) -> list[Flowable]:
    rows = [[a["at"][:16].replace("T", " "), a["actor"], a["action"],
             f"{a['entity']} {a['key']}", a["fields"].replace(",", ", ")] for a in data["audit"]]
    if not rows:
        return []
    return [*heading(gettext(N_("Changes to these records"), lang)),
            table([gettext(N_("When (UTC)"), lang), gettext(N_("By"), lang),
                   gettext(N_("Change"), lang), gettext(N_("Record"), lang),
                   gettext(N_("Fields"), lang)], rows, [0.2, 0.14, 0.14, 0.16, 0.36])]


def person_pdf(store: Store, key: str, language: str = "de") -> bytes:
    """The PDF of everything held about the person `key`."""
    data = person_data(store, key)
    lang = language
    intro = gettext(N_("This is everything the international office's planning database "
                       "holds about you, exported on {date}. Personal data of delegation "
                       "members is anonymised {months} months after the trip ends."), lang)
    story: list[Flowable] = [
        para(gettext(N_("Personal data"), lang), "title"),
        para(data["person"]["name"], "subtitle"),
        para(intro.format(date=data["exported_at"][:10], months=data["retention_months"])),
        *_contact(data, lang), *_participations(data, lang), *_audit(data, lang)]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=PAGE_MARGIN_X,
                            rightMargin=PAGE_MARGIN_X, topMargin=PAGE_MARGIN_BOTTOM,
                            bottomMargin=PAGE_MARGIN_BOTTOM,
                            title=gettext(N_("Personal data"), lang), lang=lang)
    doc.build(story)
    return buffer.getvalue()


def export_pdf(store: Store, key: str, out: str | Path, language: str = "de") -> Path:
    """Write the person's PDF (whole or not at all); logged in the audit."""
    write_atomic(out, person_pdf(store, key, language))
    restrict(Path(out))  # personal data: for the user's eyes only
    audit.record(store, "export", "person", key, detail="pdf")
    return Path(out)

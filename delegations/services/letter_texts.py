"""The letter templates the program ships, German and English; the office edits its own.

Fields in braces are filled from the store; every field a letter uses must have a
value, or the letter is not printed (the missing ones are named instead).
"""

from __future__ import annotations

from delegations.i18n import N_

KINDS = ("invitation", "visa", "thanks")

#: The fields a template may name, with what they hold (for the editor's help).
FIELDS = {
    "salutation": "the recipient's written salutation",
    "recipient_name": "the recipient's name",
    "function": "the recipient's function",
    "organisation": "the recipient's organisation",
    "guest_name": "the full name as in the passport (else the name)",
    "nationality": "the nationality in the passport",
    "passport_number": "the passport number",
    "who_pays": "who pays for travel and stay",
    "trip_title": "the trip's title",
    "purpose": "the trip's purpose",
    "start": "the first day",
    "end": "the last day",
    "dates": "first to last day",
    "meeting": "the meetings with the recipient",
    "meeting_date": "the day of the first of them",
    "home_city": "the home city",
    "office": "the office's name",
}

#: What each field is called where a person reads it ("Passnummer", not passport_number):
#: the missing-data message names these, in the current language (locale/*/letters.po).
LABELS = {
    "salutation": N_("salutation"),
    "recipient_name": N_("name"),
    "function": N_("function"),
    "organisation": N_("organisation"),
    "guest_name": N_("name as in the passport"),
    "nationality": N_("nationality"),
    "passport_number": N_("passport number"),
    "who_pays": N_("who pays"),
    "trip_title": N_("trip title"),
    "purpose": N_("purpose of the trip"),
    "start": N_("first day"),
    "end": N_("last day"),
    "dates": N_("dates of the trip"),
    "meeting": N_("meetings"),
    "meeting_date": N_("date of the meeting"),
    "home_city": N_("home city"),
    "office": N_("office name"),
    "envelope": N_("postal address"),
}

_DE_CLOSING = "\n\nMit freundlichen Grüßen\n\n{office}"
_EN_CLOSING = "\n\nYours sincerely,\n\n{office}"

DEFAULTS: dict[tuple[str, str], tuple[str, str]] = {
    ("invitation", "de"): (
        "Einladung: {trip_title}",
        "{salutation},\n\nim Namen der Stadt {home_city} laden wir Sie herzlich zu "
        "„{trip_title}“ vom {start} bis zum {end} ein.\n\n{purpose}\n\nWir freuen uns sehr "
        "auf Ihren Besuch und stehen Ihnen für alle Fragen gern zur Verfügung." + _DE_CLOSING),
    ("invitation", "en"): (
        "Invitation: {trip_title}",
        "{salutation},\n\nOn behalf of the City of {home_city} it is my pleasure to invite "
        "you to “{trip_title}” from {start} to {end}.\n\n{purpose}\n\nWe very much look "
        "forward to welcoming you and will gladly answer any questions." + _EN_CLOSING),
    ("visa", "de"): (
        "Einladungsschreiben zur Vorlage bei der Auslandsvertretung",
        "{salutation},\n\nhiermit laden wir\n\n{guest_name}, Staatsangehörigkeit: "
        "{nationality}, Reisepass-Nr. {passport_number},\n\nzu „{trip_title}“ vom {start} bis "
        "zum {end} nach {home_city} ein.\n\nZweck der Reise: {purpose}\n\nDie Kosten für Reise "
        "und Aufenthalt trägt: {who_pays}.\n\nWir bitten darum, das erforderliche Visum zu "
        "erteilen." + _DE_CLOSING),
    ("visa", "en"): (
        "Letter of invitation for a visa application",
        "{salutation},\n\nWe hereby invite\n\n{guest_name}, nationality: {nationality}, "
        "passport no. {passport_number},\n\nto “{trip_title}” in {home_city} from {start} to "
        "{end}.\n\nPurpose of the visit: {purpose}\n\nThe costs of travel and stay are borne "
        "by: {who_pays}.\n\nWe kindly ask you to grant the necessary visa." + _EN_CLOSING),
    ("thanks", "de"): (
        "Herzlichen Dank",
        "{salutation},\n\nherzlichen Dank für die Begegnung am {meeting_date} ({meeting}) "
        "während „{trip_title}“. Der Austausch mit Ihnen war für uns sehr wertvoll, und wir "
        "freuen uns darauf, die Zusammenarbeit fortzusetzen." + _DE_CLOSING),
    ("thanks", "en"): (
        "Thank you",
        "{salutation},\n\nThank you very much for meeting us on {meeting_date} ({meeting}) "
        "during “{trip_title}”. The exchange with you was most valuable to us, and we look "
        "forward to continuing our cooperation." + _EN_CLOSING),
}

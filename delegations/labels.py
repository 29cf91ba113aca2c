"""The names of the domain's closed vocabularies, in German and English, declared once.

The window shows them in its language (`ui.labels.label`), the documents print them in
theirs (`Words.enum`), the command line lists them in its own: screen and paper say the
same words. Several vocabularies share values ("confirmed", "press", "other"), so each
keeps its own table, looked up by the value's type.
"""

from __future__ import annotations

from enum import StrEnum

from delegations.enums import (
    AgendaKind,
    FollowUpStatus,
    GiftDirection,
    GoalKind,
    OutcomeKind,
    RegistrationStatus,
    Relation,
    Role,
    TravelMode,
    TripKind,
    TripStatus,
)
from delegations.model.budget import BudgetCategory, FundingSource

Names = tuple[str, str]  # (German, English)

_LABELS: dict[type[StrEnum], dict[StrEnum, Names]] = {
    TripKind: {
        TripKind.OUTGOING: ("Delegationsreise", "Delegation trip"),
        TripKind.INCOMING: ("Delegationsbesuch", "Incoming visit"),
        TripKind.CITIZENS: ("Bürgerreise", "Citizens' trip"),
        TripKind.STAFF_EXCHANGE: ("Mitarbeiteraustausch", "Staff exchange"),
        TripKind.YOUTH_EXCHANGE: ("Jugendaustausch", "Youth exchange"),
        TripKind.FORUM: ("Forum / Konferenz", "Forum / conference"),
    },
    TripStatus: {
        TripStatus.IDEA: ("Idee", "Idea"),
        TripStatus.PLANNED: ("Geplant", "Planned"),
        TripStatus.CONFIRMED: ("Bestätigt", "Confirmed"),
        TripStatus.UNDER_WAY: ("Unterwegs", "Under way"),
        TripStatus.COMPLETED: ("Abgeschlossen", "Completed"),
        TripStatus.CANCELLED: ("Abgesagt", "Cancelled"),
    },
    Role: {
        Role.HEAD: ("Delegationsleitung", "Head of delegation"),
        Role.MEMBER: ("Mitglied", "Member"),
        Role.STAFF: ("Begleitung", "Staff"),
        Role.INTERPRETER: ("Dolmetschung", "Interpreter"),
        Role.PRESS: ("Presse", "Press"),
        Role.CITIZEN: ("Bürger/in", "Citizen"),
        Role.GUEST: ("Gast", "Guest"),
    },
    RegistrationStatus: {
        RegistrationStatus.REGISTERED: ("Angemeldet", "Registered"),
        RegistrationStatus.CONFIRMED: ("Bestätigt", "Confirmed"),
        RegistrationStatus.WAITLISTED: ("Warteliste", "Waiting list"),
        RegistrationStatus.WITHDRAWN: ("Abgemeldet", "Withdrawn"),
    },
    AgendaKind: {
        AgendaKind.MEETING: ("Gespräch", "Meeting"),
        AgendaKind.CEREMONY: ("Festakt", "Ceremony"),
        AgendaKind.VISIT: ("Besichtigung", "Site visit"),
        AgendaKind.MEAL: ("Essen", "Meal"),
        AgendaKind.PRESS: ("Presse", "Press"),
        AgendaKind.TRANSFER: ("Transfer", "Transfer"),
        AgendaKind.FREE: ("Freie Zeit", "Free time"),
        AgendaKind.OTHER: ("Sonstiges", "Other"),
    },
    TravelMode: {
        TravelMode.FLIGHT: ("Flug", "Flight"),
        TravelMode.TRAIN: ("Bahn", "Train"),
        TravelMode.BUS: ("Bus", "Bus"),
        TravelMode.CAR: ("Pkw", "Car"),
        TravelMode.SHIP: ("Schiff", "Ship"),
        TravelMode.OTHER: ("Sonstiges", "Other"),
    },
    Relation: {
        Relation.PARTNER: ("Partnerstadt", "Partner city"),
        Relation.FRIENDLY: ("Befreundete Stadt", "Friendly city"),
        Relation.COOPERATION: ("Kooperation", "Cooperation"),
        Relation.NETWORK: ("Netzwerk", "Network"),
        Relation.OTHER: ("Sonstiges", "Other"),
    },
    OutcomeKind: {
        OutcomeKind.AGREEMENT: ("Vereinbarung unterzeichnet", "Agreement signed"),
        OutcomeKind.RESULT: ("Ergebnis", "Result"),
        OutcomeKind.DECISION: ("Beschluss", "Decision"),
        OutcomeKind.CONTACT: ("Neuer Kontakt", "New contact"),
        OutcomeKind.PRESS: ("Presse", "Press"),
        OutcomeKind.OTHER: ("Sonstiges", "Other"),
    },
    FollowUpStatus: {
        FollowUpStatus.OPEN: ("Offen", "Open"),
        FollowUpStatus.IN_PROGRESS: ("In Bearbeitung", "In progress"),
        FollowUpStatus.DONE: ("Erledigt", "Done"),
        FollowUpStatus.DROPPED: ("Verworfen", "Dropped"),
    },
    GiftDirection: {
        GiftDirection.GIVEN: ("Überreicht", "Given"),
        GiftDirection.RECEIVED: ("Erhalten", "Received"),
    },
    GoalKind: {
        GoalKind.OVERARCHING: ("Übergeordnetes Ziel", "Overarching goal"),
        GoalKind.STRATEGIC: ("Strategisches Ziel", "Strategic goal"),
        GoalKind.SDG: ("SDG", "SDG"),
        GoalKind.FIELD: ("Handlungsfeld", "Field of action"),
        GoalKind.OTHER: ("Sonstiges", "Other"),
    },
    BudgetCategory: {
        BudgetCategory.TRAVEL: ("Reisekosten", "Travel"),
        BudgetCategory.ACCOMMODATION: ("Unterkunft", "Accommodation"),
        BudgetCategory.GIFTS: ("Geschenke", "Gifts"),
        BudgetCategory.INTERPRETING: ("Dolmetschen", "Interpreting"),
        BudgetCategory.HOSPITALITY: ("Bewirtung", "Hospitality"),
        BudgetCategory.OTHER: ("Sonstiges", "Other"),
    },
    FundingSource: {
        FundingSource.CITY_BUDGET: ("Städtischer Haushalt", "City budget"),
        FundingSource.SPECIAL_FUND: ("Sondermittel", "Special fund"),
        FundingSource.EU_PROGRAMME: ("EU-Programm", "EU programme"),
        FundingSource.PARTNER: ("Partner", "Partner"),
    },
}

def enum_label(value: StrEnum, language: str) -> str:
    """The name of `value` in `language` ('de', else English); its raw value if unnamed."""
    names = _LABELS.get(type(value), {}).get(value)
    if names is None:
        return str(value)
    return names[0] if language == "de" else names[1]

"""The briefing pack's who's who: every counterpart told once, by surname.

Photo (where one is stored), name as written and in Latin letters, function, how to
address them in person and in writing, languages and whether an interpreter is needed,
and the earlier meetings with our principal. The meetings then only name them.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Table, TableStyle

from delegations.documents import texts
from delegations.documents.audience import narrow
from delegations.documents.blocks import Cell, facts, heading_over, para, together
from delegations.documents.names import surname_key
from delegations.documents.source import Source
from delegations.documents.template import TEXT_WIDTH
from delegations.enums import Role
from delegations.i18n import N_
from delegations.paths import data_dir
from delegations.services import dto
from delegations.services.address import address_forms
from delegations.services.contacts import contact_history, get_contact
from delegations.services.trips import get_trip
from delegations.storage.store import Store

PHOTO_WIDTH = 24 * mm


def other_side(src: Source, contact: dto.ContactRow) -> bool:
    """Whether `contact` is on the other side: not one of our travellers (at home the
    travellers are the guests), and from a city of the directory other than home (the
    office's own people carry no city)."""
    own = set() if src.at_home else {p.contact_id for p in src.trip.participants}
    home = src.home.name if src.home else ""
    return contact.id not in own and contact.city_id is not None \
        and contact.city_name != home


def counterparts(store: Store, src: Source) -> list[dto.ContactRow]:
    """The people we meet, by surname: the hosts, or the guests of a visit held at home
    (the visiting delegation too, read as the briefing's audience may read them)."""
    met = {c.id: c for c in src.trip.contacts if other_side(src, c)}
    if src.at_home:
        for person in src.delegation:
            if person.contact_id is not None and person.contact_id not in met:
                met[person.contact_id] = narrow(get_contact(store, person.contact_id),
                                                src.variant)
    return sorted(met.values(), key=lambda c: surname_key(c.name, c.honorific))


def display_name(contact: dto.ContactRow) -> str:
    """'Dr. Ana Example' (the title in front unless the name already carries it)."""
    titled = contact.title and not contact.name.startswith(contact.title)
    return f"{contact.title} {contact.name}" if titled else contact.name


def photo(path: str) -> Flowable | None:
    """The stored portrait, PHOTO_WIDTH wide; None when there is none or it is unreadable."""
    if not path.strip():
        return None
    file = Path(path)
    file = file if file.is_absolute() else data_dir() / file
    try:
        width, height = ImageReader(str(file)).getSize()
    except Exception:  # a missing or broken image must not stop the briefing
        return None
    return Image(str(file), PHOTO_WIDTH, PHOTO_WIDTH * height / width)


def interpreter(src: Source, contact: dto.ContactRow) -> str:
    """'Yes (Name)' / 'Yes' / 'No' when the contact's languages are known, else ''."""
    spoken = {part.strip().lower()[:2] for part in contact.languages.replace(";", ",")
              .split(",") if part.strip()}
    if not spoken:
        return ""
    ours = set(src.home.languages if src.home else ("de", "en"))
    if spoken & ours:
        return src.words(N_("No"))
    names = ", ".join(p.name for p in src.delegation if p.role == Role.INTERPRETER)
    return src.words(N_("Yes ({names})")).format(names=names) if names else \
        src.words(N_("Yes"))


def _principal(src: Source) -> dto.ParticipantRow | None:
    return next((p for p in src.delegation if p.role == Role.HEAD), None)


def _with_principal(store: Store, src: Source, contact: dto.ContactRow) -> str:
    """Earlier meetings of `contact` at which our principal was present."""
    head = _principal(src)
    if head is None:
        return ""
    seen: dict[int, bool] = {}
    said = []
    for met in contact_history(store, contact.id):
        if met.trip_id == src.trip.id:
            continue
        if met.trip_id not in seen:
            trip = get_trip(store, met.trip_id, frozenset())  # its delegation only
            seen[met.trip_id] = any(_same(p, head) for p in trip.participants)
        if seen[met.trip_id]:
            said.append(f"{src.words.short(met.start.date())} {met.title}")
    return "; ".join(said)


def _same(person: dto.ParticipantRow, head: dto.ParticipantRow) -> bool:
    if person.contact_id is not None and head.contact_id is not None:
        return person.contact_id == head.contact_id
    return person.name.strip().casefold() == head.name.strip().casefold()


def _facts(store: Store, src: Source, contact: dto.ContactRow) -> list[tuple[str, Cell]]:
    w = src.words
    forms = address_forms(store, contact, w.language)  # their own, else the office's rules
    return [
        (w(N_("Function")), ", ".join(x for x in (contact.function, contact.organisation)
                                       if x)),
        (w(N_("In Latin letters")), contact.name_latin),
        (w(N_("Address in person")), forms.spoken),
        (w(N_("Address in writing")), forms.salutation),
        (w(N_("Languages")), w.languages(contact.languages)),
        (w(N_("Interpreter needed")), interpreter(src, contact)),
        (w(N_("Met our principal")), _with_principal(store, src, contact)),
    ]


def _person(store: Store, src: Source, contact: dto.ContactRow) -> Flowable:
    """One person: name, facts and bio, beside their photo when there is one."""
    picture = photo(contact.photo_path)
    text_width = TEXT_WIDTH - (PHOTO_WIDTH + 4 * mm if picture else 0)
    body: list[Flowable] = [para(display_name(contact), "h3"),
                            facts(_facts(store, src, contact), 0.3, text_width)]
    body += texts.body(src, contact.bio, contact.bio_en)
    if picture is None:
        return together(*body)
    side = Table([[picture, body]], colWidths=[PHOTO_WIDTH + 4 * mm, text_width],
                 style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]), hAlign="LEFT")
    return together(side)


def section(store: Store, src: Source) -> list[Flowable]:
    """'Who's who': every counterpart once, by surname."""
    w = src.words
    people = counterparts(store, src)
    out = [*heading_over(w(N_("Who's who")))]
    if not people:
        return [*out, para(w(N_("No counterparts named in the programme yet.")), "note")]
    return out + [_person(store, src, c) for c in people]

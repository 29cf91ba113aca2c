"""The seating papers of a programme item: chart, place cards, table cards and the
alphabetical guest list with table names for the entrance ("Tischliste").

One entry point for window and command line, like render.py for the trip documents;
every name on every one of them is the plan's `card` in the paper's language
(`seating.get_plan` with a language): a guest's own stored envelope form wins, else
title and name, by the one rule of `services.address`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import NextPageTemplate

from delegations.atomic import write_atomic
from delegations.documents import blocks
from delegations.documents.placecards import SHEETS, Card, draw_cards
from delegations.documents.render import _letterhead, _Story
from delegations.documents.seating_chart import PAPERS, draw_chart, rank_text
from delegations.documents.template import DocTemplate, Progress, numbered_canvas
from delegations.documents.words import Words
from delegations.errors import ValidationError
from delegations.folding import fold
from delegations.i18n import LANGUAGES, N_
from delegations.services import seating, trips
from delegations.services.home import get_home
from delegations.services.seating_view import GuestView, PlanView
from delegations.storage.store import Store

KINDS = ("seating", "placecards", "tablecards", "tischliste")
#: the paper of each kind: the first is the default
VARIANTS = {"seating": tuple(PAPERS), "placecards": SHEETS, "tablecards": SHEETS,
            "tischliste": ("a4",)}
TITLES = {"seating": N_("Seating plan"), "placecards": N_("Place cards"),
          "tablecards": N_("Table cards"), "tischliste": N_("Guest list by table")}


@dataclass(frozen=True)
class SeatingRequest:
    kind: str
    plan_id: int
    language: str | None = None  # None: the trip's document language
    variant: str = ""  # the paper: see VARIANTS ('' for the kind's default)


def _check(request: SeatingRequest) -> str:
    if request.kind not in KINDS:
        raise ValidationError("kind", N_("Unknown document '{kind}'."), kind=request.kind)
    if request.language not in (None, *LANGUAGES):
        raise ValidationError("language", N_("Unknown language '{language}'."),
                              language=request.language)
    variant = request.variant or VARIANTS[request.kind][0]
    if variant not in VARIANTS[request.kind]:
        raise ValidationError("variant", N_("'{variant}' is not a paper for {kind}: {papers}"),
                              variant=variant, kind=request.kind,
                              papers=", ".join(VARIANTS[request.kind]))
    return variant


def surname_key(name: str) -> tuple[str, str]:
    """Alphabetical by the last word of the name (the surname in most of Europe)."""
    words = name.split()
    return (fold(words[-1] if words else ""), fold(name))


def tischliste_rows(plan: PlanView, words: Words) -> list[tuple[str, str, str]]:
    """(name, delegation or function, table) for every guest, by surname."""
    rows = []
    for g in sorted(plan.guests, key=lambda g: surname_key(g.name)):
        table = plan.table(g.table_id).name if g.table_id is not None else ""
        served = plan.guest(g.serves_id) if g.serves_id is not None else None
        if not g.seated and served is not None and served.table_id is not None:
            table = words(N_("{table} (behind {guest})")).format(
                table=plan.table(served.table_id).name, guest=served.card)
        rows.append((g.card, g.delegation or g.organisation or g.function, table))
    return rows


def _subtitle(store: Store, plan: PlanView, words: Words,
              with_title: bool = True) -> tuple[str, str]:
    """The trip's title, and the item's title (if asked), day, time and place."""
    trip = trips.get_trip(store, plan.trip_id)
    item = next(a for a in trip.agenda if a.id == plan.agenda_item_id)
    when = f"{words.day(item.start.date())}, {words.time(item.start)}"
    parts = (item.title if with_title else "", when, item.location)
    return trip.title, " · ".join(x for x in parts if x)


def _tischliste(store: Store, plan: PlanView, words: Words, printed_on: date) -> bytes:
    title, subtitle = _subtitle(store, plan, words)
    name = words(TITLES["tischliste"])
    rows = tischliste_rows(plan, words)
    flowables = [NextPageTemplate("later"), blocks.para(name, "title"),
                 blocks.para(subtitle, "subtitle"),
                 blocks.table([words(N_("Name")), words(N_("Delegation / function")),
                               words(N_("Table"))], [list(r) for r in rows],
                              widths=(0.45, 0.3, 0.25))]
    story = _Story(flowables, name, title, words, get_home(store))
    head = _letterhead(story, printed_on)
    buffer = io.BytesIO()
    doc = DocTemplate(buffer, head, Progress(None, None), title=f"{name} – {title}",
                      language=words.language)
    doc.build(flowables, canvasmaker=numbered_canvas(head.page_label))
    return buffer.getvalue()


def _cards(plan: PlanView, kind: str) -> list[Card]:
    """Table cards name the tables; place cards the guests as addressed: their own
    stored envelope form in the card's language when they have one, else title and name."""
    if kind == "tablecards":
        return [Card(t.name) for t in plan.tables]
    seated = [g for g in plan.guests if g.seated or g.interpreter]
    return [Card(g.card, _card_detail(g, g.card)) for g in seated]


def _card_detail(guest: GuestView, name: str) -> str:
    """The smaller line: the delegation (or organisation), unless the name says it."""
    detail = guest.delegation or guest.organisation
    return "" if detail.casefold() in name.casefold() else detail


def _canvas_pdf(store: Store, plan: PlanView, request: SeatingRequest, variant: str,
                words: Words, printed_on: date) -> bytes:
    buffer = io.BytesIO()
    title, subtitle = _subtitle(store, plan, words, with_title=False)
    name = words(TITLES[request.kind])
    canvas = Canvas(buffer, lang=words.language)
    canvas.setTitle(f"{name} – {plan.item_title}")
    canvas.setCreator("Delegations")
    if request.kind == "seating":
        footer = " · ".join((name, title, words(N_("Printed on {date}")).format(
            date=words.date(printed_on))))
        draw_chart(canvas, plan, words, variant, f"{name}: {plan.item_title}", subtitle,
                   footer)
    else:
        draw_cards(canvas, _cards(plan, request.kind), variant)
    canvas.save()
    return buffer.getvalue()


def seating_bytes(store: Store, request: SeatingRequest,
                  printed_on: date | None = None) -> bytes:
    """The PDF in memory (for previews and tests)."""
    variant = _check(request)
    trip_id = seating.get_plan(store, request.plan_id).trip_id
    language = request.language or trips.get_trip(store, trip_id).language
    words = Words(language if language in LANGUAGES else "de")
    plan = seating.get_plan(store, request.plan_id, words.language)
    printed_on = printed_on or date.today()
    if request.kind == "tischliste":
        return _tischliste(store, plan, words, printed_on)
    return _canvas_pdf(store, plan, request, variant, words, printed_on)


def render_seating(store: Store, request: SeatingRequest, out: str | Path,
                   printed_on: date | None = None) -> Path:
    """Write the PDF to `out` whole or not at all."""
    write_atomic(out, seating_bytes(store, request, printed_on))
    return Path(out)


__all__ = ["KINDS", "VARIANTS", "SeatingRequest", "rank_text", "render_seating",
           "seating_bytes"]

"""Rendering a document from the store to PDF: the one entry point for window and CLI."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from importlib import import_module
from pathlib import Path
from types import ModuleType

from reportlab.platypus import Flowable, NextPageTemplate

from delegations.atomic import write_atomic
from delegations.documents.source import PARTS, VARIANTS, load_source
from delegations.documents.template import (
    Cancelled,
    DocTemplate,
    Letterhead,
    Progress,
    numbered_canvas,
)
from delegations.documents.words import Words
from delegations.errors import ValidationError
from delegations.heap import collector_paused
from delegations.i18n import LANGUAGES, N_
from delegations.paths import resource
from delegations.services.dto import HomeRow
from delegations.services.home import get_home
from delegations.services.settings import DOCUMENT_LANGUAGE, office_value
from delegations.storage.store import Store

KINDS = ("itinerary", "briefing", "followup", "report")
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class DocumentRequest:
    """Which document to print, for which trip (or year), in which language and variant."""

    kind: str  # "itinerary" | "briefing" | "followup" | "report"
    trip_id: int | None = None
    year: int | None = None
    language: str | None = None  # None: the trip's document language (report: the office's)
    variant: str = "full"  # itinerary: "full" | "external" | "participant"
    participant_id: int | None = None




def _builder(kind: str) -> ModuleType:
    """The module that builds `kind`, imported when first printed: each pulls in its own
    services (the report its charts), which another document does not need."""
    return import_module(f"delegations.documents.{kind}")


@dataclass(frozen=True)
class _Story:
    """What the page layer needs: the flowables and the words for header and footer."""

    flowables: list[Flowable]
    title: str
    subject: str
    words: Words
    home: HomeRow | None
    cover: bool = False
    marking: str = ""


def _letterhead(story: _Story, printed_on: date) -> Letterhead:
    w, home = story.words, story.home
    lines = tuple(line for line in (home.letterhead if home else "").splitlines() if line)
    if not lines and home is not None:
        lines = tuple(x for x in (home.name, home.office) if x)
    logo = None
    if home is not None and home.logo_path:
        logo = Path(home.logo_path)
        logo = logo if logo.is_absolute() else resource(home.logo_path)
    printed = w(N_("Printed on {date}")).format(date=w.date(printed_on))
    return Letterhead(lines=lines or ("",), logo=logo, document=story.title,
                      trip=story.subject, printed=printed,
                      page_label=w(N_("Page {page} of {pages}")), marking=story.marking)


def _check(request: DocumentRequest) -> None:
    if request.kind not in KINDS:
        raise ValidationError("kind", N_("Unknown document '{kind}'."), kind=request.kind)
    if request.kind == "report" and request.year is None:
        raise ValidationError("year", N_("The activity report needs a year."))
    if request.kind != "report" and request.trip_id is None:
        raise ValidationError("trip", N_("This document needs a trip."))
    if request.kind != "itinerary" and request.variant != "full":
        raise ValidationError("variant", N_("Variants are for the itinerary only."))
    if request.variant not in VARIANTS:
        raise ValidationError("variant", N_("Unknown variant '{variant}'."),
                              variant=request.variant)
    if request.language not in (None, *LANGUAGES):
        raise ValidationError("language", N_("Unknown language '{language}'."),
                              language=request.language)


def _story(store: Store, request: DocumentRequest) -> _Story:
    """The flowables of the requested document, with its title and subject."""
    _check(request)
    if request.kind == "report":
        assert request.year is not None
        language = request.language or office_value(store, DOCUMENT_LANGUAGE)
        words, home = Words(language), get_home(store)
        report = _builder("report")
        return _Story(report.build(store, words, request.year),
                      report.title(words, request.year), home.office if home else "", words,
                      home)
    assert request.trip_id is not None
    audience = request.variant if request.kind == "itinerary" else "briefing"
    src = load_source(store, request.trip_id, request.language, audience,
                      request.participant_id, PARTS[request.kind])
    module = _builder(request.kind)
    return _Story(module.build(store, src), module.title(src), src.trip.title, src.words,
                  src.home, cover=getattr(module, "COVER", False), marking=src.marking)


def _pdf(store: Store, request: DocumentRequest, progress: ProgressFn | None,
         cancelled: CancelFn | None, printed_on: date | None) -> bytes:
    with collector_paused():
        return _built(store, request, progress, cancelled, printed_on)


def _built(store: Store, request: DocumentRequest, progress: ProgressFn | None,
           cancelled: CancelFn | None, printed_on: date | None) -> bytes:
    story = _story(store, request)
    flowables = [NextPageTemplate("later"), *story.flowables]
    meter = Progress(progress, cancelled, total=len(flowables) * (3 if story.cover else 1) + 1)
    buffer = io.BytesIO()
    head = _letterhead(story, printed_on or date.today())
    doc = DocTemplate(buffer, head, meter, title=f"{story.title} – {story.subject}",
                      language=story.words.language, start="cover" if story.cover else "first")
    canvas = numbered_canvas(head.page_label)
    if story.cover:
        doc.multiBuild(flowables, canvasmaker=canvas)
    else:
        doc.build(flowables, canvasmaker=canvas)
    meter.finish()
    return buffer.getvalue()


def document_bytes(store: Store, request: DocumentRequest, progress: ProgressFn | None = None,
                   cancelled: CancelFn | None = None, printed_on: date | None = None) -> bytes:
    """The PDF in memory (for previews); raises Cancelled when `cancelled()` turns true."""
    return _pdf(store, request, progress, cancelled, printed_on)


def render_document(store: Store, request: DocumentRequest, out: str | Path,
                    progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
                    printed_on: date | None = None) -> Path:
    """Write the PDF to `out` whole or not at all; raises Cancelled (no file left)."""
    data = _pdf(store, request, progress, cancelled, printed_on)
    if cancelled is not None and cancelled():
        raise Cancelled()
    write_atomic(out, data)
    return Path(out)

"""The rooming list as PDF: a table per hotel, on the office's letterhead."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from delegations.documents.fonts import markup
from delegations.documents.papers import list_pdf, para
from delegations.documents.styles import stylesheet, table_style
from delegations.documents.template import TEXT_WIDTH
from delegations.documents.words import Words
from delegations.i18n import N_
from delegations.services.rooming import COLUMNS, RoomingList
from delegations.storage.store import Store

_WIDTHS = (28, 18, 18, 14, 20, 22, 27, 19)  # parts of the text width


def _table(rooming: RoomingList, words: Words) -> Table:
    scale = TEXT_WIDTH / sum(_WIDTHS)
    rows: list[list[Flowable]] = [[para(words(c), "compact-head") for c in COLUMNS]]
    for r in rooming.rows:
        rows.append([para(r.guest, "compact-bold"), para(words.short(r.arrival)),
                     para(words.short(r.departure)), para(r.nights), para(r.room_type),
                     para(r.sharing), para(r.requests), para(r.billing)])
    return Table(rows, colWidths=[w * scale for w in _WIDTHS], repeatRows=1,
                 style=table_style())


def _hotel(rooming: RoomingList, words: Words) -> list[Flowable]:
    styles = stylesheet()
    facts = " · ".join(x for x in (rooming.address, words(N_("Booking {ref}")).format(
        ref=rooming.booking_ref) if rooming.booking_ref else "") if x)
    head: list[Flowable] = [Paragraph(markup(rooming.hotel), styles["h1"])]
    if facts:
        head.append(Paragraph(markup(facts), styles["small"]))
    count = words(N_("{count} guests")).format(count=len(rooming.rows))
    head.append(Paragraph(markup(count), styles["small"]))
    return [KeepTogether(head), _table(rooming, words)]


def rooming_pdf(store: Store, lists: Sequence[RoomingList], trip_title: str, words: Words,
                printed_on: date | None = None) -> bytes:
    """Every hotel's list, each starting with the hotel's name and booking."""
    flowables: list[Flowable] = [Paragraph(markup(words(N_("Rooming list"))),
                                           stylesheet()["title"])]
    for rooming in lists:
        flowables += _hotel(rooming, words)
    return list_pdf(store, flowables, words(N_("Rooming list")), trip_title, words,
                    printed_on)




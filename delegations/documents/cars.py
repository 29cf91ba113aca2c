"""The car list: for each transfer, the cars with driver, phone and passengers; and the
liaison officer of each head of delegation."""

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
from delegations.services.transport import Liaison, Transfer
from delegations.storage.store import Store

_WIDTHS = (30, 34, 10, 60)


def _transfer(t: Transfer, words: Words) -> list[Flowable]:
    styles = stylesheet()
    when = f"{words.day(t.start.date())}, {words.time(t.start)}"
    head = [Paragraph(markup(f"{when} – {t.title}"), styles["h2"])]
    if t.location:
        head.append(Paragraph(markup(t.location), styles["small"]))
    rows = [[para(words(h), "compact-head") for h in (
        N_("Car"), N_("Driver"), N_("Seats"), N_("Passengers"))]]
    for load in t.cars:
        driver = "\n".join(x for x in (load.vehicle.driver, load.vehicle.driver_phone) if x)
        rows.append([para(load.vehicle.name, "compact-bold"), para(driver),
                     para(f"{len(load.riders)}/{load.vehicle.seats}"),
                     para("\n".join(load.riders))])
    scale = TEXT_WIDTH / sum(_WIDTHS)
    table = Table(rows, colWidths=[w * scale for w in _WIDTHS], style=table_style())
    story: list[Flowable] = [KeepTogether([*head, table])]
    if t.walking:
        story.append(Paragraph(markup(words(N_("Not in a car: {names}")).format(
            names=", ".join(t.walking))), styles["note"]))
    return story


def _liaisons(liaisons: Sequence[Liaison], words: Words) -> list[Flowable]:
    if not liaisons:
        return []
    rows = [[para(words(N_("Head of delegation")), "compact-head"),
             para(words(N_("Liaison officer")), "compact-head")]]
    rows += [[para(x.head, "compact-bold"), para(x.officer or "–")] for x in liaisons]
    return [Paragraph(markup(words(N_("Liaison officers"))), stylesheet()["h1"]),
            Table(rows, colWidths=[TEXT_WIDTH / 2] * 2, style=table_style())]


def cars_pdf(store: Store, transfers: Sequence[Transfer], liaisons: Sequence[Liaison],
             trip_title: str, words: Words, printed_on: date | None = None) -> bytes:
    title = words(N_("Car list"))
    story: list[Flowable] = [Paragraph(markup(title), stylesheet()["title"])]
    story += _liaisons(liaisons, words)
    if transfers:
        story.append(Paragraph(markup(words(N_("Transfers"))), stylesheet()["h1"]))
    for transfer in transfers:
        story += _transfer(transfer, words)
    return list_pdf(store, story, title, trip_title, words, printed_on)

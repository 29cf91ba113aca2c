"""The gift register as a list for the yearly report and the audit office."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable, Paragraph, Table

from delegations.documents.fonts import markup
from delegations.documents.papers import list_pdf, para
from delegations.documents.styles import stylesheet, table_style
from delegations.documents.template import TEXT_WIDTH
from delegations.documents.words import Words
from delegations.enums import GiftDecision, GiftDirection
from delegations.i18n import N_
from delegations.services.gift_register import (
    ABOVE,
    NO_VALUE,
    OTHER_CURRENCY,
    GiftLimit,
    RegisterEntry,
)
from delegations.storage.store import Store

HEADINGS = (N_("Date"), N_("Gift"), N_("From / to"), N_("Our side"), N_("Value"),
            N_("Kept at"), N_("Decision"))
SECTIONS = ((GiftDirection.RECEIVED, N_("Gifts received")), (GiftDirection.GIVEN,
                                                             N_("Gifts given")))
FLAGS = {ABOVE: N_("above the limit"), NO_VALUE: N_("value unknown"),
         OTHER_CURRENCY: N_("other currency: check the value")}
DECISIONS = {GiftDecision.KEPT: N_("kept by the city"),
             GiftDecision.HANDED_OVER: N_("handed over"),
             GiftDecision.RETURNED: N_("returned"), GiftDecision.DECLINED: N_("declined")}
_WIDTHS = (20, 32, 27, 20, 18, 24, 25)


def amount(cents: int | None, currency: str, words: Words) -> str:
    if cents is None:
        return ""
    from babel.numbers import format_currency

    locale = {"de": "de_DE", "en": "en_GB"}[words.language]
    return format_currency(cents / 100, currency or "EUR", locale=locale)


def _decision(entry: RegisterEntry, words: Words) -> Flowable:
    decided = entry.gift.decision
    text = words(DECISIONS[decided]) if decided else ""
    if entry.flag:
        warning = words(FLAGS[entry.flag]) + ("" if decided else
                                              " – " + words(N_("undecided")))
        return Paragraph(markup(text) + ("<br/>" if text else "") +
                         f'<font color="#8a1c1c"><b>! {markup(warning)}</b></font>',
                         stylesheet()["compact"])
    return para(text)


def _row(entry: RegisterEntry, words: Words) -> list[Flowable]:
    g = entry.gift
    other = ", ".join(x for x in (g.contact_name or g.counterpart, g.city_name) if x)
    return [para(words.short(g.date)), para(g.description),
            para(other), para(g.our_person), para(amount(g.value_cents, g.currency, words)),
            para(g.kept_at), _decision(entry, words)]


def register_pdf(store: Store, entries: Sequence[RegisterEntry], limit: GiftLimit,
                 subject: str, words: Words, printed_on: date | None = None) -> bytes:
    styles, title = stylesheet(), words(N_("Gift register"))
    flagged = sum(1 for e in entries if e.flag)
    summary = words(N_("{count} gifts, {flagged} above the limit or to check; limit for "
                       "received gifts: {limit}")).format(
        count=len(entries), flagged=flagged,
        limit=amount(limit.cents, limit.currency, words))
    story: list[Flowable] = [Paragraph(markup(f"{title} – {subject}"), styles["title"]),
                             Paragraph(markup(summary), styles["small"])]
    for direction, heading in SECTIONS:
        mine = [e for e in entries if e.gift.direction == direction]
        if mine:
            story += [Paragraph(markup(words(heading)), styles["h2"]), _table(mine, words)]
    return list_pdf(store, story, title, subject, words, printed_on)


def _table(entries: Sequence[RegisterEntry], words: Words) -> Table:
    scale = TEXT_WIDTH / sum(_WIDTHS)
    rows = [[para(words(h), "compact-head") for h in HEADINGS]]
    rows += [_row(e, words) for e in entries]
    return Table(rows, colWidths=[w * scale for w in _WIDTHS], repeatRows=1,
                 style=table_style())

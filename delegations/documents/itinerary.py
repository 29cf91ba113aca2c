"""The itinerary: what the delegation (or the hosts, or one person) needs on the road."""

from __future__ import annotations

from reportlab.platypus import Flowable

from delegations.documents import dayplan, sections
from delegations.documents.blocks import para
from delegations.documents.source import Source
from delegations.enums import TripKind
from delegations.i18n import N_
from delegations.storage.store import Store

TITLES = {
    "full": N_("Itinerary"),
    "external": N_("Itinerary"),
    "participant": N_("Personal itinerary"),
}


def title(src: Source) -> str:
    return src.words(TITLES[src.variant])


def build(store: Store, src: Source) -> list[Flowable]:
    """Title block, then facts, delegation, programme, travel, hotels, contacts."""
    trip = src.trip
    subtitle = src.words.span(trip.start, trip.end)
    if trip.kind == TripKind.INCOMING:
        subtitle = src.words(N_("Visit from {cities}")).format(
            cities=", ".join(trip.destination_names)) + f" · {subtitle}"
    if src.participant is not None:
        subtitle = f"{src.participant.name} · {subtitle}"
    story: list[Flowable] = [para(title(src), "title"), para(trip.title, "subtitle"),
                             para(subtitle, "small")]
    for section in (sections.glance, sections.delegation, dayplan.programme,
                    sections.travel, sections.stays, sections.contacts):
        if section is sections.delegation and src.participant is not None:
            continue  # one person's copy: the programme says who is there
        story += section(src)
    return story

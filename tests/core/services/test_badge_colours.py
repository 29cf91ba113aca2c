"""Badge colours: delegations sharing one are named (the palette's 8 repeat in a forum)."""

from __future__ import annotations

from delegations.services import badges, home, participants, trips
from delegations.services.badges import PALETTE, sharing


def test_the_palette_repeats_past_eight_delegations_and_sharing_names_them():
    colours = {f"Stadt {n}": PALETTE[n % len(PALETTE)] for n in range(10)}
    colours["Gdańsk"] = PALETTE[2].upper()  # chosen by hand, the same colour
    assert sharing(colours) == {"Stadt 0": ("Stadt 8",), "Stadt 8": ("Stadt 0",),
                                "Stadt 1": ("Stadt 9",), "Stadt 9": ("Stadt 1",),
                                "Stadt 2": ("Gdańsk",), "Gdańsk": ("Stadt 2",)}


def test_a_forum_of_nine_delegations_names_the_two_of_one_colour(store):
    home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin"})
    trip = trips.create_trip(store, {"title": "Ostseeforum", "kind": "forum",
                                     "start": "2026-06-01", "end": "2026-06-03"})
    cities = ["Gdańsk", "Kaliningrad", "Klaipėda", "Tallinn", "Turku", "Aarhus", "Brest",
              "İskenderun", "杭州"]
    for n, city in enumerate(cities):
        participants.add_participant(store, trip.id, {"name": f"Gast {n}", "delegation": city})
    colours = badges.trip_colours(store, trip.id)
    assert list(colours) == cities and colours["杭州"] == colours["Gdańsk"] == PALETTE[0]
    assert sharing(colours) == {"Gdańsk": ("杭州",), "杭州": ("Gdańsk",)}
    badges.choose_colour(store, "杭州", "#123456")  # the office tells them apart
    assert sharing(badges.trip_colours(store, trip.id)) == {}

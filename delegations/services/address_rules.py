"""The forms of address the program ships: a plain form per language, and the office
rules it starts with (the office edits them; see PROTOCOL.md). Templates name fields in
braces: {name} {given} {surname} {honorific} {title} {function} {organisation} {city},
and the words that follow the person's gender: {dear} ('Sehr geehrte Frau' / 'Dear Ms'),
{excellency} ('Ihre Exzellenz' / 'Her Excellency'), {madam} ('Frau'/'Herr', 'Madam'/'Mr.').
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AddressRule:
    """Proposes forms for people whose function contains one of `office` ('|' between
    alternatives; empty: anyone) in `country` (ISO code; empty: anywhere)."""

    office: str
    country: str
    language: str
    envelope: str = ""
    salutation: str = ""
    spoken: str = ""


_PLAIN = {
    ("de", True): {"envelope": "{honorific}\n{title} {name}\n{function}\n{organisation}",
                   "salutation": "{dear} {title} {surname}",
                   "spoken": "{honorific} {title} {surname}"},
    ("de", False): {"envelope": "{title} {name}\n{function}\n{organisation}",
                    "salutation": "Guten Tag {title} {name}", "spoken": "{title} {name}"},
    ("en", True): {"envelope": "{honorific} {title} {name}\n{function}\n{organisation}",
                   "salutation": "{dear} {surname}", "spoken": "{honorific} {surname}"},
    ("en", False): {"envelope": "{title} {name}\n{function}\n{organisation}",
                    "salutation": "Dear {title} {name}", "spoken": "{title} {name}"},
}


def default_forms(language: str, gendered: bool) -> dict[str, str]:
    """The plain templates when no rule fits (`gendered`: the honorific is known)."""
    return _PLAIN[(language, gendered)]


_MAYOR = "bürgermeister|mayor|borgmester|burmistrz|pormestari|linnapea|мэр|市长"
_AMBASSADOR = "botschafter|ambassador|ambassadeur|посол|大使"

DEFAULT_RULES: tuple[AddressRule, ...] = (
    AddressRule(_AMBASSADOR, "", "de",
                "{excellency}\n{title} {name}\n{function}\n{organisation}",
                "Exzellenz", "Exzellenz"),
    AddressRule(_AMBASSADOR, "", "en", "{excellency}\n{title} {name}\n{function}",
                "Your Excellency", "Your Excellency"),
    AddressRule(_MAYOR, "", "de", "{honorific} {function}\n{title} {name}\n{organisation}",
                "{dear} {function}", "{honorific} {function}"),
    AddressRule(_MAYOR, "", "en", "The Honorable {title} {name}\nMayor of {city}",
                "Dear {madam} Mayor", "{madam} Mayor"),
    AddressRule("", "JP", "en", "{title} {name}-sama\n{function}\n{organisation}",
                "Dear {surname}-sama", "{surname}-san"),
    AddressRule("", "JP", "de", "", "", "{surname}-san"),
)

"""The vocabularies' names are declared once, in both languages, for screen and paper."""

from __future__ import annotations

import pytest

from delegations.documents.words import Words
from delegations.enums import AgendaKind, OutcomeKind, RegistrationStatus, Role, TripStatus
from delegations.labels import _LABELS, enum_label


@pytest.mark.parametrize("vocabulary", list(_LABELS), ids=lambda v: v.__name__)
def test_every_value_has_a_german_and_an_english_name(vocabulary):
    for value in vocabulary:
        german, english = _LABELS[vocabulary][value]
        assert german.strip() and english.strip(), value


def test_values_spelled_alike_keep_their_own_vocabularys_name():
    english = Words("en")
    assert english.enum(Role.PRESS) == "Press" == english.enum(AgendaKind.PRESS)
    assert english.enum(OutcomeKind.AGREEMENT) == "Agreement signed"
    assert enum_label(RegistrationStatus.WAITLISTED, "de") == "Warteliste"
    assert enum_label(TripStatus.UNDER_WAY, "de") == Words("de").enum(TripStatus.UNDER_WAY)

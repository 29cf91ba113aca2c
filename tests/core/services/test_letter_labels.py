"""Every field a letter template may use has a label a protocol officer understands, in
German and English: the missing-data message never falls back to a template key."""

from __future__ import annotations

from delegations.services.letter_texts import FIELDS, LABELS
from delegations.services.letters import field_label


def test_every_template_field_and_the_address_has_a_label_in_both_languages():
    assert set(LABELS) == set(FIELDS) | {"envelope"}
    for key in LABELS:
        english, german = field_label(key, "en"), field_label(key, "de")
        assert "_" not in english and german != english, key  # translated in the .po


def test_a_key_without_a_label_is_named_as_it_is():
    assert field_label("passport_number", "de") == "Passnummer"
    assert field_label("zimmer_nr", "de") == "zimmer_nr"

"""Importing contacts in Cities & Contacts: a preview first, errors left out, nothing
written until Import, and the imported contact selected afterwards."""

from __future__ import annotations

from delegations.services import contacts
from tests.ui.directory_support import contact_id as contact_id_of
from tests.ui.directory_support import make_page
from ui.directory.exchange_actions import CSV, VCARD

VCARDS = """BEGIN:VCARD\r
VERSION:3.0\r
FN:Jürgen Kämpfer\r
N:Kämpfer;Jürgen;;;\r
ORG:Stadtwerke Århus\r
EMAIL:j.kaempfer@example.org\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:4.0\r
FN:李杭州\r
EMAIL:li@example.cn\r
END:VCARD\r
"""

CSV_TEXT = ("name;organisation;email\n"
            "Tõnis Tõnismägi;Tallinna Linnavalitsus;tonis@example.ee\n;;\n"
            "Aleksandra Gdańska;Miasto Gdańsk;not-an-email\n")


def _previewed(qtbot, store, path, text, kind):
    """The directory page, and the import preview of `text` written to `path`."""
    page = make_page(qtbot, store)
    path.write_text(text, encoding="utf-8")
    return page, page.exchange.import_file(path, kind)


def _names(store) -> set[str]:
    return {c.name for c in contacts.list_contacts(store)}


def test_vcards_are_previewed_then_imported_and_selected(app, qtbot, demo_store, tmp_path):
    before = _names(demo_store)
    page, dialog = _previewed(qtbot, demo_store, tmp_path / "karten.vcf", VCARDS, VCARD)
    assert dialog is not None and dialog.model.rowCount() == 2
    assert dialog.columns is None  # a vCard has no columns to map
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import 2"
    assert "2 contacts read from “karten.vcf”" in dialog.intro.text()
    assert _names(demo_store) == before  # nothing written yet
    dialog.import_button.click()
    assert _names(demo_store) - before == {"Jürgen Kämpfer", "李杭州"}
    assert page.contacts.table.current_id() == contact_id_of(demo_store, "Jürgen Kämpfer")


def test_a_csv_row_with_an_error_is_shown_and_left_out(app, qtbot, demo_store, tmp_path):
    before = _names(demo_store)
    _page, dialog = _previewed(qtbot, demo_store, tmp_path / "kontakte.csv", CSV_TEXT, CSV)
    assert dialog is not None and dialog.columns is not None
    assert "with errors (left out)" in dialog.status.text()
    assert dialog.import_button.text() == "&Import 1"
    dialog.import_button.click()
    assert _names(demo_store) - before == {"Tõnis Tõnismägi"}

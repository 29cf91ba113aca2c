"""The Delegation tab's CSV files: a preview with per-row errors before anything is
imported, column mapping, undo of an import, and an export that reads back."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegations.enums import RegistrationStatus as RS
from delegations.exchange.csvfile import read_csv
from delegations.services import participants, trips
from tests.ui.test_delegation import CITIZENS, SF, make_tab, names, status_of
from ui.trip_window.delegation_import import EMAIL, REMARK, TAKE


@pytest.fixture
def sf(app, qtbot, demo_store):
    return make_tab(qtbot, demo_store, SF)


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "anmeldungen.csv"
    path.write_text(text, encoding="utf-8-sig")
    return path


ROWS = ("Name;Funktion;E-Mail;Rolle\n"
        "Zeynep Aktaş;Stadträtin;z.aktas@example.org;Mitglied\n"
        "Игорь Смирнов;Dolmetscher;igor(at)example;Mitglied\n"
        "李华;Gast;li.hua@example.org;Gast\n")


def test_import_shows_the_bad_row_and_imports_only_the_good_ones(sf, demo_store, tmp_path):
    before = names(demo_store, sf.trip_id)
    dialog = sf.import_file(_file(tmp_path, ROWS))
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    assert model.rowCount() == 3 and model.errors() == 1
    assert "line 3" in model.index(1, REMARK).data()
    assert "not an e-mail address" in model.index(1, REMARK).data()
    assert model.index(1, EMAIL).data() == "igor(at)example"
    assert names(demo_store, sf.trip_id) == before  # nothing written by the preview
    assert dialog.import_button.text() == "&Import 2"
    dialog.save()
    assert not dialog.isVisible()
    assert names(demo_store, sf.trip_id) == [*before, "Zeynep Aktaş", "李华"]
    assert sf.ctx.undo.undoText() == "Import 2 participants"
    sf.ctx.undo.undo()
    assert names(demo_store, sf.trip_id) == before
    sf.ctx.undo.redo()
    assert names(demo_store, sf.trip_id)[-2:] == ["Zeynep Aktaş", "李华"]


def test_unticked_rows_stay_out_and_cancel_writes_nothing(sf, demo_store, tmp_path, qtmodeltester):
    before = names(demo_store, sf.trip_id)
    dialog = sf.import_file(_file(tmp_path, ROWS))
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert not model.setData(model.index(1, TAKE), 2, 10)  # a bad row cannot be ticked
    assert model.setData(model.index(0, TAKE), 0, 10)  # Qt.CheckStateRole, unchecked
    assert model.include() == (2,)
    dialog.reject()
    assert names(demo_store, sf.trip_id) == before


def test_column_mapping_reads_the_file_again(sf, tmp_path):
    path = _file(tmp_path, "Wer;Mail\nOle Hansen;ole@example.org\n")
    dialog = sf.import_file(path)
    assert dialog.columns.isVisible() and not dialog.import_button.isEnabled()  # no name
    assert "Name" in dialog.columns.warning.text()
    dialog.columns.choose(0, "name")
    assert dialog.import_button.isEnabled()
    assert dialog.model.index(0, 2).data() == "Ole Hansen"


def test_import_into_a_full_trip_waitlists_the_newcomers(app, qtbot, demo_store, tmp_path):
    tab = make_tab(qtbot, demo_store, CITIZENS)
    dialog = tab.import_file(_file(tmp_path, "Name\nGesine Lorenzen\n"))
    dialog.save()
    assert status_of(demo_store, tab.trip_id, "Gesine Lorenzen") == RS.WAITLISTED
    assert tab.places.text() == "4 of 4 places taken, 3 on the waiting list"


def test_an_unreadable_file_is_refused_with_a_message(sf, tmp_path):
    empty = tmp_path / "leer.csv"
    empty.write_text("", encoding="utf-8")
    assert sf.import_file(empty) is None
    assert "empty" in sf.message_box.text()
    sf.message_box.close()


def test_export_writes_a_file_that_reads_back(sf, demo_store, tmp_path):
    path = tmp_path / "delegation.csv"
    assert sf.export_to(path) == 11
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # as German spreadsheets read it
    other = trips.create_trip(demo_store, {"title": "Kopie", "kind": "outgoing",
                                           "start": "2027-01-10", "end": "2027-01-12"}).id
    preview = read_csv(path, demo_store, trip_id=other)
    assert not preview.has_errors
    preview.apply(demo_store)
    copied = participants.list_participants(demo_store, other)
    original = participants.list_participants(demo_store, sf.trip_id)
    assert [(p.name, p.role, p.diet) for p in copied] == [(p.name, p.role, p.diet)
                                                          for p in original]

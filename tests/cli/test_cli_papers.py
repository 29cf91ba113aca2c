"""`delegations print badges|letters|rooming|cars|gifts`: the protocol papers from scripts."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from delegations.services import participants, trips
from delegations.storage.store import open_store


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_badges_for_a_forum_in_one_pdf(printed, office: Path) -> None:
    out = office.parent / "badges.pdf"
    done = printed(office, "badges", "--trip", "forum-2019", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = text_of(out)
    assert "Gwenaëlle Le Goff" in text and "Ville de Brest" in text and "Hangzhou" in text


def test_a_letter_with_a_missing_field_is_named_and_not_written(printed, office: Path) -> None:
    out = office.parent / "visa.pdf"
    done = printed(office, "letters", "--letter", "visa", "--trip", "sovetsk-2019", "--out",
               str(out))
    assert done.returncode == 1 and not out.exists()
    assert done.stderr.count("\n") == 1  # one line
    assert "Ирина Владимировна Соколова: nationality, passport number, who pays" in done.stderr


def test_missing_letter_fields_are_named_in_the_command_line_language(printed, office: Path
                                                                      ) -> None:
    out = office.parent / "visa.pdf"
    done = printed(office, "letters", "--letter", "visa", "--trip", "sovetsk-2019", "--out",
                   str(out), "--lang", "en", language="de")
    assert done.returncode == 1 and not out.exists()
    assert "Соколова: Staatsangehörigkeit, Passnummer, Kostenträger" in done.stderr
    assert "passport_number" not in done.stderr


def test_visa_letters_print_once_everything_is_there(printed, office: Path) -> None:
    store = open_store(office)
    try:
        trip_id = trips.find_trip(store, "sovetsk-2019")
        for p in participants.list_participants(store, trip_id):
            participants.update_participant(store, p.id, {
                "nationality": "RU", "passport_number": f"75 {p.id:07d}",
                "billing": "Landeshauptstadt Kiel"})
    finally:
        store.close()
    out = office.parent / "visa.pdf"
    done = printed(office, "letters", "--letter", "visa", "--trip", "sovetsk-2019", "--out",
               str(out), "--lang", "en")
    assert done.returncode == 0, done.stderr
    text = text_of(out)
    assert "We hereby invite" in text and "nationality: RU" in text


def test_rooming_list_as_csv_and_pdf(printed, office: Path) -> None:
    out = office.parent / "rooming.csv"
    done = printed(office, "rooming", "--trip", "sovetsk-2019", "--csv", "--out", str(out),
               "--lang", "en")
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Guest", "Arrival date", "Departure date", "Nights"]
    assert rows[1][:4] == ["Ирина Владимировна Соколова", "2019-12-09", "2019-12-12", "3"]
    pdf = office.parent / "rooming.pdf"
    assert printed(office, "rooming", "--trip", "sovetsk-2019", "--out", str(pdf)).returncode == 0
    assert "Zimmerliste" in text_of(pdf)


@pytest.mark.parametrize("args", [
    ("letters", "--trip", "sf-2026", "--year", "2026"),
    ("rooming", "--trip", "sf-2026", "--csv"),  # a CSV must be called .csv
    ("badges", "--trip", "sf-2026", "--letter", "visa"),
    ("gifts",),
    ("cars", "--year", "2019"),
])
def test_wrong_options_are_usage_errors(printed, office: Path, args: tuple[str, ...]) -> None:
    done = printed(office, *args, "--out", str(office.parent / "x.pdf"))
    assert done.returncode == 2, done.stderr


def test_letters_without_a_kind_are_invitations(printed, office: Path) -> None:
    out = office.parent / "letters.pdf"
    done = printed(office, "letters", "--trip", "sovetsk-2019", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Einladung" in text_of(out)


def test_car_list_and_gift_register(printed, office: Path) -> None:
    cars = office.parent / "cars.pdf"
    assert printed(office, "cars", "--trip", "sovetsk-2019", "--out", str(cars)).returncode == 0
    assert "Transfer zum Ostuferhafen" in text_of(cars)
    gifts = office.parent / "gifts.pdf"
    done = printed(office, "gifts", "--year", "2019", "--out", str(gifts), "--lang", "en")
    assert done.returncode == 0, done.stderr
    text = text_of(gifts)
    assert "Gift register" in text and "above the limit" in text

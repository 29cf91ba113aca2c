"""Reading contacts from vCard files as address books really write them: every file of
the real-world corpus, and the quirks of versions 2.1, 3.0 and 4.0."""

from __future__ import annotations

import pytest

from delegations.exchange.preview import Action, Kind, RowFailed
from delegations.exchange.reader import UnreadableFile
from delegations.exchange.vcard import read_vcards
from delegations.exchange.vcard.parse import components, logical_lines, unescape
from delegations.services import cities, contacts
from tests.corpus_path import CORPUS as SHARED_CORPUS

CORPUS = SHARED_CORPUS / "vcf"
FILES = sorted(CORPUS.glob("*.vcf"))


def _corpus(name):
    return CORPUS / name


def test_the_corpus_is_there():
    assert len(FILES) >= 18


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_corpus_file_reads(store, path):
    preview = read_vcards(path, store)
    assert (preview.kind, preview.format) == (Kind.CONTACTS, "vcard")
    assert preview.rows
    for row in preview.rows:
        if row.ok:
            assert row.name and row.action is Action.CREATE
        else:
            assert row.error.line >= row.line >= 1 and row.error.message()
    assert preview.good, "each corpus file has at least one readable card"
    assert contacts.count_contacts(store) == 0  # a preview writes nothing


def _values(name, store, index=0):
    row = read_vcards(_corpus(name), store).rows[index]
    assert row.ok, row.error and row.error.text()
    return row.values


def test_several_cards_in_one_file(store):
    preview = read_vcards(_corpus("gmail-list.vcf"), store)
    assert [r.name for r in preview.rows] == ["Arnold Smith", "Chris Beatle", "Doug White"]
    assert [r.line for r in preview.rows] == [1, 7, 13]
    two = read_vcards(_corpus("rfc2426-example.vcf"), store).rows
    assert [(r.name, r.values["organisation"], r.city_hint) for r in two] == [
        ("Frank Dawson", "Lotus Development Corporation", "Raleigh"),
        ("Tim Howes", "Netscape Communications Corp.", "Mountain View")]
    assert two[0].values["email"] == "Frank_Dawson@Lotus.com"  # TYPE=PREF
    assert two[0].values["phone"] == "+1-919-676-9515"  # work voice, not the fax


def test_android_quoted_printable_and_broken_cards(store):
    rows = read_vcards(_corpus("John_Doe_ANDROID.vcf"), store).rows
    assert [r.action for r in rows] == [Action.CREATE, Action.CREATE, Action.CREATE,
                                        Action.CREATE, Action.CREATE, Action.ERROR]
    # cards with only an e-mail address are named after it, and say so (issue 14)
    assert [(r.name, r.name_from) for r in rows[:2]] == [
        ("john.doe@company.com", "email"), ("jane.doe@company.com", "email")]
    assert rows[2].name_from == ""
    assert rows[2].name == "Ñ Ñ Ñ Ñ Ñ"
    assert rows[3].name == "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"  # continued by soft line breaks
    assert rows[4].values["organisation"] == "Ñ" * 12
    assert rows[4].values["email"] == "bob@company.com"  # the first preferred address
    assert rows[5].error.text() == "line 82, ORG: the text is not valid UTF-8"


def test_outlook_2_1(store):
    values = _values("outlook-2007.vcf", store)
    assert values["name"] == "Mr. Michael Angstadt Jr."
    assert values["honorific"] == "Mr."
    assert values["organisation"] == "TheCompany, TheDepartment"
    assert values["notes"].startswith("This is the NOTE field\t\nI assume it encodes this "
                                      "text inside a NOTE vCard type.\nBut I'm not sure")
    assert values["phone"] == "(111) 555-1111"
    old = _values("outlook-2003.vcf", store)
    assert old["organisation"] == "Company, The, TheDepartment"
    assert old["notes"] == "This is the note field!!\nSecond line\n\nThird line is empty"


def test_apple_gmail_and_vcard_4(store):
    iphone = _values("John_Doe_IPHONE.vcf", store)  # CR CR LF line ends, a photo
    assert (iphone["name"], iphone["function"], iphone["organisation"]) == (
        "Mr. John Richter James Doe Sr.", "Money Counter", "IBM, Accounting")
    assert iphone["phone"] == "905-555-1234"
    gmail = read_vcards(_corpus("John_Doe_GMAIL.vcf"), store).rows[0]
    assert gmail.values["notes"].startswith("THIS SOFTWARE IS PROVIDED")
    rfc = _values("rfc6350-example.vcf", store)
    assert (rfc["languages"], rfc["phone"]) == ("fr,en", "+1-418-656-9254 ext. 102")


def test_city_hint_links_a_city_of_the_store(store):
    raleigh = cities.create_city(store, {"name": "Raleigh", "timezone": "America/New_York"})
    frank, tim = read_vcards(_corpus("rfc2426-example.vcf"), store).rows
    assert (frank.city_hint, frank.city_id) == ("Raleigh", raleigh.id)
    assert (tim.city_hint, tim.city_id) == ("Mountain View", None)


def _card(tmp_path, text, encoding="utf-8", newline="\r\n"):
    path = tmp_path / "card.vcf"
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def test_charset_of_quoted_printable_and_of_the_file(store, tmp_path):
    latin = ("BEGIN:VCARD\nVERSION:2.1\n"
             "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\n"
             "ORG;CHARSET=UTF-8;QUOTED-PRINTABLE:Amt f=C3=BCr Stra=C3=9Fenbau\nEND:VCARD\n")
    row = read_vcards(_card(tmp_path, latin), store).rows[0]
    assert (row.name, row.values["organisation"]) == ("Jürgen Müller", "Amt für Straßenbau")
    cp1252 = "BEGIN:VCARD\nVERSION:2.1\nFN:Jürgen Müller\nEND:VCARD\n"
    preview = read_vcards(_card(tmp_path, cp1252, "cp1252", "\n"), store)
    assert (preview.encoding, preview.rows[0].name) == ("cp1252", "Jürgen Müller")
    utf16 = "BEGIN:VCARD\nVERSION:3.0\nFN:Калининград\nEND:VCARD\n"
    preview = read_vcards(_card(tmp_path, utf16, "utf-16"), store)
    assert (preview.encoding, preview.rows[0].name) == ("utf-16-le", "Калининград")


def test_broken_cards_do_not_spoil_the_others(store, tmp_path):
    text = ("BEGIN:VCARD\nVERSION:3.0\nFN:Gut\nEMAIL:gut@example.org\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:Schlecht\nEMAIL:kaputt\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=x-nonsense;QUOTED-PRINTABLE:A=3D\nEND:VCARD\n"
            "garbage between cards\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:Abgeschnitten\n")
    path = _card(tmp_path, text)
    good, bad_mail, bad_charset, cut = read_vcards(path, store).rows
    assert good.ok
    assert bad_mail.error.text() == "line 9, EMAIL: 'kaputt' is not an e-mail address"
    assert bad_charset.error.text() == "line 13, FN: 'x-nonsense' is not a known character set"
    assert cut.error.text() == "line 16, END: the card is cut off (END:VCARD is missing)"
    preview = read_vcards(path, store)
    with pytest.raises(RowFailed, match=r"card\.vcf, line 9, EMAIL: .*\(and 2 more"):
        preview.apply(store, all_or_nothing=True)
    assert contacts.count_contacts(store) == 0
    assert len(preview.apply(store).created) == 1


def test_a_file_without_cards_is_refused(store, tmp_path):
    with pytest.raises(UnreadableFile, match="no vCard"):
        read_vcards(_card(tmp_path, "Name;E-Mail\nJan;jan@example.org\n"), store)


def test_folding_escapes_and_components():
    text = "NOTE:eins\\nzwei\r\n  drei\r\nFN:x\nNOTE;ENCODING=QUOTED-PRINTABLE:a=\n b\n"
    assert list(logical_lines(text)) == [(1, "NOTE:eins\\nzwei drei"), (3, "FN:x"),
                                         (4, "NOTE;ENCODING=QUOTED-PRINTABLE:a b")]
    assert unescape(r"a\,b\;c\\d\ne") == "a,b;c\\d\ne"
    assert components(r"Doe;John\;Jr;;Dr.\\;") == ["Doe", "John;Jr", "", "Dr.\\", ""]

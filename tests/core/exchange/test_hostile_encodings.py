"""Files in the encodings other programs write: every importer reads "Müller/Straße" as it
is, or refuses the file naming the line; never silent mojibake ("MÃ¼ller", "M?ller", "M�ller")."""

from __future__ import annotations

import codecs
import quopri
import re

import pytest

from delegations.calendar import read_ics
from delegations.errors import ValidationError
from delegations.exchange import import_exchange, read_exchange
from delegations.exchange.csvfile import read_csv
from delegations.exchange.vcard import read_vcards
from delegations.services import agenda, contacts

NAME = "Müller/Straße"
TEXTS = {
    "csv": f"Name;Organisation\r\n{NAME};Amt für Partnerschaften\r\n",
    "vcf": f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{NAME}\r\nEND:VCARD\r\n",
    "ics": ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:e1\r\nSUMMARY:{NAME}\r\nDTSTART;TZID=Europe/Berlin:20260505T100000\r\n"
            "DTEND;TZID=Europe/Berlin:20260505T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
    "json": ('{"format": "delegations-exchange", "version": 1,\n'
             f' "contacts": [{{"ref": "m", "name": "{NAME}"}}]}}\n'),
}
ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16-le-bom": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "cp1252": lambda text: text.encode("cp1252"),
}
# The exchange format is UTF-8 by contract (EXCHANGE.md): other encodings are refused.
JSON_REFUSED = {"utf-16-le-bom", "utf-16-be-bom", "cp1252"}


def imported_names(store, trip_id, kind, path):
    """Import the file for real; the names (titles) the store then holds."""
    if kind == "json":
        import_exchange(store, read_exchange(path))
    elif kind == "ics":
        read_ics(path, store, trip_id).apply(store)
        return [item.title for item in agenda.list_items(store, trip_id)]
    else:
        read = read_csv if kind == "csv" else read_vcards
        read(path, store).apply(store, all_or_nothing=True)
    return [c.name for c in contacts.list_contacts(store)]


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_each_importer_reads_each_encoding_or_names_the_line(store, trip, tmp_path, kind,
                                                             encoding):
    path = tmp_path / f"file.{kind}"
    path.write_bytes(ENCODINGS[encoding](TEXTS[kind]))
    if kind == "json" and encoding in JSON_REFUSED:
        with pytest.raises(ValidationError, match=r"line \d+: the file is not UTF-8"):
            imported_names(store, trip, kind, path)
        assert contacts.list_contacts(store) == []
        return
    assert imported_names(store, trip, kind, path) == [NAME]


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_bytes_of_no_known_encoding_are_refused_at_their_line(store, trip, tmp_path, kind):
    """0x81 is undefined in Windows-1252 and invalid UTF-8: no guess can be right."""
    raw = TEXTS[kind].encode("cp1252").replace("ü".encode("cp1252"), b"\x81")
    line = TEXTS[kind][: TEXTS[kind].index("ü")].count("\n") + 1
    path = tmp_path / f"file.{kind}"
    path.write_bytes(raw)
    with pytest.raises(ValidationError, match=rf"line {line}\b"):
        imported_names(store, trip, kind, path)
    assert contacts.list_contacts(store) == []
    assert agenda.list_items(store, trip) == []


def _qp(charset: str) -> str:
    return quopri.encodestring(NAME.encode(charset)).decode("ascii")


VCARD_21 = {  # vCard 2.1 as Outlook, Android and old phones write it, with LF line ends
    "utf-8": f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('utf-8')}",
    "latin-1": f"FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:{_qp('latin-1')}",
    "windows-1252": f"FN;CHARSET=WINDOWS-1252;QUOTED-PRINTABLE:{_qp('cp1252')}",
    "no charset, utf-8": f"FN;ENCODING=QUOTED-PRINTABLE:{_qp('utf-8')}",
    "no charset, cp1252": f"FN;ENCODING=QUOTED-PRINTABLE:{_qp('cp1252')}",
    "soft line break": "FN;CHARSET=UTF-8;QUOTED-PRINTABLE:M=C3=BCller/=\nStra=C3=9Fe",
    "8-bit latin-1": f"FN;CHARSET=ISO-8859-1:{NAME}",
}


@pytest.mark.parametrize("case", sorted(VCARD_21))
@pytest.mark.parametrize("file_encoding", ["utf-8", "cp1252"])
def test_quoted_printable_vcard_21_with_lf_line_ends(store, tmp_path, case, file_encoding):
    text = f"BEGIN:VCARD\nVERSION:2.1\nN:Müller;Hans\n{VCARD_21[case]}\nEND:VCARD\n"
    path = tmp_path / "outlook.vcf"
    path.write_bytes(text.encode(file_encoding))
    assert imported_names(store, None, "vcf", path) == [NAME]


def test_quoted_printable_text_outside_its_charset_is_an_error_not_a_question_mark(
        store, tmp_path):
    path = tmp_path / "ascii.vcf"
    path.write_text(f"BEGIN:VCARD\nVERSION:2.1\nN:X\nFN;CHARSET=US-ASCII;QUOTED-PRINTABLE:"
                    f"{NAME}\nEND:VCARD\n", encoding="utf-8")
    preview = read_vcards(path, store)
    (row,) = preview.rows
    assert row.error is not None
    assert re.search(r"line 4\b.*US-ASCII", row.error.text())
    with pytest.raises(ValidationError, match="line 4"):
        preview.apply(store, all_or_nothing=True)
    assert contacts.list_contacts(store) == []


def test_calendar_with_undefined_windows_1252_byte_in_a_summary_is_refused(store, trip,
                                                                           tmp_path):
    """Before: decoded with errors='replace', the title became 'M�ller' without a word."""
    text = TEXTS["ics"].replace(NAME, "Empfang")
    raw = text.encode("cp1252").replace(b"Empfang", b"M\xfcller\x8d")
    path = tmp_path / "outlook.ics"
    path.write_bytes(raw)
    with pytest.raises(ValidationError, match=r"line 6\b"):
        read_ics(path, store, trip)

"""Reading an exchange file: bytes → a JSON document, with errors people can act on.

A file from another office may be anything: not UTF-8, cut off, edited by hand.
Each failure becomes one ValidationError that names the file and, where the
parser knows it, the line and column.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NoReturn

from delegations.errors import ValidationError
from delegations.i18n import N_

FORMAT = "delegations-exchange"
VERSION = 1


class UnreadableFile(ValidationError):
    """The file itself is not a JSON document; the message names the file and place."""


def read_exchange(path: str | Path) -> dict[str, Any]:
    """The document in an exchange file (UTF-8, a byte-order mark is tolerated).

    The file's own problems (not UTF-8, not JSON, not an object) raise
    UnreadableFile, a ValidationError naming the file; OSError (missing, unreadable)
    passes through.
    The document's content is checked by `import_exchange`.
    """
    name = str(path)
    from delegations.exchange.limits import check_size

    check_size(path)
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise UnreadableFile("", N_("{file}, line {line}: the file is not UTF-8 text"),
                              file=name, line=line) from None
    document = _parse(text, name)
    if not isinstance(document, dict):
        raise UnreadableFile("", N_("{file}: not an exchange file (a JSON object is expected)"),
                              file=name)
    return document


def _parse(text: str, name: str) -> Any:
    """JSON from text; NaN and Infinity are refused as JSON itself refuses them."""
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as err:
        raise UnreadableFile(
            "", N_("{file}, line {line}, column {column}: not valid JSON ({reason})"),
            file=name, line=err.lineno, column=err.colno, reason=err.msg,
        ) from None
    except (ValueError, RecursionError) as err:
        raise UnreadableFile("", N_("{file}: not valid JSON ({reason})"),
                              file=name, reason=str(err)) from None


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON number")


def check_header(document: Mapping[str, Any]) -> None:
    """Refuse what is not an exchange file, or one from a newer version of the format."""
    if document.get("format") is None:
        raise ValidationError(
            "format", N_("is missing: this is not a Delegations exchange file"))
    if document.get("format") != FORMAT:
        raise ValidationError(
            "format", N_("'{value}' is not a Delegations exchange file (format must be "
                         "'{format}')"), value=document.get("format"), format=FORMAT)
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValidationError("version", N_("'{value}' is not a version of the exchange format"),
                              value=version)
    if version > VERSION:
        raise ValidationError(
            "version", N_("the file is in version {version} of the exchange format; this "
                          "program reads up to version {known}. Please update Delegations."),
            version=version, known=VERSION)

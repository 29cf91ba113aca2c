"""JSON paths for import errors, and the shape checks that go with them.

An import error names the place of the first problem as a JSON path
(`trips[0].agenda[3].timezone`). Each level of the importer wraps its work in
`located(...)`, which puts its own step in front of the path of any ValidationError
raised inside, so the cleaners only ever need to know their own field names.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import Any

from delegations.errors import ValidationError
from delegations.i18n import N_
from delegations.validation import ref


def index(key: str, position: int) -> str:
    """`key[position]`, one step of a path."""
    return f"{key}[{position}]"


@contextlib.contextmanager
def located(step: str) -> Iterator[None]:
    """Errors raised inside get `step` in front of their path."""
    try:
        yield
    except ValidationError as err:
        raise err.at(step) from None


def as_object(value: Any) -> Mapping[str, Any]:
    """A JSON object, or an error at the current place."""
    if not isinstance(value, Mapping):
        raise ValidationError("", N_("must be a JSON object"))
    return value


def as_list(data: Mapping[str, Any], key: str) -> list[Any]:
    """The list under `key` (missing or null: empty)."""
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(key, N_("must be a list"))
    return value


def objects(data: Mapping[str, Any], key: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(path step, object) for each item of the list under `key`.

    Errors raised by the caller while it handles an item are not placed here:
    the caller wraps its work in `located(step)` itself.
    """
    for position, item in enumerate(as_list(data, key)):
        step = index(key, position)
        with located(step):
            obj = as_object(item)
        yield step, obj


def ref_list(data: Mapping[str, Any], key: str) -> list[str]:
    """The refs listed under `key`, each valid and none twice."""
    refs: list[str] = []
    for position, value in enumerate(as_list(data, key)):
        field = index(key, position)
        ref(value, field)
        if value in refs:
            raise ValidationError(field, N_("'{ref}' is listed twice"), ref=value)
        refs.append(value)
    return refs


def optional_ref(data: Mapping[str, Any], key: str) -> str | None:
    """The ref under `key`, or None when it is missing, null or empty."""
    value = data.get(key)
    if value is None or value == "":
        return None
    return ref(value, key)

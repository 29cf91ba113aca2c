"""This program's version, as its installed metadata says (the wheel, an editable install,
and the desktop bundle, which carries the metadata along)."""

from __future__ import annotations


def version() -> str:
    """'0.1.0', or 'unknown' where no metadata is installed (a bare source tree)."""
    from importlib import metadata  # only when asked: the command line starts lean

    try:
        return metadata.version("delegations")
    except metadata.PackageNotFoundError:
        return "unknown"

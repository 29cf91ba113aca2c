"""The command line's own errors, raised by the commands and reported by delegations.cli.entry."""

from __future__ import annotations


class CommandError(Exception):
    """A data error whose text is complete (it already names the file and place)."""


class UsageError(Exception):
    """Options that do not fit together: exit status 2, like argparse's own errors."""

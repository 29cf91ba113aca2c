"""The command line (CLI.md): the same services as the window, for scripts and people.

`entry` parses the arguments and reports the outcome; each command lives in its own
module (`commands`, `backup`, `ics`, `printing`), imported only when it runs, so that
`--help` and wrong usage answer at once and `trips` does not load reportlab or
icalendar. `errors` is below them all: the commands raise, `entry` reports.
"""

from delegations.cli.entry import main

__all__ = ["main"]

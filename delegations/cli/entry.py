"""The command line's parser and reporter (CLI.md).

Exit status 0 on success, 2 for wrong usage (argparse's convention), 1 for a data
error, reported as one line on stderr that names the file and the place in it, never
as a traceback. A failing command changes nothing: imports run in one transaction,
and output files are moved into place only when complete.

This module only parses and reports; each command is a function in a module of
delegations.cli, imported once that command runs, so that `--help` and wrong usage
answer at once instead of loading the database layer (or reportlab) first.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from delegations.cli.errors import CommandError, UsageError
from delegations.cli.papers import PAPERS, add_paper_options
from delegations.enums import TripStatus
from delegations.errors import DelegationsError
from delegations.i18n import gettext as _
from delegations.version import version

PROG = "delegations"
IMPORT_TYPES = (".json", ".ics", ".vcf", ".csv")
EXPORT_TYPES = (".json", ".ics", ".csv", ".vcf")  # .vcf: an extension of CLI.md
DOCUMENTS = ("itinerary", "briefing", "followup", "report", "seating", "placecards",
             "tablecards", "tischliste", *PAPERS)


# ---------------------------------------------------------------------------- the parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description=_("Plans delegation trips and visits for a city's "
                                 "international office; the command line for scripts."),
        epilog=_("Exit status: 0 success, 1 a data error (one line naming the file and "
                 "place), 2 wrong usage."))
    parser.add_argument("--db", metavar="PATH_OR_URL", help=_(
        "SQLite file or SQLAlchemy URL of the store (default: $DELEGATIONS_DB, else the "
        "file in the user's data folder)"))
    parser.add_argument("--version", action=_Version, nargs=0,
                        help=_("show program's version number and exit"))
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                     title=_("commands"))
    for add in (_add_demo, _add_trips, _add_import, _add_export, _add_print, _add_backup,
                _add_privacy):
        add(commands)
    return parser


class _Version(argparse.Action):
    """--version, looked up when asked for (reading the package metadata takes a while)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        print(f"{parser.prog} {version()}")
        parser.exit()




def _command(commands: Any, name: str, help_text: str,
             run: str | None) -> argparse.ArgumentParser:
    """A subcommand; `run` names its function as "module.function" in delegations.cli
    (None: not yet)."""
    sub: argparse.ArgumentParser = commands.add_parser(name, help=help_text,
                                                       description=help_text)
    sub.set_defaults(run=run, parser=sub)
    return sub


def _add_demo(commands: Any) -> None:
    _command(commands, "demo", _("load the demo data set (Kiel) into the store"),
             "commands.run_demo")


def _add_trips(commands: Any) -> None:
    sub = _command(commands, "trips", _("list the trips"), "listing.run_trips")
    sub.add_argument("--year", type=_year, help=_("only trips that touch this year"))
    sub.add_argument("--status", choices=[s.value for s in TripStatus],
                     help=_("only trips with this status"))
    sub.add_argument("--json", action="store_true",
                     help=_("print a JSON array (the same in every language)"))


def _year(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 9999:
        raise argparse.ArgumentTypeError(_("'{value}' is not a year").format(value=text))
    return int(text)


def _add_import(commands: Any) -> None:
    sub = _command(commands, "import", _(
        "import a file: .json exchange file; .ics agenda items, .csv participants (into "
        "--trip); .vcf or .csv contacts"), "commands.run_import")
    _file_and_trip(sub)
    sub.add_argument("--replace", action="store_true", help=_(
        "an exchange file replaces what it does not mention (its trips' participants, "
        "programme, travel… and fields it leaves out); without it they stay"))


def _add_export(commands: Any) -> None:
    sub = _command(commands, "export", _(
        "export to a file: .json exchange file (the whole store, or --trip); .ics a trip's "
        "programme; .csv participants or contacts; .vcf contacts"), "commands.run_export")
    _file_and_trip(sub)
    sub.add_argument("--participant", metavar="P", help=_(
        "a participant's ref or unique name (.ics only)"))


def _file_and_trip(sub: argparse.ArgumentParser) -> None:
    """FILE, and the --trip it is read into or written from (import and export alike)."""
    sub.add_argument("file", metavar="FILE", type=Path)
    sub.add_argument("--trip", metavar="TRIP", help=_("the trip's ref or id"))


def _add_print(commands: Any) -> None:
    sub = _command(commands, "print", _(
        "print a trip's itinerary, briefing pack or follow-up brief to PDF; the seating "
        "papers (chart a4|a3, place and table cards a4|a5|2up, Tischliste) with "
        "--variant; the protocol papers: badges, letters, rooming list (also --csv), car "
        "list, gift register"), "printing.run_print")
    sub.add_argument("document", metavar="DOCUMENT", choices=DOCUMENTS,
                     help=" | ".join(DOCUMENTS))
    sub.add_argument("--out", metavar="FILE.pdf", type=Path, required=True)
    sub.add_argument("--trip", metavar="TRIP")
    sub.add_argument("--year", type=_year)
    sub.add_argument("--lang", choices=("de", "en"))
    sub.add_argument("--variant", choices=("full", "external", "participant", "a4", "a3",
                                           "a5", "2up"))
    sub.add_argument("--participant", metavar="P")
    sub.add_argument("--item", metavar="ITEM", help=_(
        "the programme item's ref (seating papers; default: the trip's seated item)"))
    add_paper_options(sub)


def _add_backup(commands: Any) -> None:
    for name, help_text, run in (
            ("backup", _("write a checked, consistent copy of the store to FILE (also while "
                         "the app has it open)"), "backup.run_backup"),
            ("restore", _("replace the store from the backup FILE after checking it; the "
                          "old store is kept beside it, renamed"), "backup.run_restore")):
        sub = _command(commands, name, help_text, run)
        sub.add_argument("file", metavar="FILE", type=Path)


def _add_privacy(commands: Any) -> None:
    sub = _command(commands, "export-person", _(
        "write everything the store holds about one person to FILE (.json or .pdf)"),
        "privacy.run_export_person")
    sub.add_argument("person", metavar="PERSON", help=_(
        "a person's key (contact:12, participant:7) or a text that finds only them"))
    sub.add_argument("file", metavar="FILE", type=Path)
    sub.add_argument("--lang", choices=("de", "en"))
    sub = _command(commands, "anonymise", _(
        "anonymise one person everywhere (cannot be undone); lists mentions by part of "
        "their name and the copies that still hold their data"), "privacy.run_anonymise")
    sub.add_argument("person", metavar="PERSON", help=_(
        "a person's key (contact:12, participant:7) or a text that finds only them"))
    sub.add_argument("--also", metavar="WORD", action="append", help=_(
        "also remove this word (a part of their name) from every text; repeatable"))
    sub.add_argument("--dry-run", action="store_true", help=_(
        "only list what would be done; change nothing"))


# ---------------------------------------------------------------------------- running


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit status. Without `argv` (the program's own arguments),
    the process ends after it: see _ending."""
    _tolerant_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with _ending(whole_process=argv is None):
            return _dispatch(args)
    except UsageError as err:
        command: argparse.ArgumentParser = args.parser
        command.error(str(err))  # exits with status 2, after the command's usage
    except KeyboardInterrupt:
        return _fail(_("interrupted; nothing was changed"), status=130)
    except (CommandError, DelegationsError) as err:
        return _fail(str(err))
    except BrokenPipeError:  # `delegations trips | head`: the reader has all it wanted
        _silence_stdout()
        return 1
    except OSError as err:
        return _fail(_os_text(err))
    except Exception as err:
        if not _is_database_error(err):
            return _fail(_bug_text(err))
        return _fail(str(getattr(err, "orig", None) or err))


@contextlib.contextmanager
def _ending(whole_process: bool) -> Iterator[None]:
    """When the command is the whole process, its objects are left to the operating
    system: the collector's last sweeps over the database layer's many objects at exit
    would take longer than a listing (atexit handlers still run, files are closed)."""
    try:
        yield
    finally:
        if whole_process:
            gc.freeze()


def _dispatch(args: argparse.Namespace) -> int:
    _check_usage(args)
    if args.run is None:
        raise CommandError(_("'{command}' is not available yet").format(command=args.command))
    module, function = args.run.rsplit(".", 1)
    commands = importlib.import_module(f"delegations.cli.{module}")
    return int(getattr(commands, function)(args))


def _check_usage(args: argparse.Namespace) -> None:
    """What argparse cannot see: the file type, and options that do not fit it."""
    if args.command == "import":
        suffix = _file_type(args.file, IMPORT_TYPES)
        if suffix == ".json" and args.trip:
            raise UsageError(_("--trip is for .ics and .csv files; an exchange file brings "
                               "its own trips"))
        if suffix == ".vcf" and args.trip:
            raise UsageError(_("--trip is for .ics and .csv files; a vCard file holds "
                               "contacts"))
        if suffix != ".json" and getattr(args, "replace", False):
            raise UsageError(_("--replace is for .json exchange files"))
    elif args.command == "export":
        suffix = _file_type(args.file, EXPORT_TYPES)
        if suffix != ".ics" and args.participant:
            raise UsageError(_("--participant is for .ics files"))
        if suffix == ".vcf" and args.trip:
            raise UsageError(_("--trip is for .json, .ics and .csv files; a vCard file "
                               "holds contacts"))


def _file_type(path: Path, allowed: Sequence[str]) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise UsageError(_("{file}: the file name must end in {allowed}").format(
            file=path, allowed=", ".join(allowed)))
    return suffix


def _is_database_error(err: Exception) -> bool:
    """An SQLAlchemy error (locked or unreachable database), without importing SQLAlchemy."""
    errors = sys.modules.get("sqlalchemy.exc")
    return errors is not None and isinstance(err, errors.SQLAlchemyError)


def _tolerant_streams() -> None:
    """A terminal that cannot show 杭州 gets '?' rather than a crash."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]


def _silence_stdout() -> None:
    """Point stdout at the null device, so that flushing at exit does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _bug_text(err: Exception) -> str:
    """A fault in the program: said in one line, reported without personal data (the
    exception's message may hold values, so only its type and stack are kept)."""
    from delegations.crashlog import write_report
    from delegations.paths import data_dir

    try:
        where = str(write_report(err, data_dir() / "logs"))
    except OSError:
        where = "-"
    return _("unexpected error ({kind}), a fault in the program; nothing was changed. "
             "A report without personal data: {file}").format(kind=type(err).__name__,
                                                              file=where)


def _fail(message: str, status: int = 1) -> int:
    """Report a data error: one line on stderr."""
    line = " ".join(message.splitlines())
    label = _("error")
    print(f"{PROG}: {label}: {line}", file=sys.stderr)
    return status


def _os_text(err: OSError) -> str:
    if err.filename is not None and err.strerror:
        return f"{err.filename}: {err.strerror}"
    return err.strerror or str(err)

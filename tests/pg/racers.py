"""Two planners at once: a process that runs one store operation per command, on cue.

    python -m tests.pg.racers URL

reads JSON commands, one a line: {"op": ..., "at": <time.time() to start at>, ...}; it
waits until `at` (the barrier: both racers get the same moment), runs the operation and
answers one JSON line: {"ok": ...} or {"error": <class name>, "message": ...}. The store
is opened when the first command needs it (a "migrate" command opens it itself).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import delegations.services  # noqa: F401  (the audit log and search index, as in the program)
from delegations.storage.store import Store, open_store


def _seat(store: Store, cmd: dict[str, Any]) -> Any:
    from delegations.services import participants

    row, _ = participants.add_participant(
        store, cmd["trip"], {"name": cmd["name"], "status": "confirmed"})
    return str(row.status)


def _edit(store: Store, cmd: dict[str, Any]) -> Any:
    from delegations.services import trips

    return trips.update_trip(store, cmd["trip"], cmd["changes"], version=cmd["version"]).notes


def _preview(store: Store, cmd: dict[str, Any]) -> Any:
    """Read a contacts file now, as the import window does before the planner says go."""
    from delegations.exchange.csvfile.reader import read_csv

    return read_csv(cmd["file"], store)


def _warm(store: Store, _cmd: dict[str, Any]) -> Any:
    """Load what an import loads, so that the first race does not wait for it."""
    from delegations.exchange import importer  # noqa: F401
    from delegations.exchange.csvfile import reader  # noqa: F401

    return None


def _import_contacts(store: Store, cmd: dict[str, Any]) -> Any:
    result = cmd["prepared"].apply(store)
    return len(result.created)


def _import_exchange(store: Store, cmd: dict[str, Any]) -> Any:
    from delegations.exchange.importer import import_exchange

    document = json.loads(Path(cmd["file"]).read_text(encoding="utf-8"))
    import_exchange(store, document)
    return "ok"


def _migrate(url: str, _cmd: dict[str, Any]) -> Any:
    open_store(url).close()
    return "ok"


_ROOT = Path(__file__).resolve().parents[2]
OPS: dict[str, Callable[[Store, dict[str, Any]], Any]] = {
    "open": lambda _store, _cmd: "ok", "seat": _seat, "edit": _edit,
    "import_contacts": _import_contacts,
    "import_exchange": _import_exchange}
#: Work done as soon as a command arrives, before the racers' common moment.
PREPARE: dict[str, Callable[[Store, dict[str, Any]], Any]] = {
    "import_contacts": _preview, "open": _warm}


def serve(url: str) -> None:
    store: Store | None = None
    for line in sys.stdin:
        cmd = json.loads(line)
        try:
            if cmd["op"] in PREPARE:
                store = store or open_store(url)
                cmd["prepared"] = PREPARE[cmd["op"]](store, cmd)
            time.sleep(max(0.0, cmd.get("at", 0) - time.time()))
            if cmd["op"] == "migrate":
                result = _migrate(url, cmd)
            else:
                store = store or open_store(url)
                result = OPS[cmd["op"]](store, cmd)
            answer = {"ok": result}
        except Exception as exc:
            answer = {"error": type(exc).__name__, "message": str(exc)}
        print(json.dumps(answer), flush=True)
    if store is not None:
        store.close()


class Racers:
    """Two (or more) racer processes on one database, given commands at the same moment."""

    def __init__(self, url: str, count: int = 2) -> None:
        self.procs = [subprocess.Popen(
            [sys.executable, "-m", "tests.pg.racers", url], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, encoding="utf-8", cwd=_ROOT) for _ in range(count)]

    def race(self, *commands: dict[str, Any], delay: float = 0.3) -> list[dict[str, Any]]:
        """Each racer runs its command at the same moment; their answers."""
        at = time.time() + delay
        for proc, cmd in zip(self.procs, commands, strict=True):
            assert proc.stdin is not None
            proc.stdin.write(json.dumps({**cmd, "at": at}) + "\n")
            proc.stdin.flush()
        answers = []
        for proc in self.procs:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert line, f"racer {proc.pid} ended early"
            answers.append(json.loads(line))
        return answers

    def close(self) -> None:
        for proc in self.procs:
            if proc.stdin:
                proc.stdin.close()
        for proc in self.procs:
            proc.wait(timeout=60)
            if proc.stdout:
                proc.stdout.close()


if __name__ == "__main__":
    serve(sys.argv[1])

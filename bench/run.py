"""Times the everyday work on a large office database, each row beside its floor.

    python bench/run.py [--repeat N] [--growth] [--out DIR]        (make bench)

Builds bench/out/office.sqlite (2,000 trips, 20,000 contacts, 100,000 agenda items, 10,000
follow-ups; see generate.py) and bench/out/demo.sqlite (the demo office) once (--out DIR:
there instead, say outside the checkout, to keep them between checkouts). Whole
processes (start-up, the command line, printing) are timed as processes with peak memory,
in turn with a floor measured in the same run: a bare PySide6 window, `python -c pass`, raw
reportlab. Work inside the process is timed with perf_counter. Figures are medians.
--growth also builds a store ten times as large and compares start-up, searches and
opening a trip at both sizes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import build  # noqa: E402
from bench.measure import Pair, Sample, paired, run_inline, run_process, table  # noqa: E402

if TYPE_CHECKING:
    from delegations.storage.store import Store

OUT = ROOT / "bench" / "out"
PY = sys.executable


def _env(home: Path) -> dict[str, str]:
    """Offscreen, the bench's own settings and data folders, and compiled modules kept
    (in the bench's folder) as an installed program has them."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
           "PYTHONPYCACHEPREFIX": str(OUT / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env["DELEGATIONS_HOME"] = str(home / "app")
    return env


def ensure_stores(scale: float = 1.0) -> tuple[Path, Path]:
    """The bench office (built once per scale) and the demo office."""
    OUT.mkdir(exist_ok=True)
    office = OUT / ("office.sqlite" if scale == 1 else f"office-{scale:g}x.sqlite")
    if not office.exists():
        start = time.perf_counter()
        sizes = build(office, scale=scale)
        print(f"built {office.name} {sizes} in {time.perf_counter() - start:.1f} s")
    demo = OUT / "demo.sqlite"
    if not demo.exists():
        run_process([PY, "-m", "delegations", "--db", str(demo), "demo"])
    for store in (office, demo):
        _upgraded(store)
    return office, demo


def _upgraded(path: Path) -> None:
    """A store built by an older checkout brought to the current schema (reading commands
    refuse an old one), as the app would on opening it: with a backup beside it."""
    from delegations.storage.store import open_store

    open_store(path).close()


def process_rows(office: Path, demo: Path, home: Path, repeat: int) -> list[Pair]:
    env = _env(home)

    def proc(*cmd: str):
        return lambda: run_process([PY, *cmd], env)

    pdf, floor_pdf = home / "itinerary.pdf", home / "floor.pdf"
    return [
        paired("start to a usable main window", proc(str(ROOT / "bench/app_window.py"),
                                                     str(office)),
               proc(str(ROOT / "bench/floor_window.py")), repeat, "≤ 2× time, ≤ 2× memory"),
        paired("`delegations trips`", proc("-m", "delegations", "--db", str(office), "trips"),
               proc("-c", "pass"), repeat, "≤ 0.15 s"),
        paired("`print itinerary` (San Francisco, demo)",
               proc("-m", "delegations", "--db", str(demo), "print", "itinerary", "--trip",
                    "sf-2026", "--out", str(pdf)),
               proc(str(ROOT / "bench/floor_reportlab.py"), str(floor_pdf), "60"), repeat,
               "≤ 1.5×"),
    ]


def inline_rows(office: Path, repeat: int) -> list[Pair]:
    """Work inside one process, on the open bench office."""
    from delegations.documents import DocumentRequest, document_bytes
    from delegations.services import conflicts, contacts, trips
    from delegations.services.dto import TripFilter
    from delegations.storage.store import open_store

    store = open_store(office)
    try:
        busiest = trips.list_trips(store, TripFilter(limit=1))[0].id
        work = {
            "contacts search 'Müller', first 100": (
                lambda: contacts.list_contacts(store, search="Müller", limit=100), "≤ 16 ms"),
            "trips search 'Gdańsk'": (
                lambda: trips.list_trips(store, TripFilter(search="Gdańsk", limit=100)),
                "≤ 16 ms"),
            "yearly report 2019": (
                lambda: document_bytes(store, DocumentRequest("report", year=2019)), "≤ 150 ms"),
            "trips list, first page (100)": (
                lambda: trips.list_trips(store, TripFilter(limit=100)), ""),
            "one trip with everything": (lambda: trips.get_trip(store, busiest), ""),
            # what the Follow-ups section reads: how many, the first page, the due line
            "open follow-ups": (lambda: _open_follow_ups(store), ""),
            "conflict checks of one trip": (lambda: conflicts.check_trip(store, busiest), ""),
        }
        return [paired(name, lambda f=f: run_inline(f), None, repeat, goal)
                for name, (f, goal) in work.items()]
    finally:
        store.close()


def _open_follow_ups(store: Store) -> None:
    """The Follow-ups section's default list as it reads it: counted, the first page
    (sorted by the database) and the due summary."""
    from delegations.services import followups
    from delegations.services.followups import OPEN, FollowUpFilter

    flt = FollowUpFilter(statuses=frozenset(OPEN))
    followups.count_follow_ups(store, flt)
    followups.filter_follow_ups(store, flt, limit=200)
    followups.due_summary(store)


def growth_rows(home: Path, repeat: int) -> list[Pair]:
    """The same work at 1× and 10× the data: the ratio should stay under 2×."""
    small, _demo = ensure_stores(1)
    large, _demo = ensure_stores(10)
    rows = []
    for name, small_row, large_row in zip(
            ("start", "contacts search", "trips search", "open a trip"),
            _growth_work(small, home, repeat), _growth_work(large, home, repeat), strict=True):
        rows.append(Pair(f"{name}: 10× data vs 1×", large_row, small_row, "≤ 2×"))
    return rows


def _growth_work(office: Path, home: Path, repeat: int) -> list[Sample]:
    start = paired("", lambda: run_process([PY, str(ROOT / "bench/app_window.py"),
                                            str(office)], _env(home)), None, repeat).work
    inline = {pair.name: pair.work for pair in inline_rows(office, repeat)}
    return [start, inline["contacts search 'Müller', first 100"],
            inline["trips search 'Gdańsk'"], inline["one trip with everything"]]


def main() -> None:
    global OUT  # one bench folder for the whole run
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--growth", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT, help="where the bench stores are "
                        "built once and kept (default: bench/out)")
    args = parser.parse_args()
    OUT = args.out.resolve()
    office, demo = ensure_stores()
    with tempfile.TemporaryDirectory(prefix="delegations-bench-") as tmp:
        home = Path(tmp)
        rows = process_rows(office, demo, home, args.repeat) + inline_rows(office, args.repeat)
        if args.growth:
            rows += growth_rows(home, args.repeat)
    print(f"Python {sys.version.split()[0]} on {os.cpu_count()} cores, {sys.platform}")
    print(table(rows))


if __name__ == "__main__":
    main()

"""Timing primitives for the bench: whole processes (wall time and peak memory, read from
the operating system when the child ends) and work inside this process, each paired with
its floor and run in turn with it, so that both see the same machine at the same moment."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    seconds: float
    peak_mib: float | None  # None where the system does not say (Windows)


@dataclass(frozen=True)
class Pair:
    """One bench row: the work's median beside its floor's median."""

    name: str
    work: Sample
    floor: Sample | None
    goal: str = ""

    @property
    def ratio(self) -> float | None:
        return self.work.seconds / self.floor.seconds if self.floor else None


# Started by a small launcher rather than by the bench itself: a child forked from a large
# process reports that process's memory as its own peak (Linux keeps the high-water mark
# across exec), and the bench holds a whole office in memory.
_LAUNCHER = """
import os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
if hasattr(os, "wait4"):
    _pid, status, usage = os.wait4(child.pid, 0)
    code, peak = os.waitstatus_to_exitcode(status), usage.ru_maxrss
else:
    code, peak = child.wait(), -1
print(time.perf_counter() - start, peak, code)
"""


def run_process(cmd: Sequence[str], env: dict[str, str] | None = None) -> Sample:
    """One run of a whole process: wall time, and peak resident memory where known."""
    done = subprocess.run([sys.executable, "-c", _LAUNCHER, *cmd], env=env,
                          capture_output=True, text=True, check=False)
    seconds, peak, code = done.stdout.split()[-3:] if done.stdout else ("0", "-1", "1")
    if int(code) or done.returncode:
        raise RuntimeError(f"{list(cmd)} failed ({code}): {done.stderr[-2000:]}")
    kib = int(peak)
    per_mib = 1024**2 if sys.platform == "darwin" else 1024  # macOS counts bytes
    return Sample(float(seconds), kib / per_mib if kib >= 0 else None)


def run_inline(work: Callable[[], object]) -> Sample:
    start = time.perf_counter()
    work()
    return Sample(time.perf_counter() - start, None)


def median(samples: list[Sample]) -> Sample:
    peaks = [s.peak_mib for s in samples if s.peak_mib is not None]
    return Sample(statistics.median(s.seconds for s in samples),
                  statistics.median(peaks) if peaks else None)


def paired(name: str, work: Callable[[], Sample], floor: Callable[[], Sample] | None,
           repeat: int, goal: str = "") -> Pair:
    """Work and floor alternately, `repeat` times each (after one warm-up of each)."""
    work()
    if floor:
        floor()
    works: list[Sample] = []
    floors: list[Sample] = []
    for _ in range(repeat):
        works.append(work())
        if floor:
            floors.append(floor())
    return Pair(name, median(works), median(floors) if floor else None, goal)


def table(pairs: list[Pair]) -> str:
    """The bench's table in Markdown, for the terminal and the README alike."""
    lines = ["| work | figure | floor | ratio | goal |", "| --- | --- | --- | --- | --- |"]
    for pair in pairs:
        lines.append(f"| {pair.name} | {_show(pair.work)} | "
                     f"{_show(pair.floor) if pair.floor else '—'} | "
                     f"{f'{pair.ratio:.1f}×' if pair.ratio else '—'} | {pair.goal} |")
    return "\n".join(lines)


def _show(sample: Sample) -> str:
    figure = f"{sample.seconds * 1000:.0f} ms" if sample.seconds < 1 else f"{sample.seconds:.2f} s"
    return figure + (f", {sample.peak_mib:.0f} MiB" if sample.peak_mib else "")

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
    cpu: float | None = None  # user + system seconds of a whole process, where known


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

    @property
    def cpu_ratio(self) -> float | None:
        """The same in CPU time: less disturbed when other work shares the machine."""
        if self.floor and self.work.cpu and self.floor.cpu:
            return self.work.cpu / self.floor.cpu
        return None


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
    cpu = usage.ru_utime + usage.ru_stime
else:
    code, peak, cpu = child.wait(), -1, -1
print(time.perf_counter() - start, peak, cpu, code)
"""


def run_process(cmd: Sequence[str], env: dict[str, str] | None = None) -> Sample:
    """One run of a whole process: wall time, and peak resident memory where known."""
    done = subprocess.run([sys.executable, "-c", _LAUNCHER, *cmd], env=env,
                          capture_output=True, text=True, check=False)
    seconds, peak, cpu, code = (done.stdout.split()[-4:] if done.stdout
                                else ("0", "-1", "-1", "1"))
    if int(code) or done.returncode:
        raise RuntimeError(f"{list(cmd)} failed ({code}): {done.stderr[-2000:]}")
    kib = int(peak)
    per_mib = 1024**2 if sys.platform == "darwin" else 1024  # macOS counts bytes
    return Sample(float(seconds), kib / per_mib if kib >= 0 else None,
                  float(cpu) if float(cpu) >= 0 else None)


def run_inline(work: Callable[[], object]) -> Sample:
    start, cpu = time.perf_counter(), time.process_time()
    work()
    return Sample(time.perf_counter() - start, None, time.process_time() - cpu)


def median(samples: list[Sample]) -> Sample:
    peaks = [s.peak_mib for s in samples if s.peak_mib is not None]
    cpus = [s.cpu for s in samples if s.cpu is not None]
    return Sample(statistics.median(s.seconds for s in samples),
                  statistics.median(peaks) if peaks else None,
                  statistics.median(cpus) if cpus else None)


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
        ratio = f"{pair.ratio:.1f}×" if pair.ratio else "—"
        if pair.cpu_ratio:
            ratio += f" (CPU {pair.cpu_ratio:.1f}×)"
        lines.append(f"| {pair.name} | {_show(pair.work)} | "
                     f"{_show(pair.floor) if pair.floor else '—'} | {ratio} | {pair.goal} |")
    return "\n".join(lines)


def _time(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _show(sample: Sample) -> str:
    figure = _time(sample.seconds)
    if sample.cpu is not None:
        figure += f" (CPU {_time(sample.cpu)})"
    return figure + (f", {sample.peak_mib:.0f} MiB" if sample.peak_mib else "")

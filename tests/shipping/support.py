"""What the wheel and bundle tests share: running an installed program outside the
repository, and reading back the itinerary it printed."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


def run(cmd: list[str | Path], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run an installed program from `cwd` (never the repository) offscreen, in English."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "LANGUAGE": "en",
           "PYTHONPATH": "", "PYTHONNOUSERSITE": "1"}
    env.pop("DELEGATIONS_DB", None)
    result = subprocess.run([str(part) for part in cmd], cwd=cwd, env=env, text=True,
                            capture_output=True, timeout=timeout, check=False)
    assert result.returncode == 0, f"{cmd} failed:\n{result.stdout}\n{result.stderr}"
    return result


def itinerary_text(pdf: Path) -> str:
    """The printed itinerary's text, after checking that its fonts are embedded."""
    reader = PdfReader(pdf)
    fonts = {str(font.get("/BaseFont")) for page in reader.pages
             for font in (page["/Resources"].get("/Font") or {}).values()
             for font in [font.get_object()]}
    assert any("DejaVuSans" in name for name in fonts), fonts
    return "\n".join(page.extract_text() for page in reader.pages)


def demo_and_itinerary(cli: Path, cwd: Path) -> str:
    """Load the demo into a new store with the installed CLI and print an itinerary."""
    db = cwd / "Büro Kämpfer" / "office.sqlite"
    db.parent.mkdir()
    run([cli, "--db", db, "demo"], cwd)
    out = cwd / "Reise SF.pdf"
    run([cli, "--db", db, "print", "itinerary", "--trip", "sf-2026", "--lang", "en",
         "--out", out], cwd)
    return itinerary_text(out)

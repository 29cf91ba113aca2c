"""Where the shared corpus of real files from other programs lives: `../shared/corpus`
beside the repository (as on the developers' machines and in CI), else /work/shared."""

from __future__ import annotations

from pathlib import Path

_PLACES = (Path(__file__).resolve().parents[2] / "shared", Path("/work/shared"))
CORPUS = next((p for p in _PLACES if (p / "corpus").is_dir()), _PLACES[-1]) / "corpus"

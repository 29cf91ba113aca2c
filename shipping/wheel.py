"""Build the wheel: `python -m shipping.wheel OUT_DIR` (or `make wheel`).

The build runs on a clean copy of the files git tracks (plus the compiled translations,
which are build output), so nothing left over in the working tree ends up in the wheel,
and the wheel is checked for the parts the installed app needs before it is handed over.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = (
    "delegations/resources/fonts/DejaVuSans.ttf",
    "delegations/resources/fonts/DroidSansFallbackFull.ttf",
    "delegations/resources/demo/kiel.json",
    "delegations/resources/icons/trips.svg",
    "delegations/resources/translations/delegations_de.qm",
    "delegations/resources/translations/delegations_en.qm",
    "delegations/resources/THIRD-PARTY-NOTICES.md",
    "delegations/migrations/env.py",
    "ui/launch.py",
)


class BuildError(Exception):
    """The wheel could not be built, or lacks a part the app needs."""


def source_files(root: Path = ROOT) -> list[Path]:
    """The files a build starts from: what git tracks or would track (not ignored), and the
    compiled translations."""
    command = ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"]
    listed = subprocess.run(command, cwd=root, capture_output=True,
                            check=True).stdout.decode("utf-8").split("\0")
    tracked = [Path(name) for name in listed if name and (root / name).is_file()]
    compiled = [p.relative_to(root) for p in (root / "resources/translations").glob("*.qm")]
    return tracked + compiled


def build(out_dir: Path, root: Path = ROOT) -> Path:
    """Build the wheel into `out_dir` and return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="delegations-wheel-") as tmp:
        clean = Path(tmp) / "src"
        for name in source_files(root):
            (clean / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / name, clean / name)
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                        "--no-build-isolation", "--disable-pip-version-check",
                        "-w", tmp, str(clean)], check=True)
        built = next(Path(tmp).glob("delegations-*.whl"))
        check(built)
        target = out_dir / built.name
        shutil.move(str(built), target)
    return target


def check(wheel: Path) -> None:
    """Refuse a wheel that lacks a part the installed app needs."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise BuildError(f"{wheel.name} lacks: {', '.join(missing)} "
                         "(were the translations built? `make translations`)")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        print(build(Path(args[0] if args else "dist")))
    except (BuildError, subprocess.CalledProcessError) as exc:
        print(f"wheel not built: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

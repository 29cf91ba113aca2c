"""Build the desktop bundle: `python -m shipping.bundle OUT_DIR` (or `make bundle`).

PyInstaller makes one folder, OUT_DIR/Delegations, with the window program `Delegations`
and the command line `delegations-cli`, for the system it runs on: on Windows that folder
is what shipping/windows/delegations.iss turns into an installer; on Linux a .desktop file
beside the programs gives the start-menu entry.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "shipping" / "delegations.spec"
ICON_SOURCE = ROOT / "resources" / "icons" / "trips.svg"


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def render_icon(target: Path, size: int = 256) -> Path:
    """The app icon as `target` (.png) and beside it as .ico (programs and installer)."""
    code = ("import sys\nfrom PySide6.QtGui import QGuiApplication, QIcon\n"
            "app = QGuiApplication([])\n"
            f"pixmap = QIcon(sys.argv[1]).pixmap({size}, {size})\n"
            "ok = pixmap.save(sys.argv[2], 'PNG') and pixmap.save(sys.argv[3], 'ICO')\n"
            "sys.exit(0 if ok else 1)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code, str(ICON_SOURCE), str(target),
                    str(target.with_suffix(".ico"))], env=env, check=True)
    return target


def version_resource(target: Path, number: str) -> Path:
    """The Windows version resource (file properties ▸ details); ignored elsewhere."""
    parts = (*(int(p) for p in number.split(".")[:3]), 0, 0, 0, 0)[:4]
    strings = {"CompanyName": "The Delegations authors", "FileDescription": "Delegations",
               "FileVersion": number, "ProductName": "Delegations", "ProductVersion": number,
               "LegalCopyright": "MIT licence, see LICENSE", "InternalName": "Delegations",
               "OriginalFilename": "Delegations.exe"}
    entries = ",\n".join(f"        StringStruct({k!r}, {v!r})" for k, v in strings.items())
    target.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={parts}, prodvers={parts}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040704b0', [
{entries}
    ])]),
    VarFileInfo([VarStruct('Translation', [0x0407, 1200])])
  ]
)
""", encoding="utf-8")
    return target


def desktop_entry(folder: Path) -> Path:
    """The Linux start-menu entry, pointing at the programs in `folder`."""
    entry = folder / "delegations.desktop"
    entry.write_text("[Desktop Entry]\nType=Application\nName=Delegations\n"
                     "Comment=Delegation trips and visits of the international office\n"
                     "Comment[de]=Delegationsreisen und Besuche des Büros für "
                     "Internationales\n"
                     f"Exec=\"{folder / 'Delegations'}\"\nIcon={folder / 'delegations.png'}\n"
                     "Categories=Office;\nTerminal=false\n", encoding="utf-8")
    return entry


def build(out_dir: Path) -> Path:
    """Build the bundle; the folder with the programs."""
    with tempfile.TemporaryDirectory(prefix="delegations-bundle-") as tmp:
        work = Path(tmp)
        icon = render_icon(work / "delegations.png")
        env = {**os.environ, "DELEGATIONS_BUNDLE_ICON": str(icon.with_suffix(".ico")),
               "DELEGATIONS_BUNDLE_VERSION_FILE": str(version_resource(
                   work / "version_info.txt", version()))}
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level",
                        "WARN", "--distpath", str(out_dir), "--workpath", str(work / "build"),
                        str(SPEC)], env=env, check=True)
        folder = out_dir / "Delegations"
        for kind in (".png", ".ico"):
            (folder / f"delegations{kind}").write_bytes(icon.with_suffix(kind).read_bytes())
    if sys.platform.startswith("linux"):
        desktop_entry(folder)
    return folder


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        print(build(Path(args[0] if args else "dist").resolve()))
    except subprocess.CalledProcessError as exc:
        print(f"bundle not built: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`delegations-app --check`: is this installation complete?

For IT after installing on an office PC, and for the tests of the wheel and the desktop
bundle: the app starts, builds its main window, and says which of its parts it could not
find (fonts, icons, translations, demo data, the Qt modules for preview and printing).
"""

from __future__ import annotations

import importlib

from PySide6.QtGui import QIcon, QImageReader

from delegations.paths import resource
from delegations.version import version
from ui.translations import CATALOG

_FILES = (
    ("fonts", "DejaVuSans.ttf"), ("fonts", "DejaVuSans-Bold.ttf"),
    ("fonts", "DejaVuSans-Oblique.ttf"), ("fonts", "DroidSansFallbackFull.ttf"),
    ("demo", "kiel.json"), ("translations", f"{CATALOG}_de.qm"),
    ("translations", f"{CATALOG}_en.qm"), ("THIRD-PARTY-NOTICES.md",),
    ("guide", "guide_de.md"), ("guide", "guide_en.md"),
)
_QT_MODULES = ("PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport",
               "PySide6.QtCharts")


def missing_parts() -> list[str]:
    """What this installation lacks, one line each; empty when it is complete."""
    missing = [f"file {'/'.join(parts)}" for parts in _FILES if not resource(*parts).is_file()]
    missing += [f"icon {name}" for name in _unreadable_icons()]
    if b"svg" not in QImageReader.supportedImageFormats():
        missing.append("Qt's SVG image plugin")
    for module in _QT_MODULES:
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(f"Qt module {module}")
    return missing


def _unreadable_icons() -> list[str]:
    icons = sorted(resource("icons").glob("*.svg"))
    if not icons:
        return ["(none at all)"]
    return [path.name for path in icons if QIcon(str(path)).pixmap(20, 20).isNull()]




def report(missing: list[str]) -> str:
    """The lines `--check` prints."""
    if not missing:
        return f"Delegations {version()}: installation complete."
    return "\n".join([f"Delegations {version()}: installation incomplete, missing:",
                      *(f"  - {item}" for item in missing)])

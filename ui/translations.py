"""Qt translations: build the .qm files, refresh the .ts file, and install the translators.

    python -m ui.translations build    # resources/translations/*.ts -> .qm next to them
    python -m ui.translations update   # ui/**/*.py -> resources/translations/delegations_de.ts
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from delegations.paths import resource

UI_DIR = Path(__file__).resolve().parent
TRANSLATIONS = resource("translations")
CATALOG = "delegations"
LANGUAGES = ("de", "en")
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for lupdate in `context` and return it unchanged: PySide's own marker
    is typed as returning `object`, this one as the `str` it returns."""
    return text


def _tool(name: str) -> str:
    """The venv's copy of a PySide6 tool, beside the running interpreter."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def build(folder: Path = TRANSLATIONS) -> int:
    """Compile every .ts in `folder` to a .qm beside it; nothing to do is a success.

    A .qm newer than its .ts is left alone, and a new one replaces the old in one step:
    other processes (the app, parallel test workers) may have it mapped in memory.
    """
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        temporary = ts.with_name(f".{qm.name}.{os.getpid()}.tmp")
        code = _run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(temporary)])
        if code != 0:
            temporary.unlink(missing_ok=True)
            return code
        os.replace(temporary, qm)
    return 0


def _run(cmd: list[str]) -> int:
    """Run a Qt tool; a missing tool is explained in one line, not a traceback."""
    try:
        return subprocess.run(cmd, check=False).returncode
    except OSError as exc:
        print(f"cannot run {cmd[0]}: {exc.strerror or exc}", file=sys.stderr)
        return 1


def update(folder: Path = TRANSLATIONS) -> int:
    """Collect the interface's strings into the German catalogue, keeping what is translated."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    target = folder / f"{CATALOG}_de.ts"
    cmd = [_tool("pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(target)]
    status = _run(cmd)
    if status:
        return status
    plurals = folder / f"{CATALOG}_en.ts"  # English needs only its plural forms
    return _run([_tool("pyside6-lupdate"), "-locations", "none", "-pluralonly", *sources,
                 "-ts", str(plurals)])


def system_language(preferred: Sequence[str] | None = None) -> str:
    """The first of the user's preferred interface languages that we have ('en' if none).

    Qt asks the platform (Windows' display language, macOS' language list, LANGUAGE/LC_*/
    LANG on Linux): the display language, not the regional format, which may differ.
    """
    tags = QLocale.system().uiLanguages() if preferred is None else preferred
    for tag in tags:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(choice: str, system: str | None = None) -> str:
    """The language to use: the user's choice ('de'/'en'), or the system's for ''."""
    if choice in LANGUAGES:
        return choice
    return system if system in LANGUAGES else system_language()


def _load(app: QCoreApplication, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        translator.deleteLater()
        return None
    app.installTranslator(translator)
    return translator


def install_translators(app: QCoreApplication, language: str,
                        folder: Path = TRANSLATIONS) -> list[QTranslator]:
    """Our catalogue and Qt's own (standard buttons) for `language`, replacing earlier ones.

    Without our compiled catalogue (.qm not built) the interface stays wholly English,
    rather than mixing German buttons into English windows; dates still follow `language`.
    """
    QLocale.setDefault(QLocale(locale_name(language)))
    while _installed:
        old = _installed.pop()
        app.removeTranslator(old)
        old.deleteLater()
    if language == "en":
        english = _load(app, f"{CATALOG}_en", str(folder))  # "1 problem" / "2 problems"
        _installed.extend([english] if english is not None else [])
        return list(_installed)
    if not (folder / f"{CATALOG}_{language}.qm").is_file():
        return []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = [
        _load(app, f"qtbase_{language}", qt_folder),
        _load(app, f"{CATALOG}_{language}", str(folder)),
    ]
    _installed.extend(t for t in loaded if t is not None)
    return list(_installed)


def locale_name(language: str) -> str:
    """The full locale used for dates and numbers in a UI language."""
    return {"de": "de_DE", "en": "en_GB"}.get(language, "en_GB")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    commands = {"build": build, "update": update}
    if len(args) != 1 or args[0] not in commands:
        print("usage: python -m ui.translations build|update", file=sys.stderr)
        return 2
    return commands[args[0]]()


if __name__ == "__main__":
    sys.exit(main())

"""Starts the Delegations desktop app: `delegations-app [--db PATH_OR_URL]` when installed,
`python main.py` in a source checkout, `Delegations` in the desktop bundle."""

from __future__ import annotations

import argparse
import gc
import linecache
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from delegations.storage.store import Store
    from ui.main_window import MainWindow

NO_DISPLAY = ("No display found: set QT_QPA_PLATFORM=offscreen to run without a screen, "
              "or use the command line: python -m delegations --help")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="delegations-app",
                                     description="Starts the Delegations app.")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="SQLite file or database URL (default: $DELEGATIONS_DB, "
                             "else the file in the user's data folder)")
    parser.add_argument("--check", action="store_true",
                        help="start, build the main window, say whether fonts, icons, "
                             "translations and demo data were found, and exit")
    return parser.parse_args(argv)


def has_display(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """False on Linux without X11, Wayland or a chosen Qt platform (Qt would abort)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    from ui.system_libraries import xcb_problem

    problem = xcb_problem()  # before Qt would abort without naming what is missing
    if problem:
        print(problem, file=sys.stderr)
        return 1
    opened = open_main_window(args.db, wizard=not args.check)
    if opened is None:
        return 1
    app, _window, store = opened
    try:
        return _check(app) if args.check else app.exec()
    finally:
        store.close()
        gc.freeze()  # the process ends: the collector's last sweeps at exit are not needed


def open_main_window(db: str | None, *, wizard: bool = True,
                     ) -> tuple[QApplication, MainWindow, Store] | None:
    """Everything a start does up to the main window on screen (the bench times this);
    None when the store could not be opened (the user was told why).

    The collector waits meanwhile: a start makes some 300,000 objects (modules, classes,
    widgets) and hardly any garbage, yet would sweep them some 200 times (50 ms). What it
    made is then frozen (kept out of later sweeps): it lives as long as the app."""
    gc.disable()
    try:
        opened = _open_main_window(db, wizard)
        if opened is not None:
            gc.freeze()
        return opened
    finally:
        gc.enable()


def _open_main_window(db: str | None, wizard: bool,
                      ) -> tuple[QApplication, MainWindow, Store] | None:
    _core_before_qt()
    from delegations.paths import default_db
    from ui import crash
    from ui.app import create_application
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.startup import check_after_start, first_start, open_store_or_explain

    linecache.clearcache()  # the source PySide6 read of the modules above (3 MiB)
    app = create_application(sys.argv[:1])
    crash.install()
    store = open_store_or_explain(db or default_db())
    if store is None:
        return None
    if wizard:
        gc.enable()  # the user takes their time in the wizard
        first_start(store)
        gc.disable()
    from ui.live import follow

    ctx = AppContext.create(store, app)
    window = MainWindow(ctx)
    window.live = follow(ctx, window)  # type: ignore[attr-defined]  # others' changes, live
    window.show()
    check_after_start(store, window)  # what opening skipped, in the background
    return app, window, store


def _core_before_qt() -> None:
    """Import the core the first window uses before any Qt module. Once PySide6 is
    imported, it reads the source of every module imported after it (its `__feature__`
    import hook, PYSIDE-2029) and keeps it in linecache: for SQLAlchemy and the model,
    about 80 ms and 19 MiB at every start."""
    import delegations.crashlog
    import delegations.labels
    import delegations.paths
    import delegations.privacy.pending
    import delegations.services.dashboard  # the model, the storage
    import delegations.services.live
    import delegations.services.settings
    import delegations.storage.connection  # with SQLite's dialect
    import delegations.storage.location
    import delegations.storage.restore  # noqa: F401  (imported for the above)


def _check(app: QCoreApplication) -> int:
    """`--check`: the window was built; report what the installation lacks."""
    from ui.install_check import missing_parts, report

    app.processEvents()
    missing = missing_parts()
    print(report(missing))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

"""Starts the Delegations desktop app: `python main.py [--db PATH_OR_URL]`."""

from __future__ import annotations

import argparse
import os
import sys

NO_DISPLAY = ("No display found: set QT_QPA_PLATFORM=offscreen to run without a screen, "
              "or use the command line: python -m delegations --help")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description="Starts the Delegations app.")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="SQLite file or database URL (default: $DELEGATIONS_DB, "
                             "else the file in the user's data folder)")
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
    from delegations.paths import default_db
    from ui import crash
    from ui.app import create_application
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.startup import first_start, open_store_or_explain

    app = create_application(sys.argv[:1])
    crash.install()
    store = open_store_or_explain(args.db or default_db())
    if store is None:
        return 1
    first_start(store)
    window = MainWindow(AppContext.create(store, app))
    window.show()
    try:
        return app.exec()
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())

"""Show the Delegation tab alone in a window, or grab it to PNG, to look at it.

    python -m ui.trip_window.delegation_harness STORE TRIP-REF [--lang de] [--png out.png]

With --png (run with QT_QPA_PLATFORM=offscreen) the window is grabbed and closed.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QMainWindow

from delegations.services import trips
from delegations.storage.store import open_store
from ui.app import create_application
from ui.context import AppContext
from ui.trip_window.delegation_tab import DelegationTab


def main(argv: list[str] | None = None) -> int:
    """Open the tab for one trip of a store."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("store")
    parser.add_argument("trip")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--png")
    parser.add_argument("--size", default="1200x640")
    args = parser.parse_args(argv)
    app = create_application(sys.argv[:1], language=args.lang)
    store = open_store(args.store)
    ctx = AppContext.create(store, app)
    window = QMainWindow()
    tab = DelegationTab(ctx, trips.find_trip(store, args.trip), window)
    window.setCentralWidget(tab)
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.show()
    if args.png:
        app.processEvents()
        window.grab().save(args.png)
        window.close()
        store.close()
        return 0
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())

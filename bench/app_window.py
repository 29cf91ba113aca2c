"""The start-up row: everything the app does up to a usable main window, on the store
named on the command line, then it exits (no wizard: the bench store has a home city)."""

import gc
import sys

from ui.launch import open_main_window

opened = open_main_window(sys.argv[1], wizard=False)
if opened is None:
    sys.exit(1)
app, window, store = opened
app.processEvents()
store.close()
gc.freeze()  # as ui.launch.main does at the end
sys.exit(0)

"""What a start pays for, in a process of its own (as the bench's start row): the main
window on the demo office comes up without configuring the model's mappers, without the
modules only later work needs, with the core imported before Qt, and with the collector
working again afterwards."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Loaded on first use, never by a start: migrations, documents, calendars, imports, and
#: babel's dates (whose locale data alone took 50 ms).
LATER = ("alembic", "reportlab", "icalendar", "babel.dates", "delegations.documents",
         "delegations.exchange", "ui.trips.view", "ui.after.followups_page")

START = """
import gc, json, sys
from ui.launch import open_main_window
app, window, store = open_main_window(sys.argv[1], wizard=False)
app.processEvents()
from delegations.model.base import Base
order = list(sys.modules)
print(json.dumps({
    "configured": [m.class_.__name__ for m in Base.registry.mappers if m.configured],
    "later": [name for name in sys.argv[2:] if name in sys.modules],
    "core_first": order.index("sqlalchemy.orm") < order.index("PySide6.QtCore"),
    "collecting": gc.isenabled(),
    "overview": window.overview.summary,
}))
store.close()
"""


def test_the_main_window_comes_up_paying_only_for_what_it_shows(demo_file, tmp_path):
    office = tmp_path / "office.sqlite"
    shutil.copy(demo_file, office)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "DELEGATIONS_HOME": str(tmp_path / "home")}  # settings of its own: the overview
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())  # (a section left open is built at start)
    done = subprocess.run([sys.executable, "-c", START, str(office), *LATER], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    assert "trips coming up" in seen["overview"]  # the overview was read (today: the clock)
    assert seen["configured"] == []
    assert seen["later"] == []
    assert seen["core_first"] is True
    assert seen["collecting"] is True

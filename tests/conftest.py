"""Set-up for every test: no screen needed, and the user's own folders are never touched.

This runs before Qt or platformdirs are imported: the Qt platform and the app's own folder
(DELEGATIONS_HOME: data, settings, logs — honoured on every platform, where Windows would
ignore XDG_* and keep settings in the registry) are chosen here, in a temporary folder
removed at the end. XDG_* point there too, for what Qt itself keeps on Linux.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="delegations-tests-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())
os.environ["DELEGATIONS_HOME"] = str(_HOME / "home")
os.environ.pop("DELEGATIONS_DB", None)

"""Set-up for every test: no screen needed, and the user's own folders are never touched.

This runs before Qt or platformdirs are imported: the Qt platform and the data and config
folders (XDG_*) are chosen here, in a temporary folder removed at the end.
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
os.environ.pop("DELEGATIONS_DB", None)

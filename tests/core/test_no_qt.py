"""The core must run without Qt: importing any delegations module never loads PySide6."""

import pkgutil
import subprocess
import sys

import delegations


def _core_modules():
    return sorted(m.name for m in pkgutil.walk_packages(delegations.__path__, "delegations.")
                  if ".migrations" not in m.name)


def test_core_modules_exist():
    names = _core_modules()
    assert "delegations.services.trips" in names
    assert "delegations.services.waitlist" in names


def test_importing_the_core_never_loads_qt():
    imports = "; ".join(f"import {name}" for name in _core_modules())
    check = ("import sys; bad = sorted(m for m in sys.modules if m.startswith('PySide6')); "
             "assert not bad, bad")
    result = subprocess.run([sys.executable, "-c", f"{imports}; {check}"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr

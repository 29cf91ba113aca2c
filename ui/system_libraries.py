"""Before the window: on a Linux X11 desktop, the system libraries Qt's xcb plugin loads.

Without them (Debian and Ubuntu leave some out of a minimal desktop) Qt stops with "no
Qt platform plugin could be initialized", which names neither the library nor the
package. This check runs before the QApplication exists, imports no Qt, and names the
packages to install. The list is the plugin's own (`readelf -d libqxcb.so`, NEEDED,
Qt 6.8–6.11), less Qt's libraries and glib, which every desktop has.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

from delegations.i18n import N_, gettext

XCB_LIBRARIES = {  # shared object -> Debian/Ubuntu package
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libGL.so.1": "libgl1",
}
MESSAGE = N_("Delegations cannot open its window: this system lacks libraries that Qt needs "
             "for X11 ({libraries}). On Debian or Ubuntu install them with:\n"
             "  sudo apt install {packages}\n"
             "then start Delegations again. (The command line works without them: "
             "python -m delegations --help)")


def _loadable(name: str) -> bool:
    """Whether the system's dynamic loader finds `name`, as it would for Qt's plugin."""
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str], platform: str | None = None) -> bool:
    """Whether Qt will start on X11: Linux, a DISPLAY, and no other platform chosen
    (QT_QPA_PLATFORM, or a Wayland session, which Qt 6 prefers)."""
    if not (platform or sys.platform).startswith("linux") or not environ.get("DISPLAY"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].strip()
    if chosen:
        return chosen == "xcb" or chosen.startswith("xcb:")
    wayland = environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY")
    return not wayland


def missing_libraries(loadable: Callable[[str], bool] | None = None) -> list[str]:
    """The xcb plugin's libraries the system cannot load, in the plugin's order."""
    loads = loadable or _loadable
    return [name for name in XCB_LIBRARIES if not loads(name)]


def xcb_problem(environ: Mapping[str, str] | None = None, platform: str | None = None,
                loadable: Callable[[str], bool] | None = None) -> str:
    """What to tell the user before Qt would fail on X11; '' when nothing is missing."""
    if not uses_xcb(os.environ if environ is None else environ, platform):
        return ""
    missing = missing_libraries(loadable)
    if not missing:
        return ""
    packages = " ".join(dict.fromkeys(XCB_LIBRARIES[name] for name in missing))
    return gettext(MESSAGE).format(libraries=", ".join(missing), packages=packages)

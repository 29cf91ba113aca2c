"""On a Linux X11 desktop without Qt's xcb helper libraries the app names the packages to
install, instead of Qt's "no Qt platform plugin could be initialized"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import main
from delegations import i18n
from ui import system_libraries as libs

ABSENT = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}


def _system_without(absent: set[str]):
    return lambda name: name not in absent


@pytest.mark.parametrize(("environ", "platform", "xcb"), [
    ({"DISPLAY": ":0"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb;wayland"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, "linux", False),
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"},
     "linux", False),
    ({}, "linux", False),
    ({"DISPLAY": ":0"}, "win32", False),
    ({"DISPLAY": ":0"}, "darwin", False),
])
def test_only_an_x11_start_on_linux_is_checked(environ, platform, xcb):
    assert libs.uses_xcb(environ, platform) is xcb


def test_missing_libraries_are_named_with_their_packages():
    message = libs.xcb_problem({"DISPLAY": ":0"}, "linux", _system_without(ABSENT))
    assert "(libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1)" in message
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1\n" in message


def test_nothing_to_say_when_all_are_there_or_qt_runs_elsewhere():
    assert libs.missing_libraries(_system_without(set())) == []
    assert libs.xcb_problem({"DISPLAY": ":0"}, "linux", _system_without(set())) == ""
    assert libs.xcb_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux",
                            _system_without(ABSENT)) == ""


def test_the_message_in_german():
    i18n.set_language("de")
    try:
        message = libs.xcb_problem({"DISPLAY": ":0"}, "linux", _system_without(ABSENT))
    finally:
        i18n.set_language(None)
    assert message.startswith("Delegations kann sein Fenster nicht öffnen")
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in message


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_real_loader_finds_a_library_and_not_a_made_up_one():
    assert libs._loadable("libc.so.6")
    assert not libs._loadable("libdelegations-does-not-exist.so.9")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_every_library_the_installed_plugin_needs_is_checked():
    """The list is the plugin's own: read its NEEDED entries from the ELF file."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    needed = set(_needed(plugin.read_bytes()))
    ours = {n for n in needed if not n.startswith(("libQt6", "libc.", "libm.", "libstdc++",
                                                   "libgcc_s", "libglib", "libgthread"))}
    assert ours == set(libs.XCB_LIBRARIES)


def _needed(elf: bytes) -> list[str]:
    """The shared libraries an ELF file names (DT_NEEDED), read without tools."""
    import struct

    assert elf[:4] == b"\x7fELF" and elf[4] == 2  # 64-bit
    shoff, = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize)
                for i in range(shnum)]
    dynamic = next(s for s in sections if s[1] == 6)  # SHT_DYNAMIC
    strtab = sections[dynamic[6]]  # sh_link: its string table
    names = []
    for offset in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", elf, offset)
        if tag == 1:  # DT_NEEDED
            start = strtab[4] + value
            names.append(elf[start:elf.index(b"\0", start)].decode())
    return names


def test_main_says_so_and_exits_1_before_qt(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setenv("LANGUAGE", "en")
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(libs, "_loadable", _system_without(ABSENT))
    assert main.main(["--db", str(tmp_path / "x.sqlite")]) == 1
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in \
        capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()


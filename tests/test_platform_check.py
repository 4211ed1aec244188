"""Start-up on a fresh Linux: a missing library of Qt's X11 plugin is named, with the packages
to install, before Qt starts (rnn_studio/platform_check.py), instead of Qt's "Aborted"."""

from __future__ import annotations

import sys
import types

import pytest

from rnn_studio import platform_check
from rnn_studio.core.errors import UserError

FRESH_DEBIAN = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}     # what a minimal Debian/Ubuntu lacks


def lacking(*names):
    return lambda name: name not in names


@pytest.mark.parametrize("env, xcb", [
    ({"DISPLAY": ":0"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "xcb:nograb"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland;xcb"}, False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "x11"}, True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, False),
    ({}, False),
])
def test_which_environments_start_the_xcb_plugin(env, xcb):
    assert platform_check.platform_is_xcb(env) is xcb


def test_missing_libraries_are_named_with_the_packages_for_both_families():
    with pytest.raises(UserError) as info:
        platform_check.check_qt_platform({"DISPLAY": ":0"}, load=lacking(*sorted(FRESH_DEBIAN)))
    message = str(info.value)
    assert "libxcb-icccm.so.4" in message and "libxcb-keysyms.so.1" in message
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in message
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms" in message


def test_each_package_is_named_once():
    hint = platform_check.install_hint(["libxcb-shm.so.0", "libxcb-sync.so.1", "libglib-2.0.so.0",
                                        "libgthread-2.0.so.0"])
    assert hint.endswith("dnf install libxcb glib2") and "apt install libxcb-shm0 libxcb-sync1 libglib2.0-0\n" in hint


def test_nothing_is_refused_when_everything_loads_or_another_platform_is_used():
    platform_check.check_qt_platform({"DISPLAY": ":0"}, load=lambda name: True)
    platform_check.check_qt_platform({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, load=lambda name: False)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the library names are Linux's")
def test_the_real_loader_tells_a_present_library_from_an_absent_one():
    assert platform_check.loads("libc.so.6")
    assert not platform_check.loads("librnn-studio-no-such-library.so.9")
    assert set(platform_check.missing_libraries()) <= set(platform_check.XCB_LIBRARIES)


def test_the_command_refuses_before_importing_qt(monkeypatch, cli):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(platform_check, "loads", lacking(*FRESH_DEBIAN))

    def no_window(corpus=None):
        raise AssertionError("Qt was started")
    monkeypatch.setitem(sys.modules, "rnn_studio.gui", types.SimpleNamespace(run=no_window))
    for argv in ([], ["gui"]):
        result = cli(argv)
        assert result.code == 2 and result.err.startswith("error: the window cannot open")
        assert "libxcb-icccm4 libxcb-keysyms1" in result.err and "Traceback" not in result.err

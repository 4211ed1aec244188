"""Before Qt starts: find a library its X11 (xcb) platform plugin needs but this system lacks.

When Qt cannot load its platform plugin it prints "Could not load the Qt platform plugin
'xcb'" and aborts the process. A minimal Debian or Ubuntu lacks two of the plugin's libraries
(libxcb-icccm4 and libxcb-keysyms1), so a new user's first ``rnn-studio`` ends in "Aborted".
This module asks the dynamic loader for each library the plugin needs, by the name the plugin
asks for (``ctypes.CDLL``: the loader's own search; some 20 ms in all), without
importing Qt, and turns a miss into an ``error:`` naming the packages to install.

Only the xcb plugin is checked, and only when Qt will pick it: ``QT_QPA_PLATFORM`` is unset
(or xcb) and the session is X11 (DISPLAY set, not a Wayland session).
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Mapping

from rnn_studio.core.errors import UserError

# What PySide6 6.x's plugins/platforms/libqxcb.so and lib/libQt6XcbQpa.so.6 link against
# (``readelf -d``), beyond the C/C++ runtime and Qt's own libraries, which PySide6 ships.
# Library name: (Debian/Ubuntu package, Fedora package).
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
}


def platform_is_xcb(env: Mapping[str, str]) -> bool:
    """Whether Qt will start its X11 (xcb) platform plugin under this environment."""
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    wayland = env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE", "").lower() == "wayland"
    return bool(env.get("DISPLAY")) and not wayland


def loads(name: str) -> bool:
    """Whether the dynamic loader finds and loads the library called ``name``."""
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_libraries(load: Callable[[str], bool] | None = None) -> list[str]:
    load = load or loads
    return [name for name in XCB_LIBRARIES if not load(name)]


def install_hint(missing: list[str]) -> str:
    debian = dict.fromkeys(XCB_LIBRARIES[m][0] for m in missing)     # in order, each once
    fedora = dict.fromkeys(XCB_LIBRARIES[m][1] for m in missing)
    return (f"  Debian/Ubuntu:  sudo apt install {' '.join(debian)}\n"
            f"  Fedora:         sudo dnf install {' '.join(fedora)}")


def check_qt_platform(env: Mapping[str, str] | None = None, load: Callable[[str], bool] | None = None) -> None:
    """Refuse, naming the packages to install, when Qt's xcb plugin would fail to load."""
    if not platform_is_xcb(os.environ if env is None else env):
        return
    missing = missing_libraries(load)
    if missing:
        raise UserError(f"the window cannot open: Qt's X11 platform plugin (xcb) needs "
                        f"{', '.join(missing)}, which this system lacks. Install them with\n"
                        f"{install_hint(missing)}\n"
                        "then run rnn-studio again (the command line, rnn-studio train/sample/eval/info, "
                        "works without them)")

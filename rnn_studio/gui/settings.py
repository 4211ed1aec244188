"""What the window remembers between runs: last corpus, recent files, settings, geometry.

Values are stored as JSON strings, because QSettings' native types differ between the
INI, registry and plist back ends (a one-element list comes back as a string from INI).
``RNN_STUDIO_SETTINGS_DIR`` moves the store into an INI file in that folder, so tests and
portable installs never touch the user's own settings.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from rnn_studio.core import config
from rnn_studio.core.errors import UserError

ORGANIZATION = "RNN Studio"
APPLICATION = "rnn-studio"
MAX_RECENT = 8


def _store() -> QSettings:
    folder = os.environ.get("RNN_STUDIO_SETTINGS_DIR")
    if folder:
        return QSettings(str(Path(folder) / f"{APPLICATION}.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


class Settings:
    def __init__(self) -> None:
        self.q = _store()

    # ---- plain JSON values ------------------------------------------------------------
    def get(self, key: str, default: Any = None) -> Any:
        raw = self.q.value(key)
        if not isinstance(raw, str):
            return default
        try:
            return json.loads(raw)
        except ValueError:
            return default

    def set(self, key: str, value: Any) -> None:
        self.q.setValue(key, json.dumps(value, ensure_ascii=False))

    # ---- configs: a stored value that no longer validates falls back to the defaults ----
    def config(self, key: str, cls: type) -> Any:
        data = self.get(key)
        if data is None:
            return cls()
        try:
            return config.from_dict(cls, data)
        except (UserError, TypeError, ValueError):
            return cls()

    def set_config(self, key: str, cfg: Any) -> None:
        self.set(key, config.to_dict(cfg))

    # ---- recent files --------------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.get("recent_files", [])
        return [p for p in value if isinstance(p, str)] if isinstance(value, list) else []

    def add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        self.set("recent_files", ([path] + [p for p in self.recent() if p != path])[:MAX_RECENT])

    def clear_recent(self) -> None:
        self.set("recent_files", [])

    # ---- window geometry (opaque bytes from Qt) -------------------------------------------
    def geometry(self, key: str) -> QByteArray | None:
        value = self.q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self.q.setValue(key, value)

    def sync(self) -> None:
        self.q.sync()

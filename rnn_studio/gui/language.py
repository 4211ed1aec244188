"""The window's language: Qt's own translation system, our Korean .qm and Qt's.

The language is chosen at start (``install``, called by app.py): ``RNN_STUDIO_LANG=ko|en``
if set, else the Language menu's choice remembered in the settings, else the system locale
(Korean when ``QLocale.system().name()`` starts with "ko"). A choice made in the menu is
remembered and applies on the next start: the window builds its texts once.

The translations live in ``gui/i18n/rnn_studio_ko.qm``, built from
``resources/i18n/rnn_studio_ko.ts`` by ``resources/i18n/update.sh``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

ENV = "RNN_STUDIO_LANG"
SETTING = "language"
QM_DIR = Path(__file__).resolve().parent / "i18n"

_installed: list[QTranslator] = []


def tr(text: str) -> str:
    """Translate ``text`` in the global context, where lupdate files every bare ``tr("…")``:
    for helpers outside a QObject (``from rnn_studio.gui.language import tr``)."""
    return QCoreApplication.translate("", text)


def core_text(text: str) -> str:
    """A word of rnn_studio/core (a config's help or choice, a gate's name) in the window's
    language: core never imports Qt; resources/i18n/core_strings.py collects these."""
    return QCoreApplication.translate("core", text)


class Translator(QTranslator):
    """Our .qm, looked up by the calling class's name, then in the global context: lupdate
    files a bare ``tr("…")`` (``tr = self.tr`` or ``w.tr`` handed to a helper) there, while
    at run time PySide asks with the class name of the object the ``tr`` came from."""

    def translate(self, context, source, disambiguation=None, n=-1):
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        return found or None        # None, not "": Qt then asks the next translator, or keeps the source


def system_name() -> str:
    return QLocale.system().name()


def resolve(choice: str | None) -> str:
    """'ko' or 'en' for a choice: 'ko', 'en', or 'system' (or anything else: the locale)."""
    if choice in ("ko", "en"):
        return choice
    return "ko" if system_name().lower().startswith("ko") else "en"


def chosen(settings=None) -> str:
    """'system', 'en' or 'ko': the environment's override, else the remembered choice."""
    env = os.environ.get(ENV, "").strip().lower()
    if env in ("ko", "en", "system"):
        return env
    if settings is None:
        from rnn_studio.gui.settings import Settings

        settings = Settings()
    value = settings.get(SETTING, "system")
    return value if value in ("system", "en", "ko") else "system"


def current() -> str:
    """The language the window's texts are in ('ko' or 'en'): the default locale's, which
    ``install`` sets (views with their own switch, the lecture and the help, start in it)."""
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def install(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the translators for ``lang`` (default: the chosen one) in place of any
    installed before, and make the default locale speak it; return the language now in use."""
    lang = resolve(lang if lang is not None else chosen())
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "ko":
        ours = Translator(app)
        if ours.load("rnn_studio_ko", str(QM_DIR)):
            qt = QTranslator(app)        # Qt's own: the standard buttons ("Cancel" → "취소"), …
            if qt.load("qtbase_ko", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                _installed.append(qt)
            _installed.append(ours)
        else:
            lang = "en"                  # no .qm shipped: English rather than a mixture
    for t in _installed:
        app.installTranslator(t)
    # The system's locale (its number formats) unless it speaks the other language.
    system = QLocale.system()
    if ("ko" if system.language() == QLocale.Language.Korean else "en") == lang:
        QLocale.setDefault(system)
    elif lang == "ko":
        QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return lang


def toolbar_labels(actions) -> None:
    """A toolbar button shows its action's text less the mnemonic: Qt drops the "&" but would
    keep the "(N)" of a Korean "새 모델(&N)"."""
    for action in actions:
        text = re.sub(r"\s*\(&[^)]\)", "", action.text())
        if text != action.text():
            action.setIconText(text.replace("&", "").removesuffix("…"))


def add_menu(w: QWidget, parent_menu: QMenu) -> QMenu:
    """View ▸ Language: System, English, 한국어 (checkable, one of them); the choice is
    remembered and applies when RNN Studio starts again."""
    menu = parent_menu.addMenu(tr("&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    choice = chosen(w.settings)
    # Each language's own name, so that it can be found whatever the window speaks.
    for code, name in (("system", tr("&System")), ("en", "&English"), ("ko", "한국어(&K)")):
        action = QAction(name, menu, checkable=True, objectName=f"language_{code}")
        action.setChecked(code == choice)
        action.triggered.connect(lambda _=False, c=code: choose(w, c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def choose(w: QWidget, code: str) -> None:
    w.settings.set(SETTING, code)
    w.settings.sync()
    lang = resolve(code)
    if lang == current():
        w.status(tr("Language: {0}").format(_name(code)), 5000)
    else:
        w.status(tr("Language: {0}. It applies when RNN Studio starts again.").format(_name(code)), 15000)


def _name(code: str) -> str:
    return {"system": tr("System"), "en": "English", "ko": "한국어"}[code]

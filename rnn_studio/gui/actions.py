"""The window's menus, toolbar and keyboard shortcuts."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from rnn_studio import paths
from rnn_studio.gui.corpus_panel import fill_bundled_menu


def icon(name: str) -> QIcon:
    """A toolbar icon from resources/icons, or the theme's, or none (never an error)."""
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon.fromTheme(name)


def build(w: QMainWindow) -> SimpleNamespace:
    """Create every action on ``w`` (which provides the slots) and return them by name."""
    def act(text: str, slot, keys=None, icon_name: str | None = None, tip: str | None = None) -> QAction:
        a = QAction(text, w)
        if icon_name:
            a.setIcon(icon(icon_name))
        if keys:
            a.setShortcut(QKeySequence(keys))
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        a.triggered.connect(lambda _=False: slot())
        return a

    tr = w.tr
    K = QKeySequence.StandardKey
    a = SimpleNamespace()
    a.new = act(tr("&New Model"), w.new_model, K.New, "new", tr("Forget the current model and start a new one"))
    a.open_corpus = act(tr("&Open Text…"), w.choose_corpus, K.Open, "open", tr("Open a text file to train on"))
    a.open_model = act(tr("Open &Model…"), w.choose_model, "Ctrl+Shift+O", "model",
                       tr("Open a trained model (.rnn)"))
    a.save = act(tr("&Save Model"), w.save_model, K.Save, "save", tr("Save the model"))
    a.save_as = act(tr("Save Model &As…"), lambda: w.save_model(ask=True), K.SaveAs)
    a.quit = act(tr("&Quit"), w.close, K.Quit)
    a.train = act(tr("&Train"), w.train_or_resume, "F5", "train", tr("Train (or continue training) the model"))
    a.pause = act(tr("&Pause"), w.toggle_pause, "F6", "pause", tr("Pause or resume training"))
    a.stop = act(tr("St&op"), w.stop_training, "Shift+F5", "stop", tr("Stop training"))
    a.generate = act(tr("&Generate"), w.generate, "Ctrl+G", "generate", tr("Write with the model"))
    a.stop_writing = act(tr("Stop &Writing"), w.stop_generation, "Ctrl+.")
    a.copy_text = act(tr("&Copy Text"), w.copy_text, "Ctrl+Shift+C")
    a.save_text = act(tr("Save &Text…"), w.save_text)
    a.about = act(tr("&About RNN Studio"), w.about)

    bar = w.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addActions([a.new, a.open_corpus])
    a.samples_menu = file_menu.addMenu(tr("Sample &Texts"))
    fill_bundled_menu(a.samples_menu, w.load_corpus)
    file_menu.addAction(a.open_model)
    a.recent_menu = file_menu.addMenu(tr("Open &Recent"))
    a.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(a.recent_menu, w))
    file_menu.addSeparator()
    file_menu.addActions([a.save, a.save_as])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    train_menu = bar.addMenu(tr("&Train"))
    train_menu.addActions([a.train, a.pause, a.stop])
    write_menu = bar.addMenu(tr("&Write"))
    write_menu.addActions([a.generate, a.stop_writing, a.copy_text, a.save_text])
    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(a.about)

    tools = QToolBar(tr("Main"), w)
    tools.setObjectName("mainToolBar")
    tools.setIconSize(QSize(20, 20))
    tools.setMovable(False)
    tools.addActions([a.new, a.open_corpus, a.open_model, a.save])
    tools.addSeparator()
    tools.addActions([a.train, a.pause, a.stop])
    tools.addSeparator()
    tools.addAction(a.generate)
    w.addToolBar(tools)
    a.toolbar = tools
    return a


def fill_recent_menu(menu: QMenu, w) -> None:
    menu.clear()
    recent = w.settings.recent()
    for path in recent:
        is_model = path.endswith(".rnn")
        action = menu.addAction((w.tr("Model: ") if is_model else "") + Path(path).name)
        action.setToolTip(path)
        action.setStatusTip(path)
        action.triggered.connect(lambda _=False, p=path, m=is_model: w.load_model(p) if m else w.load_corpus(p))
    if recent:
        menu.addSeparator()
        menu.addAction(w.tr("Clear List"), w.settings.clear_recent)
    else:
        menu.addAction(w.tr("(none yet)")).setEnabled(False)

"""The window's menus, toolbar and keyboard shortcuts."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from rnn_studio import paths
from rnn_studio.gui import language
from rnn_studio.gui.corpus.panel import fill_bundled_menu
from rnn_studio.gui.language import tr


INK = b"#444444"                    # the colour the toolbar SVGs are drawn in
ICON_PIXELS = (16, 20, 24, 32, 40, 48)


def icon(name: str, color: QColor | None = None, disabled: QColor | None = None) -> QIcon:
    """A toolbar icon from resources/icons drawn in ``color`` (the palette's text colour,
    so it reads on dark and light themes alike) and, when disabled, in ``disabled``; or the
    theme's icon, or none (never an error)."""
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    try:
        data = path.read_bytes()
    except OSError:
        return QIcon.fromTheme(name)
    result = QIcon()
    for ink, mode in ((color, QIcon.Mode.Normal), (disabled, QIcon.Mode.Disabled)):
        if mode == QIcon.Mode.Disabled and ink is None:
            break       # Qt derives a greyed one; it reads on light palettes only
        renderer = QSvgRenderer(QByteArray(data.replace(INK, ink.name().encode("ascii")) if ink else data))
        if not renderer.isValid():
            return QIcon.fromTheme(name)
        for size in ICON_PIXELS:     # rendered once per size: sharp at any scale, no SVG per paint
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            result.addPixmap(pixmap, mode)
    return result


def recolor(a: SimpleNamespace, palette: QPalette) -> None:
    """Redraw the toolbar icons in the palette's text colour (at start and on a theme change)."""
    ink = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    dim = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if dim == ink:      # a palette without a disabled shade: fade the ink towards the background
        back = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
        dim = QColor(*(round(0.4 * i + 0.6 * b) for i, b in zip(ink.getRgb()[:3], back.getRgb()[:3])))
    for action, name in a.icon_names.items():
        action.setIcon(icon(name, ink, dim))


def build(w: QMainWindow) -> SimpleNamespace:
    """Create every action on ``w`` (which provides the slots) and return them by name."""
    icon_names: dict[QAction, str] = {}

    def act(text: str, slot, keys=None, icon_name: str | None = None, tip: str | None = None) -> QAction:
        a = QAction(text, w)
        if icon_name:
            icon_names[a] = icon_name
        if keys:
            a.setShortcut(QKeySequence(keys))
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        a.triggered.connect(lambda _=False: slot())
        return a

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
    a.next_char = act(tr("&Next Character"), lambda: w.show_view("nextCharDock"), "Ctrl+1", "nextchar",
                      tr("The model's guesses for the next character as you type"))
    a.surprisal = act(tr("&Surprisal"), lambda: w.show_view("surprisalDock"), "Ctrl+2", "surprisal",
                      tr("Score a text: each character coloured by how surprised the model is"))
    a.inspector = act(tr("&Inspector"), lambda: w.show_view("inspectorDock"), "Ctrl+3", "inspector",
                      tr("What every unit of the network does over a text"))
    a.runs = act(tr("&Runs"), lambda: w.show_view("runsDock"), "Ctrl+4", "runs",
                 tr("Past runs: compare their curves, open their models"))
    a.lecture = act(tr("The &Lecture, Live"), w.open_lecture, "F2", "lecture",
                    tr("Watch the lecture's “hello” RNN learn, step by step, with every number shown"))
    a.numbers_help = act(tr("What Do These &Numbers Mean?"), w.show_numbers_help, K.HelpContents, None,
                         tr("Loss, bits per character, accuracy and the frequency baseline, explained"))

    bar = w.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addActions([a.new, a.open_corpus])
    a.samples_menu = file_menu.addMenu(tr("Sample &Texts"))
    fill_bundled_menu(a.samples_menu, lambda path: w.load_corpus(path, wait=False))
    file_menu.addAction(a.open_model)
    a.recent_menu = file_menu.addMenu(tr("Open &Recent"))
    a.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(a.recent_menu, w))
    file_menu.addSeparator()
    file_menu.addActions([a.save, a.save_as])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    train_menu = bar.addMenu(tr("&Train"))
    train_menu.addActions([a.train, a.pause, a.stop])
    train_menu.addSeparator()
    train_menu.addAction(w.compare.action)      # Compare Cells… (gui/runs/compare_feature.py)
    write_menu = bar.addMenu(tr("&Write"))
    write_menu.addActions([a.generate, a.stop_writing, a.copy_text, a.save_text])
    inspect_menu = bar.addMenu(tr("&Inspect"))
    inspect_menu.addActions([a.next_char, a.surprisal, a.inspector, a.runs])
    a.view_menu = bar.addMenu(tr("&View"))
    for dock in w.views.docks.values():
        a.view_menu.addAction(dock.toggleViewAction())
    a.view_menu.addSeparator()
    a.language_menu = language.add_menu(w, a.view_menu)
    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(a.lecture)
    help_menu.addAction(a.numbers_help)
    help_menu.addSeparator()
    help_menu.addAction(a.about)

    tools = QToolBar(tr("Main"), w)
    tools.setObjectName("mainToolBar")
    tools.setIconSize(QSize(20, 20))
    tools.setMovable(False)
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    tools.addActions([a.new, a.open_corpus, a.open_model, a.save])
    tools.addSeparator()
    tools.addActions([a.train, a.pause, a.stop])
    tools.addSeparator()
    tools.addAction(a.generate)
    tools.addSeparator()
    tools.addActions([a.next_char, a.surprisal, a.inspector, a.runs])
    tools.addSeparator()
    tools.addAction(a.lecture)
    language.toolbar_labels(tools.actions())
    w.addToolBar(tools)
    a.toolbar = tools
    a.icon_names = icon_names
    recolor(a, w.palette())
    return a


def fill_recent_menu(menu: QMenu, w) -> None:
    menu.clear()
    recent = w.settings.recent()
    for path in recent:
        is_model = path.endswith(".rnn")
        action = menu.addAction((tr("Model: ") if is_model else "") + Path(path).name)
        action.setToolTip(path)
        action.setStatusTip(path)
        action.triggered.connect(lambda _=False, p=path, m=is_model:
                                 w.load_model(p) if m else w.load_corpus(p, wait=False))
    if recent:
        menu.addSeparator()
        menu.addAction(tr("Clear List"), w.settings.clear_recent)
    else:
        menu.addAction(tr("(none yet)")).setEnabled(False)


def follow(a: SimpleNamespace, w) -> None:
    """Enable each action as its panel's button is, or as the run and the save allow."""
    idle, panel = not w.training.active, w.train_panel
    can_save = (w.document.snapshot is not None or w.training.active) and not w.document.saving
    for action, on in ((a.train, panel.train_button.isEnabled()), (a.pause, panel.pause_button.isEnabled()),
                       (a.stop, panel.stop_button.isEnabled()), (a.new, idle), (a.open_model, idle),
                       (a.open_corpus, idle), (a.save, can_save), (a.save_as, can_save),
                       (a.generate, w.writer.generate_button.isEnabled()), (a.stop_writing, w.write.busy)):
        action.setEnabled(on)

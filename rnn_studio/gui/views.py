"""The window's views and their arrangement.

The loss plot, with the run's controls above it, is the central view. Every other view is a
dock the user can move, float, stack as tabs or close (View menu): the settings column on
the left; the samples timeline and the writer on the right; the views later features add
(``add_view``) join them as tabs. The arrangement and the window's geometry are remembered;
a remembered geometry bigger than the screen is shrunk to fit it.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QVBoxLayout, QWidget

from rnn_studio.gui.inspect.feature import VIEWS as INSPECT_DOCKS
from rnn_studio.gui.language import tr

STATE_VERSION = 3       # bump when the set of docks changes, so an old arrangement is not misread
DEFAULT_SIZE = (1360, 860)


def build(w: QMainWindow) -> SimpleNamespace:
    """Lay out ``w``'s panels (made by the window) as the central view and docks."""
    v = SimpleNamespace(docks={})
    side = QWidget(w)
    col = QVBoxLayout(side)
    for panel in (w.corpus_panel, w.model_panel, w.train_panel):
        col.addWidget(panel)
    col.addStretch(1)
    scroll = QScrollArea(w, objectName="settingsScroll")
    scroll.setWidget(side)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)      # it drew no focus frame: focus goes to its fields
    w.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setMinimumWidth(side.sizeHint().width() + 24)
    v.settings_scroll = scroll
    central = QWidget(w, objectName="centralView")
    lay = QVBoxLayout(central)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(0)
    w.train_panel.run_box.setParent(central)
    lay.addWidget(w.train_panel.run_box)
    lay.addWidget(w.plot_panel, 1)
    w.setCentralWidget(central)
    w.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
                     | QMainWindow.DockOption.AllowNestedDocks)
    add_view(w, v, "settingsDock", tr("Settings"), scroll, Qt.DockWidgetArea.LeftDockWidgetArea)
    add_view(w, v, "samplesDock", tr("Samples"), w.timeline, Qt.DockWidgetArea.RightDockWidgetArea)
    add_view(w, v, "writerDock", tr("Writer"), w.writer, Qt.DockWidgetArea.RightDockWidgetArea)
    add_view(w, v, "runsDock", tr("Runs"), w.runs_panel, Qt.DockWidgetArea.RightDockWidgetArea, "samplesDock")
    titles = {"nextCharDock": tr("Next character"), "surprisalDock": tr("Surprisal"),
              "inspectorDock": tr("Inspector")}
    for (name, _), view in zip(INSPECT_DOCKS, w.inspect.views()):
        add_view(w, v, name, titles[name], view, Qt.DockWidgetArea.RightDockWidgetArea, "writerDock")
    v.docks["writerDock"].raise_()
    v.docks["samplesDock"].raise_()
    v.default_widths = [scroll.minimumWidth(), 400]
    w.statusBar().addPermanentWidget(w.step_label)
    w.statusBar().addPermanentWidget(w.engine_label)
    avail = w.screen().availableGeometry() if w.screen() is not None else None
    w.setMinimumSize(min(900, avail.width()) if avail else 900, min(560, avail.height()) if avail else 560)
    fit_to_screen(w, *DEFAULT_SIZE)
    return v


def add_view(w: QMainWindow, v: SimpleNamespace, name: str, title: str, widget: QWidget,
             area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
             tab_with: str | None = None) -> QDockWidget:
    """A dock for ``widget``; ``tab_with``: stack it as a tab on that dock."""
    dock = QDockWidget(title, w, objectName=name)
    dock.setWidget(widget)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    w.addDockWidget(area, dock)
    if tab_with is not None:
        w.tabifyDockWidget(v.docks[tab_with], dock)
    v.docks[name] = dock
    return dock


def show_view(w: QMainWindow, name: str) -> QWidget:
    """Show a view (open its dock, bring its tab forward) and return its widget."""
    dock = w.views.docks[name]
    dock.show()
    dock.raise_()
    return dock.widget()


def fit_to_screen(w: QMainWindow, width: int, height: int) -> None:
    """Resize to at most the screen's available geometry (a laptop's 1366×768 included)."""
    screen = w.screen() if w.screen() is not None else None
    if screen is not None:
        avail = screen.availableGeometry()
        width, height = min(width, avail.width()), min(height, avail.height() - 32)
    w.resize(width, height)


def restore(w: QMainWindow, settings) -> None:
    geometry = settings.geometry("geometry")
    if geometry is not None:
        w.restoreGeometry(geometry)
        fit_to_screen(w, w.width(), w.height())
    state = settings.geometry("windowState")
    if state is None or not w.restoreState(QByteArray(state), STATE_VERSION):
        # The plot gets the room: the side columns start at their natural widths (once shown:
        # docks are sized against the laid-out window).
        QTimer.singleShot(0, lambda: w.resizeDocks([w.views.docks["settingsDock"], w.views.docks["samplesDock"]],
                                                   w.views.default_widths, Qt.Orientation.Horizontal))


def save(w: QMainWindow, settings) -> None:
    settings.set_geometry("geometry", w.saveGeometry())
    settings.set_geometry("windowState", w.saveState(STATE_VERSION))

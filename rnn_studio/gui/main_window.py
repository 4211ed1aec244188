"""The main window: it builds the features, lays out their views and wires them together.

Each feature (``corpus/``, ``training/``, ``writing/``, ``model/``, ``recovery/``) gets what
it needs passed in and reports through signals; the window connects those signals, keeps
the enabled states in line (``refresh``), remembers the settings and the arrangement of the
views, and closes cleanly. Its public methods are the automation contract scripts and
tests drive; most are a feature's own method (``commands.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from rnn_studio.core.config import ModelConfig, SampleConfig, TrainConfig
from rnn_studio.gui import actions, engine, jobs, views
from rnn_studio.gui.commands import commands
from rnn_studio.gui.corpus.feature import CorpusFeature
from rnn_studio.gui.corpus.panel import CorpusPanel
from rnn_studio.gui.inspect.feature import InspectFeature
from rnn_studio.gui.lecture.feature import LectureFeature
from rnn_studio.gui.model.document import ModelDocument
from rnn_studio.gui.model.feature import ModelFeature
from rnn_studio.gui.model.panel import ModelPanel
from rnn_studio.gui.recovery.feature import RecoveryFeature
from rnn_studio.gui.runs.compare_feature import CompareFeature
from rnn_studio.gui.runs.panel import RunsPanel
from rnn_studio.gui.settings import Settings
from rnn_studio.gui.training.controller import TrainingController
from rnn_studio.gui.training.feature import TrainingFeature
from rnn_studio.gui.training.fit import FitFeature
from rnn_studio.gui.training.panel import TrainPanel
from rnn_studio.gui.training.timeline import SamplesTimeline
from rnn_studio.gui.ui import Ui
from rnn_studio.gui.widgets import dialogs, guard
from rnn_studio.gui.widgets.loss_plot import LossPlotPanel
from rnn_studio.gui.widgets.units import Units
from rnn_studio.gui.writing.controller import WritingController
from rnn_studio.gui.writing.feature import WritingFeature
from rnn_studio.gui.writing.panel import WriterPanel

SHUTDOWN_MS = 2000


class MainWindow(QMainWindow):
    # For scripts and tests: what just happened, as plain values.
    engineReady = Signal()
    corpusLoaded = Signal(str)
    corpusRefused = Signal(str)
    recoveryHandled = Signal(str)       # 'recovered', 'discarded', 'later' or 'failed'
    runAutosaved = Signal(int, str)     # step, '' or why it failed
    modelLoaded = Signal(str)
    modelSaved = Signal(str)
    trainingFinished = Signal(str)      # 'budget', 'stopped', 'failed' or 'refused'
    generationFinished = Signal(str)    # 'done', 'stopped', 'refused' or 'failed'

    def __init__(self, corpus_path: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = Settings()
        self.engine = engine.instance()
        self.ui = Ui(self, self.engine)
        self._close_ready = self._in_close_event = False
        # ---- the views
        self.corpus_panel, self.model_panel, self.train_panel = CorpusPanel(self), ModelPanel(self), TrainPanel(self)
        self.plot_panel = LossPlotPanel(self)
        self.plot = self.plot_panel.plot
        self.units = Units(self)
        self.timeline, self.writer = SamplesTimeline(self), WriterPanel(self)
        self.step_label = QLabel("", self, objectName="stepLabel")
        self.engine_label = QLabel(self.tr("engine: loading…"), self, objectName="engineLabel")
        # ---- the features
        self.document = ModelDocument(self)
        self.training = TrainingController(self)
        self.writing = WritingController(self)
        self.corpus_feature = CorpusFeature(self.ui, self.corpus_panel, self.settings, self.training, self)
        self.recovery = RecoveryFeature(self.ui, self.document, self.training, self.corpus_feature,
                                        self.train_panel.autosave, self)
        self.run = TrainingFeature(self.ui, self.training, self.corpus_feature, self.document, self.model_panel,
                                   self.train_panel, self.plot, self.timeline, self.step_label,
                                   self.recovery.autosaver, self.units, self)
        self.write = WritingFeature(self.ui, self.writing, self.writer, self.document, self.training, self)
        self.model = ModelFeature(self.ui, self.document, self.training, self.run, self.corpus_feature,
                                  self.model_panel, self.settings, self)
        self.fit = FitFeature(self.ui, self.training, self.corpus_feature, self.document, self.model, self.model_panel,
                              self.train_panel, self.settings, self)
        self.inspect = InspectFeature(self.document, self)
        self.runs_panel = RunsPanel(parent=self)
        self.compare = CompareFeature(self)
        self._overlay: list = []
        self.lecture = LectureFeature(self.ui, self.model, self.model_panel, self.settings, self)
        self.views = views.build(self)
        self.acts = actions.build(self)
        guard.guard(self)
        guard.honest_ranges(self)
        hint = self.lecture.first_run_hint()
        if hint is not None:
            self.statusBar().addWidget(hint)
        self._connect()
        self.restore_settings()
        self.corpus_feature.open_first(corpus_path)
        self.setAcceptDrops(True)
        self.engine.ready.connect(self._on_engine_ready)
        self.engine.failed.connect(self._on_engine_failed)
        if self.engine.loaded:
            QTimer.singleShot(0, self._on_engine_ready)
        else:
            self.status(self.tr("loading engine…"))
            self.engine.start_after_first_paint(self)
        self.refresh()

    def _connect(self) -> None:
        c, r, m, w, t = self.corpus_feature, self.recovery, self.model, self.write, self.training
        for changed in (c.busy_changed, t.state_changed, w.changed, self.document.changed):
            changed.connect(self.refresh)
        c.loaded.connect(self._on_corpus_loaded)
        c.refused.connect(self.corpusRefused)
        self.run.starting.connect(self._before_training)
        t.autosaved.connect(self.runAutosaved)
        self.run.finished.connect(self.trainingFinished)
        w.finished.connect(self.generationFinished)
        m.loaded.connect(self.modelLoaded)
        m.saved.connect(self._on_saved)
        m.forgotten.connect(r.forget)
        m.shown.connect(self.show_model)
        r.recovered.connect(self.show_model)
        r.handled.connect(self.recoveryHandled)
        self.runs_panel.compare_requested.connect(self.compare_runs)
        self.runs_panel.open_model_requested.connect(self.load_model)
        self.run.finished.connect(self._on_run_finished)
        self.plot_panel.unit_combo.currentIndexChanged.connect(
            lambda: self.units.set(self.plot_panel.unit_combo.currentData()))

    # ---- the automation contract ------------------------------------------------------------
    # Its commands are the features' own methods (signature, docstring and return value).
    load_corpus, choose_corpus, finish_corpus_load = commands("corpus_feature", "load", "choose", "finish_load")
    start_training, train_or_resume, toggle_pause, stop_training = commands(
        "run", "start", "train_or_resume", "toggle_pause", "stop")
    generate, stop_generation, copy_text, save_text = commands("write", "generate", "stop", "copy_text", "save_text")
    new_model, choose_model, load_model, save_model = commands("model", "new", "choose", "load", "save")
    open_lecture, = commands("lecture", "open")       # the "hello" walkthrough (``lectureView``), shown and returned
    autosave_minutes, = commands("recovery", "minutes")

    @property
    def corpus(self):
        return self.corpus_feature.corpus

    def compare_runs(self, ids) -> list:
        """Overlay the runs ``ids`` from the run store on the loss plot, one curve per run
        named by its id (the previous overlay goes); returns the curves."""
        from rnn_studio.gui.runs.overlay import replace_overlay

        self._overlay = replace_overlay(self, self.plot.getPlotItem(), self._overlay, ids, self.plot.x_key,
                                        self.units.unit)
        return self._overlay

    def compare_cells(self, cells=("rnn", "lstm", "gru"), layers=(1,), minutes: float = 1.0, steps: int = 0) -> None:
        """Train each cell at each depth on the current text, one after another (``compare``: its
        queue, and ``finished(ids)`` at the end); ``steps`` > 0 is the budget instead of minutes."""
        self.compare.start(cells, layers, minutes, steps)

    def show_view(self, name: str):
        """Open a view's dock and bring it forward: 'nextCharDock', 'surprisalDock', 'inspectorDock', …"""
        return views.show_view(self, name)

    def status(self, text: str, ms: int = 0) -> None:
        self.ui.status(text, ms)

    # ---- state shown -------------------------------------------------------------------------
    def refresh(self, *_) -> None:
        """Bring titles and enabled states in line with the model, the run and the writer."""
        self.setWindowTitle(f"{self.document.name()}[*] — RNN Studio")
        self.setWindowModified(self.document.dirty)
        self.run.show_state()
        self.model.show_state()
        self.write.show_state()
        self.corpus_panel.setEnabled(not self.training.active)
        actions.follow(self.acts, self)
        self.update_estimate()

    def update_estimate(self) -> None:
        self.model.show_estimate()

    def show_model(self, snap, note: str) -> None:
        """Panels, plot and timeline for a model that did not come from a run just now
        (None: a new model); nothing of the previous model stays on screen."""
        self.run.show_model(snap, note)
        self.refresh()

    def _on_corpus_loaded(self, path: str) -> None:
        self.refresh()
        self.corpusLoaded.emit(path)

    def _on_saved(self, path: str) -> None:
        self.refresh()
        self.modelSaved.emit(path)

    def _on_run_finished(self, _reason: str) -> None:
        if not self._close_ready:           # closing: no new work
            self.runs_panel.reload()

    def _before_training(self) -> None:
        self.recovery.arm()
        self.save_settings()

    # ---- the engine --------------------------------------------------------------------------
    def _on_engine_ready(self) -> None:
        from rnn_studio.core.device import unavailable

        self.train_panel.disable_devices(unavailable())
        self.engine_label.setText(self.engine.describe())
        if self.statusBar().currentMessage() == self.tr("loading engine…"):
            self.status(self.tr("ready"), 3000)
        self.update_estimate()
        self.engineReady.emit()
        QTimer.singleShot(0, self.recovery.offer)

    def _on_engine_failed(self, message: str) -> None:
        self.engine_label.setText(self.tr("engine unavailable"))
        dialogs.error(self, self.tr("Engine unavailable"), message)

    # ---- settings ----------------------------------------------------------------------------
    def restore_settings(self) -> None:
        s = self.settings
        self.model_panel.set_config(s.config("model", ModelConfig))
        self.train_panel.set_config(s.config("train", TrainConfig))
        self.writer.set_config(s.config("sample", SampleConfig))
        self.recovery.set_minutes(s.get("autosave_minutes", None))
        self.plot_panel.set_choices(s.get("plot", {}))
        self.units.set(self.plot_panel.unit_combo.currentData())
        views.restore(self, s)

    def save_settings(self) -> None:
        s = self.settings
        if self.document.snapshot is None:
            s.set_config("model", self.model_panel.config())
        s.set_config("train", self.train_panel.config())
        s.set_config("sample", self.writer.config())
        s.set("plot", self.plot_panel.choices())
        s.set("autosave_minutes", self.recovery.minutes())
        views.save(self, s)
        s.sync()

    # ---- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not files:
            return
        event.acceptProposedAction()
        path = files[0]
        # Open after the drop returns, so a refusal dialog does not hold the drag source.
        QTimer.singleShot(0, lambda: self.load_model(path) if path.endswith(".rnn")
                          else self.load_corpus(path, wait=False))

    # ---- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.document.saving:
            # A save is never cut short: let it finish (it takes moments), then go on.
            self.status(self.tr("finishing the save…"))
            self.document.wait_for_save()
        if not self._close_ready:
            self._in_close_event = True
            self.model.settle_unsaved(self._ready_to_close)
            self._in_close_event = False
        if not self._close_ready:
            event.ignore()
            return
        self._shut_down()
        event.accept()

    def _ready_to_close(self) -> None:
        self._close_ready = True
        if not self._in_close_event:    # the user chose to save, and that save is done
            QTimer.singleShot(0, self.close)

    def _shut_down(self) -> None:
        """Stop the jobs (each checks its flag between steps), remember the settings, and
        remove the recovery file: this is a clean close."""
        self.recovery.stop()
        self.corpus_feature.runner.abandon()
        self.writing.finish_now(SHUTDOWN_MS)
        self.training.finish_now(SHUTDOWN_MS)
        self.document.wait_for_save()
        jobs.wait_all(SHUTDOWN_MS)          # the views' short jobs (reading the run store, scoring)
        self.save_settings()
        self.recovery.forget()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.plot.apply_palette(self.palette())
            actions.recolor(self.acts, self.palette())
        super().changeEvent(event)

    def show_numbers_help(self):
        """Help ▸ What do these numbers mean? (returns the dialog, shown without blocking)."""
        from rnn_studio.gui.help.numbers import show

        return show(self, self.corpus)

    def about(self) -> None:
        from rnn_studio.gui.help.about import show

        show(self)

"""The main window: it builds the features, lays out their views and wires them together.

Each feature (``corpus/``, ``training/``, ``writing/``, ``model/``, ``recovery/``) gets what
it needs passed in and reports through signals; the window connects those signals, keeps
the enabled states in line (``refresh``), remembers the settings and the arrangement of the
views, and closes cleanly. Its public methods are the automation contract scripts and
tests drive.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from rnn_studio import __version__
from rnn_studio.core.config import ModelConfig, SampleConfig, TrainConfig
from rnn_studio.gui import actions, engine, jobs, views
from rnn_studio.gui.corpus.feature import CorpusFeature
from rnn_studio.gui.corpus.panel import CorpusPanel
from rnn_studio.gui.inspect.feature import InspectFeature
from rnn_studio.gui.lecture.feature import LectureFeature
from rnn_studio.gui.model.document import ModelDocument
from rnn_studio.gui.model.feature import ModelFeature
from rnn_studio.gui.model.panel import ModelPanel, assess
from rnn_studio.gui.recovery.feature import RecoveryFeature
from rnn_studio.gui.runs.compare_feature import CompareFeature
from rnn_studio.gui.runs.panel import RunsPanel
from rnn_studio.gui.settings import Settings
from rnn_studio.gui.training.controller import TrainingController
from rnn_studio.gui.training.feature import TrainingFeature
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
        c.loaded.connect(self._on_corpus_loaded)
        c.refused.connect(self.corpusRefused)
        c.busy_changed.connect(self.refresh)
        self.model_panel.changed.connect(self.update_estimate)
        for spin in (self.train_panel.seq_len.valueChanged, self.train_panel.batch.valueChanged,
                     self.train_panel.advanced.changed):
            spin.connect(self.update_estimate)
        t.state_changed.connect(self.refresh)
        self.run.starting.connect(self._before_training)
        t.autosaved.connect(self._on_autosaved)
        self.run.finished.connect(self.trainingFinished)
        w.changed.connect(self.refresh)
        w.finished.connect(self.generationFinished)
        m.loaded.connect(self.modelLoaded)
        m.saved.connect(self._on_saved)
        m.forgotten.connect(r.forget)
        m.shown.connect(self.show_model)
        r.recovered.connect(self.show_model)
        r.handled.connect(self.recoveryHandled)
        self.document.changed.connect(self.refresh)
        self.runs_panel.compare_requested.connect(self.compare_runs)
        self.runs_panel.open_model_requested.connect(self.load_model)
        self.run.finished.connect(self._on_run_finished)
        self.plot_panel.unit_combo.currentIndexChanged.connect(
            lambda: self.units.set(self.plot_panel.unit_combo.currentData()))
        self.training.stepped.connect(self._on_stepped)

    # ---- the automation contract ------------------------------------------------------------
    @property
    def corpus(self):
        return self.corpus_feature.corpus

    def load_corpus(self, path: str, wait: bool = True, encoding: str | None = None) -> bool:
        return self.corpus_feature.load(path, wait, encoding)

    def choose_corpus(self) -> None:
        self.corpus_feature.choose()

    def finish_corpus_load(self) -> None:
        self.corpus_feature.finish_load()

    def start_training(self) -> bool:
        return self.run.start()

    def train_or_resume(self) -> None:
        self.run.train_or_resume()

    def toggle_pause(self) -> None:
        self.run.toggle_pause()

    def stop_training(self) -> None:
        self.run.stop()

    def generate(self) -> bool:
        return self.write.generate()

    def stop_generation(self) -> None:
        self.write.stop()

    def copy_text(self) -> None:
        self.write.copy_text()

    def save_text(self) -> bool:
        return self.write.save_text()

    def new_model(self) -> None:
        self.model.new()

    def choose_model(self) -> None:
        self.model.choose()

    def load_model(self, path: str) -> bool:
        return self.model.load(path)

    def save_model(self, path: str | None = None, ask: bool = False, then=None) -> bool:
        return self.model.save(path, ask, then)

    def open_lecture(self):
        """The lecture's "hello" walkthrough (objectName ``lectureView``), shown and returned."""
        return self.lecture.open()

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

    def autosave_minutes(self) -> float:
        return self.recovery.minutes()

    def status(self, text: str, ms: int = 0) -> None:
        self.ui.status(text, ms)

    # ---- state shown -------------------------------------------------------------------------
    def refresh(self, *_) -> None:
        """Bring titles and enabled states in line with the model, the run and the writer."""
        state, snap, a = self.training.state, self.document.snapshot, self.acts
        self.setWindowTitle(f"{self.document.name()}[*] — RNN Studio")
        self.setWindowModified(self.document.dirty)
        has_model = snap is not None
        self.train_panel.set_state(state, has_model)
        if self.corpus_feature.busy:     # Train waits for the text being read
            self.train_panel.train_button.setEnabled(False)
        if has_model:
            self.model_panel.set_config(snap.model_cfg)
        self.model_panel.set_locked(has_model or self.training.active, self._model_source(),
                                   can_renew=not self.training.active)
        writing = self.write.busy
        self.writer.set_available(self.write.can_write() and not writing,
                                  self.tr("Train a model or open one to write with it."))
        if not writing and self.writer.busy:
            self.writer.set_busy(False)
        idle = not self.training.active
        a.train.setEnabled(self.train_panel.train_button.isEnabled())
        a.pause.setEnabled(self.train_panel.pause_button.isEnabled())
        a.stop.setEnabled(self.train_panel.stop_button.isEnabled())
        a.new.setEnabled(idle)
        a.open_model.setEnabled(idle)
        a.open_corpus.setEnabled(idle)
        self.corpus_panel.setEnabled(idle)
        a.save.setEnabled((has_model or self.training.active) and not self.document.saving)
        a.save_as.setEnabled(a.save.isEnabled())
        a.generate.setEnabled(self.writer.generate_button.isEnabled())
        a.stop_writing.setEnabled(writing)
        self.update_estimate()

    def _model_source(self) -> str:
        snap = self.document.snapshot
        if snap is None:
            return self.tr("training a new model…") if self.training.active else ""
        origin = snap.corpus.get("name") if isinstance(snap.corpus, dict) else None
        steps = snap.step
        if self.training.active and self.run.run_steps:
            steps += self.run.run_steps
        text = self.tr("{cell} trained for {steps:,} steps").format(cell=snap.model_cfg.cell.upper(), steps=steps)
        return text + (self.tr(" on {0}").format(origin) if origin else "")

    def show_model(self, snap, note: str) -> None:
        """Panels, plot and timeline for a model that did not come from a run just now
        (None: a new model); nothing of the previous model stays on screen."""
        self.plot.reset()
        self.timeline.clear()
        self.train_panel.finish(False, note)
        self.train_panel.show_note("")
        self.train_panel.progress.setValue(0)
        self.step_label.setText(self.tr("step {0:,}").format(snap.step) if snap is not None else "")
        self.step_label.setToolTip("")
        if snap is not None:
            self.model_panel.set_config(snap.model_cfg)
            self.train_panel.set_config(snap.train_cfg, budget=False)
            self.plot.set_history(snap.history)
            self.plot.set_baseline(getattr(snap, "baseline_loss", None))
        self.refresh()

    def update_estimate(self) -> None:
        if not self.engine.loaded:
            self.model_panel.show_size(None, self.tr("loading engine…"))
            return
        snap, corpus = self.document.snapshot, self.corpus
        cfg = snap.model_cfg if snap is not None else self.model_panel.config()
        tcfg = self.train_panel.config()
        if snap is not None:
            cfg.vocab_size = len(snap.vocab)
        elif corpus is not None:
            from rnn_studio.core.preparation import model_vocab
            cfg.vocab_size = len(model_vocab(corpus, cfg))
        else:
            cfg.vocab_size = 0
        if cfg.vocab_size == 0:
            self.model_panel.show_size(None, self.tr("open a text to size the model"))
            return
        chars = int(corpus.n_chars * (1 - tcfg.val_fraction)) if corpus else 0
        self.model_panel.show_size(*assess(cfg, tcfg, chars))

    def _on_stepped(self, _events) -> None:
        if self.document.snapshot is not None:     # "trained for N steps" follows the run
            self.model_panel.set_locked(True, self._model_source(), can_renew=False)

    def _on_corpus_loaded(self, path: str) -> None:
        from rnn_studio.core.hangul import is_mostly_hangul

        self.model_panel.offer_jamo(is_mostly_hangul(self.corpus.preview))
        self.refresh()
        self.corpusLoaded.emit(path)

    def _on_saved(self, path: str) -> None:
        self.refresh()
        self.modelSaved.emit(path)

    def _on_autosaved(self, step: int, error: str) -> None:
        if error:
            self.status(self.tr("{0}; training goes on").format(error), 15000)
        else:
            self.step_label.setToolTip(self.tr("autosaved at step {0:,}").format(step))
        self.runAutosaved.emit(step, error)

    def _on_run_finished(self, _reason: str) -> None:
        if not self._close_ready:           # closing: no new work
            self.runs_panel.reload()

    def _before_training(self) -> None:
        self.recovery.arm()
        self.save_settings()

    # ---- the engine --------------------------------------------------------------------------
    def _on_engine_ready(self) -> None:
        import torch

        from rnn_studio.core.device import unavailable

        self.train_panel.disable_devices(unavailable())
        gpu = "CUDA" if torch.cuda.is_available() else "MPS" if torch.backends.mps.is_available() else None
        self.engine_label.setText(self.tr("torch {0} · {1}").format(
            torch.__version__.split("+")[0], gpu or self.tr("CPU only")))
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
        dialogs.info(self, self.tr("About RNN Studio"), self.tr(
            "RNN Studio {0}\n\nTrain a character-level recurrent network (RNN, LSTM or GRU) on your "
            "own text, watch it learn, then write with it.").format(__version__))

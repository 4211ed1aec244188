"""The main window: panels, wiring, status, the corpus, settings, drag and drop, closing.

The corpus, training, writing and model files each have their own flow (``flow_*.py``)
mixed in here; the work itself happens in controllers that own the worker threads.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from rnn_studio import __version__
from rnn_studio.core.config import ModelConfig, SampleConfig, TrainConfig
from rnn_studio.gui import actions, dialogs, engine, layout
from rnn_studio.gui.corpus_loading import CorpusLoader
from rnn_studio.gui.document import ModelDocument
from rnn_studio.gui.flow_corpus import CorpusFlow
from rnn_studio.gui.flow_model import ModelFlow
from rnn_studio.gui.flow_recovery import RecoveryFlow
from rnn_studio.gui.flow_training import TrainingFlow
from rnn_studio.gui.flow_writing import WritingFlow
from rnn_studio.gui.model_panel import assess
from rnn_studio.gui.settings import Settings
from rnn_studio.gui.training import TrainingController
from rnn_studio.gui.writing import WritingController

SHUTDOWN_MS = 2000


class MainWindow(CorpusFlow, TrainingFlow, WritingFlow, ModelFlow, RecoveryFlow, QMainWindow):
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
        self.corpus = None
        self.engine = engine.instance()
        self.document = ModelDocument(self)
        self.training = TrainingController(self)
        self.writing = WritingController(self)
        self.corpus_loader = CorpusLoader(self)
        self._fallbacks: list[str] = []
        self._run_steps, self._last_val_bpc = 0, None
        self._snapshot_pending = self._close_ready = self._in_close_event = False
        layout.build(self)
        self.acts = actions.build(self)
        self._init_recovery()
        self._connect()
        self.restore_settings()
        self._open_first_corpus(corpus_path)
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
        cp, tp, w, t, wr, d = (self.corpus_panel, self.train_panel, self.writer, self.training,
                               self.writing, self.document)
        cp.open_requested.connect(self.choose_corpus)
        cp.bundled_requested.connect(lambda path: self.load_corpus(path, wait=False))
        self.model_panel.changed.connect(self.update_estimate)
        self.model_panel.new_requested.connect(self.new_model)
        for spin in (tp.seq_len.valueChanged, tp.batch.valueChanged, tp.advanced.changed):
            spin.connect(self.update_estimate)
        tp.train_clicked.connect(self.train_or_resume)
        tp.pause_clicked.connect(lambda _checked: self.toggle_pause())
        tp.stop_clicked.connect(self.stop_training)
        t.state_changed.connect(self._on_training_state)
        t.stepped.connect(self._on_stepped)
        t.evaluated.connect(self._on_evaluated)
        t.sampled.connect(self._on_sampled)
        t.noted.connect(self._on_noted)
        t.ended.connect(self._on_training_ended)
        t.refused.connect(self._on_training_refused)
        t.crashed.connect(self._on_training_crashed)
        t.autosaved.connect(self._on_autosaved)
        self.corpus_loader.done.connect(self._on_corpus_done)
        w.generate_clicked.connect(self.generate)
        w.stop_clicked.connect(self.stop_generation)
        w.copy_clicked.connect(self.copy_text)
        w.save_clicked.connect(self.save_text)
        wr.chunk.connect(self._on_chunk)
        wr.ended.connect(self._on_writing_ended)
        wr.refused.connect(self._writing_refused)
        wr.crashed.connect(self._on_writing_crashed)
        d.changed.connect(self.refresh)
        d.saved.connect(self._on_saved)
        d.save_refused.connect(self._on_save_refused)
        d.crashed.connect(self.internal_error)

    # ---- state shown -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Bring titles and enabled states in line with the model, the run and the writer."""
        state, snap, a = self.training.state, self.document.snapshot, self.acts
        self.setWindowTitle(f"{self.document.name()}[*] — RNN Studio")
        self.setWindowModified(self.document.dirty)
        has_model = snap is not None
        self.train_panel.set_state(state, has_model)
        if self.corpus_loader.busy:     # Train waits for the text being read
            self.train_panel.train_button.setEnabled(False)
        if has_model:
            self.model_panel.set_config(snap.model_cfg)
        self.model_panel.set_locked(has_model or self.training.active, self._model_source(),
                                   can_renew=not self.training.active)
        writing = self.writing.active or self._snapshot_pending
        self.writer.set_available(self.can_write() and not writing,
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
        text = self.tr("{cell} trained for {steps:,} steps").format(cell=snap.model_cfg.cell.upper(), steps=snap.step)
        return text + (self.tr(" on {0}").format(origin) if origin else "")

    def update_estimate(self) -> None:
        if not self.engine.loaded:
            self.model_panel.show_size(None, self.tr("loading engine…"))
            return
        snap = self.document.snapshot
        cfg = snap.model_cfg if snap is not None else self.model_panel.config()
        tcfg = self.train_panel.config()
        cfg.vocab_size = len(snap.vocab) if snap is not None else (len(self.corpus.vocab) if self.corpus else 0)
        if cfg.vocab_size == 0:
            self.model_panel.show_size(None, self.tr("open a text to size the model"))
            return
        chars = int(self.corpus.n_chars * (1 - tcfg.val_fraction)) if self.corpus else 0
        self.model_panel.show_size(*assess(cfg, tcfg, chars))

    def status(self, text: str, ms: int = 0) -> None:
        self.statusBar().showMessage(text, ms)

    def internal_error(self, details: str) -> None:
        """A bug, not the user's fault: say so plainly, keep the details for a report."""
        last = details.strip().splitlines()[-1] if details.strip() else ""
        dialogs.error(self, self.tr("Internal error"),
                      self.tr("Something went wrong inside RNN Studio; your work so far is kept.\n\n{0}")
                      .format(last))

    # ---- the engine --------------------------------------------------------------------------
    def ensure_engine(self) -> bool:
        if self.engine.loaded:
            return True
        self.status(self.tr("loading engine…"))
        if not self.engine.ensure():
            dialogs.error(self, self.tr("Engine unavailable"), self.engine.error or "")
            return False
        return True

    def _on_engine_ready(self) -> None:
        import torch

        gpu = "CUDA" if torch.cuda.is_available() else "MPS" if torch.backends.mps.is_available() else None
        self.engine_label.setText(self.tr("torch {0} · {1}").format(
            torch.__version__.split("+")[0], gpu or self.tr("CPU only")))
        if self.statusBar().currentMessage() == self.tr("loading engine…"):
            self.status(self.tr("ready"), 3000)
        self.update_estimate()
        self.engineReady.emit()
        QTimer.singleShot(0, self.offer_recovery)

    def _on_engine_failed(self, message: str) -> None:
        self.engine_label.setText(self.tr("engine unavailable"))
        dialogs.error(self, self.tr("Engine unavailable"), message)

    # ---- settings ----------------------------------------------------------------------------
    def restore_settings(self) -> None:
        s = self.settings
        self.model_panel.set_config(s.config("model", ModelConfig))
        self.train_panel.set_config(s.config("train", TrainConfig))
        self.writer.set_config(s.config("sample", SampleConfig))
        self.set_autosave_minutes(s.get("autosave_minutes", None))
        self.plot_panel.set_choices(s.get("plot", {}))
        geometry = s.geometry("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for split in (self.main_split, self.right_split, self.top_split):
            state = s.geometry(split.objectName())
            if state is not None:
                split.restoreState(state)

    def save_settings(self) -> None:
        s = self.settings
        if self.document.snapshot is None:
            s.set_config("model", self.model_panel.config())
        s.set_config("train", self.train_panel.config())
        s.set_config("sample", self.writer.config())
        s.set("plot", self.plot_panel.choices())
        s.set("autosave_minutes", self.autosave_minutes())
        s.set_geometry("geometry", self.saveGeometry())
        for split in (self.main_split, self.right_split, self.top_split):
            s.set_geometry(split.objectName(), split.saveState())
        s.sync()

    # ---- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.document.saving:
            # A save is never cut short: let it finish (it takes moments), then go on.
            self.status(self.tr("finishing the save…"))
            self.document.wait_for_save()
        if not self._close_ready:
            self._in_close_event = True
            self.settle_unsaved(self._ready_to_close)
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
        """Stop the workers (each checks its flag between steps), remember the settings, and
        remove the recovery file: this is a clean close."""
        self.stop_autosaving()
        self.corpus_loader.abandon()
        self.writing.finish_now(SHUTDOWN_MS)
        self.training.finish_now(SHUTDOWN_MS)
        self.document.wait_for_save()
        self.save_settings()
        self.forget_recovery()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.plot.apply_palette(self.palette())
            actions.recolor(self.acts, self.palette())
        super().changeEvent(event)

    def about(self) -> None:
        dialogs.info(self, self.tr("About RNN Studio"), self.tr(
            "RNN Studio {0}\n\nTrain a character-level recurrent network (RNN, LSTM or GRU) on your "
            "own text, watch it learn, then write with it.").format(__version__))

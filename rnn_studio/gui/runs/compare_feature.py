"""Compare cells in the window: RNN, LSTM and GRU (optionally at 1, 2 and 3 layers) trained on
the current text with one budget and otherwise the window's settings, one after another.

    feature = CompareFeature(window)           # the window's training controller, plot and Runs panel
    feature.start(("rnn", "lstm", "gru"), layers=(1,), minutes=1.0)
    feature.finished.connect(...)              # the ids of the runs kept, when the queue has ended

Every run goes through the window's own training path (``TrainingFeature.begin_run`` and the
``TrainingController``): recorded in the run store like any window run, its model saved in
a folder of its own next to the store, its loss on the window's plot live. Never two at a
time: on a CPU they would share the cores and the comparison would be unfair. The queue
(``compareQueue`` in the Runs panel) shows each run's state; Pause holds the run that is
training (and the queue with it); Cancel, or Stop in the Train panel, stops it (it is kept)
and skips the rest. At the end the kept runs are overlaid on the loss plot and selected in
``runsTable``: the overlay and the table are the comparison's result.

The runs do not become the window's model (the current model, if any, stays as it was).
"""

from __future__ import annotations

import dataclasses
import time
import weakref
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from rnn_studio.core import events as ev
from rnn_studio.core.compare import QueueItem, model_file, plan
from rnn_studio.core.errors import UserError
from rnn_studio.core.recorder import done_status
from rnn_studio.gui.runs.compare_dialog import CompareDialog
from rnn_studio.gui.runs.compare_queue import CompareQueueView
from rnn_studio.gui.widgets import dialogs


class CompareFeature(QObject):
    started = Signal(int)               # how many runs are queued
    item_changed = Signal(int, str)     # a run's place in the queue and its new state
    finished = Signal(list)             # the ids of the runs kept (finished or stopped), in queue order
    refused = Signal(str)               # why the comparison did not start, in words

    def __init__(self, w):
        super().__init__(w)
        self._window = weakref.ref(w)   # the window owns this feature, not the other way round
        self.items: list[QueueItem] = []
        self.current: QueueItem | None = None
        self.cancelled = self.paused = False
        self.corpus = None
        self._run = None                # the current item's TrainingRun (it learns the run's id)
        self._segment = None            # the current run's budget, for its progress
        self.action = QAction(self.tr("Compare &Cells…"), w, objectName="compareCellsAction")
        self.action.setStatusTip(self.tr("Train RNN, LSTM and GRU on this text with one budget, "
                                         "one after another, and compare their losses"))
        self.action.triggered.connect(lambda _=False: self.open_dialog())
        self.button = QPushButton(self.tr("Compare cells…"), objectName="compareCellsButton")
        self.button.setToolTip(self.action.statusTip())
        self.button.clicked.connect(lambda _=False: self.open_dialog())
        self.view = CompareQueueView()
        self.view.pause_clicked.connect(self.toggle_pause)
        self.view.cancel_clicked.connect(self.cancel)
        w.runs_panel.add_queue(self.button, self.view)
        c = w.training
        c.stepped.connect(self._on_stepped)
        c.state_changed.connect(self._on_state)
        c.ended.connect(self._on_ended)
        c.refused.connect(self._on_failed)
        c.crashed.connect(lambda details: self._on_failed(details.strip().splitlines()[-1] if details.strip()
                                                          else "internal error"))

    @property
    def w(self):
        return self._window()

    @property
    def active(self) -> bool:
        return bool(self.items) and any(i.state in ("waiting", "training", "paused") for i in self.items)

    # ---- commands ------------------------------------------------------------------------------
    def open_dialog(self) -> CompareDialog | None:
        """The dialog (shown without blocking; Compare starts the queue), or None after a refusal."""
        reason = self._refusal()
        if reason is not None:
            self._refuse(reason)
            return None
        m, t = self.w.model_panel.config(), self.w.train_panel.config()
        summary = self.tr("On {0}, each with the window's other settings: {1} units, sequences of {2}, "
                          "batches of {3}, learning rate {4:g}.").format(
            self.w.corpus.name, m.hidden, t.seq_len, t.batch_size, t.lr)
        dialog = CompareDialog(self.w, summary)
        dialog.accepted.connect(lambda: self.start(*dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def start(self, cells=("rnn", "lstm", "gru"), layers=(1,), minutes: float = 1.0, steps: int = 0) -> bool:
        """Queue one run per cell and depth and start the first. The budget of each run is
        ``minutes`` of training, or ``steps`` when given (scripts and tests). False: refused."""
        from rnn_studio.core.preparation import model_vocab
        from rnn_studio.gui.training.feature import _refusal

        reason = self._refusal()
        if reason is None:
            corpus = self.w.corpus
            model_cfg = self.w.model_panel.config()
            train_cfg = dataclasses.replace(self.w.train_panel.config(), minutes=float(minutes), steps=int(steps))
            try:
                items = plan(model_cfg, train_cfg, tuple(cells), tuple(layers))
                vocab = len(model_vocab(corpus, model_cfg))
                for item in items:
                    refusal = _refusal(item.model_cfg, item.train_cfg, vocab, corpus.n_chars)
                    if refusal is not None:
                        raise UserError(f"{item.title}: {refusal[1]}")
                folder = _new_folder()
            except UserError as exc:
                reason = str(exc)
        if reason is not None:
            self._refuse(reason)
            return False
        if not self.w.ui.ensure_engine():
            return False
        for item in items:
            item.model_path = model_file(folder, corpus.name, item.model_cfg)
        self.items, self.corpus, self.cancelled, self.paused = items, corpus, False, False
        self.view.set_items([i.title for i in items])
        budget = self.tr("{0:,} steps").format(steps) if steps else self.tr("{0:g} min").format(minutes)
        self.view.set_title(self.tr("Comparing {0} runs on {1}, {2} each").format(len(items), corpus.name, budget))
        self.w.run.keeps_model = False
        self.w.compare_runs([])         # a previous overlay would mix with the live curves
        self.w.show_view("runsDock")
        self.started.emit(len(items))
        self._next()
        return True

    def toggle_pause(self) -> None:
        if self.w.training.state in ("starting", "running"):
            self.pause()
        else:
            self.resume()

    def pause(self) -> None:
        """Hold the run that is training; the queue waits with it."""
        if self.current is not None:
            self.paused = True
            self.w.training.pause()

    def resume(self) -> None:
        if self.current is not None:
            self.paused = False
            self.w.training.resume()

    def cancel(self) -> None:
        """Stop the run that is training (it is kept, and recorded as stopped) and skip the rest."""
        if self.current is not None:
            self.cancelled = True
            self.view.set_title(self.tr("Cancelling: stopping {0}…").format(self.current.title))
            self.w.training.stop()

    # ---- the queue -----------------------------------------------------------------------------
    def _next(self) -> None:
        waiting = [i for i in self.items if i.state == "waiting"]
        if waiting and self.cancelled:
            for item in waiting:
                self._set(item, "skipped")
            waiting = []
        if not waiting:
            self._finish()
            return
        item = self.current = waiting[0]
        self._set(item, "training", 0.0)
        self._segment = self.w.run.begin_run(self.corpus, item.model_cfg, item.train_cfg,
                                             model_path=item.model_path, source="compare")
        self._run = self.w.training.run
        if self.cancelled:              # cancelled before this run could start: it stops at once
            self.w.training.stop()
        elif self.paused:               # paused before this run could start: it waits too
            self.w.training.pause()
        self.view.set_running(True, self.paused)

    def _set(self, item: QueueItem, state: str, fraction: float | None = None, best: str = "",
             tip: str = "") -> None:
        changed = item.state != state
        item.state = state
        self.view.set_row(item.index, state, fraction, best, tip)
        if changed:
            self.item_changed.emit(item.index, state)

    def _on_stepped(self, events: list) -> None:
        if self.current is not None and events:
            last = events[-1]
            fraction, _eta = self._segment.progress(last.step, last.elapsed_s)
            self._set(self.current, self.current.state, fraction)

    def _on_state(self, state: str) -> None:
        if self.current is None or state not in ("running", "pausing", "paused"):
            return
        self.paused = state in ("pausing", "paused")
        self._set(self.current, "paused" if self.paused else "training")
        self.view.set_running(True, self.paused)

    def _on_ended(self, outcome, _snapshot) -> None:
        item = self.current
        if item is None:
            return
        self.current = None
        item.run_id, item.result, self._run = getattr(self._run, "run_id", None), outcome, None
        if isinstance(outcome, ev.FailedEvent):
            self._set(item, "failed", tip=outcome.message)
        else:
            best = outcome.best_val_loss
            shown = self.w.units.loss(best) if best is not None else ""
            status, note = done_status(outcome.reason), getattr(outcome, "message", "") or ""
            if status == "stopped":
                self.cancelled = True   # Cancel here or Stop in the Train panel: the rest is skipped
                self._set(item, "stopped", best=shown)
            elif status == "finished":
                self._set(item, "finished", 1.0, shown, note)
            else:
                self._set(item, "failed", best=shown, tip=note or status)
        self._next()

    def _on_failed(self, message: str) -> None:
        item = self.current
        if item is None:
            return
        self.current, self._run = None, None
        self._set(item, "failed", tip=message)
        self._next()

    def _finish(self) -> None:
        w = self.w
        w.run.keeps_model = True
        self.view.set_running(False, False)
        kept = [i.run_id for i in self.items if i.state in ("finished", "stopped") and i.run_id is not None]
        skipped = sum(i.state == "skipped" for i in self.items)
        self.view.set_title(
            self.tr("Cancelled: {0} runs kept, {1} skipped").format(len(kept), skipped) if self.cancelled
            else self.tr("Compared {0} runs on {1}: their curves are on the loss plot").format(
                len(kept), self.corpus.name))
        if not getattr(w, "_close_ready", False):       # a closing window starts nothing new
            if kept:
                w.plot.reset()          # the last run's live curve would double its overlay
                w.compare_runs(kept)
            self._select_when_loaded(kept)
        w.ui.status(self.view.title.text(), 15000)
        self.finished.emit(kept)

    def _select_when_loaded(self, ids: list[int]) -> None:
        panel = self.w.runs_panel

        def select(_count: int) -> None:
            panel.loaded.disconnect(select)
            panel.select_ids(ids)
            shown = [i for i in panel.selected_ids() if i in ids]
            if shown and shown != ids:      # the table's order: one colour per run on both plots
                self.w.compare_runs(shown)
        panel.loaded.connect(select)
        panel.reload()

    # ---- refusals ------------------------------------------------------------------------------
    def _refusal(self) -> str | None:
        if self.active:
            return self.tr("A comparison is already running; cancel it first, or wait for it to end.")
        if self.w.training.active:
            return self.tr("A training run is going on; stop it first, or wait for it to end.")
        self.w.corpus_feature.finish_load()
        if self.w.corpus is None:
            return self.tr("Open a text to train on first (File ▸ Open Text…).")
        return None

    def _refuse(self, message: str) -> None:
        dialogs.error(self.w, self.tr("Cannot compare cells"), message)
        self.w.ui.status(self.tr("not started: {0}").format(message), 15000)
        self.refused.emit(message)


def _new_folder() -> Path:
    """A folder of its own for one comparison's models, next to the run store."""
    from rnn_studio.core.runstore import store_path

    base = store_path().parent / "models" / time.strftime("compare-%Y%m%d-%H%M%S")
    folder, n = base, 1
    while folder.exists():
        n += 1
        folder = base.with_name(f"{base.name}-{n}")
    try:
        folder.mkdir(parents=True)
    except OSError as exc:
        raise UserError(f"cannot make a folder for the compared models ({folder}): {exc.strerror}") from None
    return folder

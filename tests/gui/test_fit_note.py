"""The fit in the window: the note (``fitNote``) says what will be chosen and why, then what
was; the fitted values show in the form; a value the user sets is kept; a new model forgets
the user's choices. Budgets are in steps, or the speed is given, so nothing depends on time."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from rnn_studio.core.config import ModelConfig, TrainConfig

from gui_helpers import WAIT_MS, set_tiny  # noqa: E402


def note(w) -> str:
    label = w.findChild(QLabel, "fitNote")
    assert label is not None and label.isVisible()
    return label.text()


def test_the_note_says_what_will_be_fitted_then_what_was(qtbot, window, corpus_file):
    w = window
    assert w.load_corpus(str(corpus_file))
    set_tiny(w, "GRU", layers=1, hidden=24, steps=120)          # hidden: the user's; dropout and lr: the fit's
    before = note(w)
    assert before.startswith("Will fit dropout ") and ", lr " in before and "hidden" not in before
    assert "passes over a" in before and "in 120 steps" in before
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.start_training()
    snap = w.document.snapshot
    m, t = snap.model_cfg, snap.train_cfg
    assert m.hidden == 24
    after = note(w)
    assert after.startswith(f"Fitted to the text and the budget: dropout {m.dropout:g}, lr {t.lr:g} (about ")
    # the form shows what the run trained with, and Continue goes on with it
    assert w.model_panel.dropout.value() == m.dropout and w.train_panel.lr.value() == t.lr
    assert w.train_panel.config().lr == t.lr


def test_a_value_the_user_sets_is_kept_and_a_new_model_forgets_it(qtbot, window, corpus_file):
    w = window
    assert w.load_corpus(str(corpus_file))
    set_tiny(w, "GRU", layers=1, hidden=24, steps=110)
    w.model_panel.dropout.setValue(0.05)                      # the user's
    assert "dropout" not in note(w) and note(w).startswith("Will fit lr ")
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.start_training()
    snap = w.document.snapshot
    assert (snap.model_cfg.hidden, snap.model_cfg.dropout) == (24, 0.05)
    assert note(w).startswith("Fitted to the text and the budget: lr ")
    w.new_model()
    assert w.model_panel.touched.names == set() and w.train_panel.touched.names == set()
    assert w.model_panel.hidden.value() == ModelConfig.hidden and w.train_panel.lr.value() == TrainConfig.lr
    assert note(w).startswith("Will fit hidden ")


def test_a_budget_in_minutes_is_estimated_from_the_last_measured_speed(qtbot, window, corpus_file):
    w = window
    assert w.load_corpus(str(corpus_file))
    w.train_panel.steps.setValue(0)
    w.train_panel.minutes.setValue(1.0)
    assert "when training starts" in note(w)
    m = w.model_panel.config()
    from rnn_studio.core.preparation import model_vocab
    from rnn_studio.core.sizes import flops_per_char
    m.vocab_size = len(model_vocab(w.corpus, m))
    w.settings.set("fit_speed", [20_000.0, flops_per_char(m)])     # one pair, as an older version kept it
    w.train_panel.minutes.setValue(2.0)
    text = note(w)
    assert text.startswith("Will fit hidden ") and "in 2 min" in text and "last measured speed" in text


def test_every_width_the_probes_measured_is_remembered_for_the_next_estimate(qtbot, window, corpus_file):
    """A run's probes measure one width or two (core/fitting.py); the window keeps them all, and
    its next estimate takes each width's own speed. A damaged setting is not used."""
    import dataclasses

    from rnn_studio.core.fitting import FIELDS, RULES, choose
    from rnn_studio.core.preparation import model_vocab
    from rnn_studio.core.sizes import flops_per_char

    w = window
    assert w.load_corpus(str(corpus_file))
    w.train_panel.steps.setValue(0)
    w.train_panel.minutes.setValue(1.0)
    m = w.model_panel.config()
    m.vocab_size = len(model_vocab(w.corpus, m))
    speeds = ((20_000.0, flops_per_char(m)), (5_000.0, flops_per_char(dataclasses.replace(m, hidden=RULES[0].hidden))))
    fit = choose(set(FIELDS), m, TrainConfig(minutes=1), 86_000, 95_000, 128, speeds)
    w.training.fitted.emit(fit)
    assert w.settings.get("fit_speed") == [list(s) for s in speeds]
    w.new_model()
    assert w.fit._speeds() == list(speeds)
    assert "last measured speed" in note(w)
    for damaged in ([[20_000.0, -1.0]], [[20_000.0]], "fast", [], [True, 3.0]):
        w.settings.set("fit_speed", damaged)
        assert w.fit._speeds() is None
        w.train_panel.minutes.setValue(w.train_panel.minutes.value() + 0.5)      # a new estimate
        assert "when training starts" in note(w)


def test_fitting_off_or_everything_set_says_the_settings_are_used_as_they_are(qtbot, window, corpus_file):
    w = window
    assert w.load_corpus(str(corpus_file))
    w.train_panel.advanced.widgets["fit"].setChecked(False)
    assert note(w).startswith("Fitting is off")
    w.train_panel.advanced.widgets["fit"].setChecked(True)
    w.model_panel.hidden.setValue(64)
    w.model_panel.dropout.setValue(0.1)
    w.train_panel.lr.setValue(0.02)
    # a budget in minutes fits the window length too, until the user sets it
    assert w.train_panel.config().budget_is_steps() is False
    assert note(w).startswith("The settings you leave alone (input_dropout, seq_len, eval_every) are fitted")
    w.train_panel.seq_len.setValue(100)
    assert note(w).startswith("You set the width, dropout, learning rate and sequence length")
    assert w.train_panel.config().seq_len == 100


def test_a_fitted_window_length_shows_in_the_form_and_a_new_model_forgets_it(window, corpus_file):
    """A budget in minutes fits the sequence length too: the form shows the fitted value (not
    as the user's), and File ▸ New model shows the default again."""
    import dataclasses

    from rnn_studio.core.fitting import FIELDS, choose
    from rnn_studio.core.sizes import flops_per_char

    w = window
    assert w.load_corpus(str(corpus_file))
    m = ModelConfig(vocab_size=40)
    fit = choose(set(FIELDS), m, TrainConfig(minutes=1), 86_000, 95_000, 128, (100_000.0, flops_per_char(m)))
    assert "seq_len" in fit.fitted and fit.seq_len < TrainConfig.seq_len
    w.training.fitted.emit(dataclasses.replace(fit, speeds=()))
    assert w.train_panel.seq_len.value() == fit.seq_len and w.train_panel.config().seq_len == fit.seq_len
    assert "seq_len" not in w.train_panel.touched.names
    assert note(w).startswith(f"Fitted to the text and the budget: {fit.settings} (about ")
    w.new_model()
    assert w.train_panel.seq_len.value() == TrainConfig.seq_len


def test_a_fitted_cadence_shows_in_the_form_and_the_users_own_is_kept(window, corpus_file):
    """A short text is validated each pass: the fitted cadence shows in "Validate every" (not
    as the user's); a cadence the user types is theirs; a new model shows the default again."""
    import dataclasses

    from rnn_studio.core.fitting import FIELDS, choose

    w = window
    assert w.load_corpus(str(corpus_file))
    spin = w.train_panel.advanced.widgets["eval_every"]
    assert spin is w.train_panel.eval_every and spin.objectName() == "evalEverySpin"
    fit = choose(set(FIELDS), ModelConfig(vocab_size=40), TrainConfig(steps=2_000, seq_len=64), 18_000, 20_000, 64)
    assert "eval_every" in fit.fitted and fit.eval_every < TrainConfig.eval_every
    w.training.fitted.emit(dataclasses.replace(fit, speeds=()))
    assert spin.value() == fit.eval_every and w.train_panel.config().eval_every == fit.eval_every
    assert "eval_every" not in w.train_panel.touched.names
    assert f"eval_every {fit.eval_every}" in note(w)
    w.new_model()
    assert spin.value() == TrainConfig.eval_every
    assert "eval_every" in note(w)                          # left alone: the fit may choose it
    spin.setValue(35)                                       # the user's
    assert "eval_every" in w.train_panel.touched.names and "eval_every" not in note(w)
    w.model_panel.hidden.setValue(64)
    w.model_panel.dropout.setValue(0.1)
    w.train_panel.lr.setValue(0.02)
    w.train_panel.seq_len.setValue(100)
    assert note(w).startswith("You set the width, dropout, learning rate and sequence length")

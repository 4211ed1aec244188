"""Every bad input gets a clear message and loses nothing: the previous corpus, model and
text stay as they were."""

from __future__ import annotations

import pickle

import pytest
from gui_helpers import WAIT_MS, set_tiny, shot
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


@pytest.fixture
def trained(qtbot, window, corpus_file, tmp_path):
    """A window with a trained model, saved to ``model.rnn``."""
    window.load_corpus(str(corpus_file))
    set_tiny(window, "LSTM", layers=1, hidden=16, steps=20)
    with qtbot.waitSignal(window.trainingFinished, timeout=WAIT_MS):
        window.start_training()
    with qtbot.waitSignal(window.modelSaved, timeout=WAIT_MS):
        window.save_model(str(tmp_path / "model.rnn"))
    return window


def corpus_state(w):
    return (w.corpus.name, w.corpus.sha256, w.corpus_panel.name_label.text(),
            w.corpus_panel.info_label.text(), w.corpus_panel.preview.toPlainText())


BAD_TEXTS = {
    "empty.txt": (b"", "is empty"),
    "blank.txt": (b"  \n\n\t ", "only white space"),
    "binary.txt": (bytes(range(256)) * 8, "binary"),
}
LATIN = "Le café est très naïf.\nÀ bientôt !\n".encode("latin-1") * 40


@pytest.mark.parametrize("name", sorted(BAD_TEXTS))
def test_bad_text_files_are_refused(window, tmp_path, corpus_file, dialogs, name):
    data, reason = BAD_TEXTS[name]
    window.load_corpus(str(corpus_file))
    before = corpus_state(window)
    path = tmp_path / name
    path.write_bytes(data)
    assert not window.load_corpus(str(path))
    assert len(dialogs.errors()) == 1 and reason in dialogs.errors()[0] and name in dialogs.errors()[0]
    assert corpus_state(window) == before


def test_an_undecodable_text_offers_its_likely_encodings_and_keeps_the_choice(window, tmp_path, corpus_file,
                                                                              dialogs):
    window.load_corpus(str(corpus_file))
    before = corpus_state(window)
    path = tmp_path / "latin.txt"
    path.write_bytes(LATIN)
    assert not window.load_corpus(str(path))        # the user closes the choice: nothing changes
    kind, name, message = dialogs.shown[-1]
    assert kind == "choose_encoding" and name == "latin.txt" and "not UTF-8" in message
    assert "--encoding" not in dialogs.errors() and dialogs.errors() == []
    assert {"cp1252", "latin-1"} & set(dialogs.encoding_candidates)
    assert corpus_state(window) == before
    dialogs.encoding_answer = "latin-1"
    assert window.load_corpus(str(path))
    assert "café" in window.corpus_panel.preview.toPlainText() and window.corpus.encoding == "latin-1"
    dialogs.encoding_answer = None                  # remembered: no question the next time
    shown = len(dialogs.shown)
    assert window.load_corpus(str(path)) and len(dialogs.shown) == shown


def test_a_text_opens_in_the_encoding_a_script_names(window, tmp_path, dialogs):
    path = tmp_path / "latin.txt"
    path.write_bytes(LATIN)
    assert window.load_corpus(str(path), encoding="latin-1")
    assert window.corpus.encoding == "latin-1" and "naïf" in window.corpus_panel.preview.toPlainText()
    assert dialogs.shown == [] or all(kind != "choose_encoding" for kind, *_ in dialogs.shown)


def test_missing_text_and_folder_are_refused(window, tmp_path, dialogs):
    before = corpus_state(window)
    assert not window.load_corpus(str(tmp_path / "nowhere.txt"))
    assert not window.load_corpus(str(tmp_path))
    assert "no such file" in dialogs.errors()[0] and "folder" in dialogs.errors()[1]
    assert corpus_state(window) == before


def test_dropped_binary_file_is_refused(qtbot, window, tmp_path, dialogs):
    before = corpus_state(window)
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2000))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: len(dialogs.errors()) == 1, timeout=WAIT_MS)
    assert "binary" in dialogs.errors()[0]
    assert corpus_state(window) == before


def model_state(w):
    return (w.document.snapshot, w.document.path, w.windowTitle(), w.plot.series.train.n,
            w.model_panel.config(), w.findChild(QPlainTextEdit, "sampleOutput").toPlainText())


def bad_models(tmp_path, good: bytes) -> dict:
    files = {
        "pickle.rnn": pickle.dumps({"weights": [1, 2, 3]}),
        "zip-pickle.rnn": b"PK\x03\x04" + bytes(100),
        "truncated.rnn": good[: len(good) // 2],
        "text.rnn": b"this is not a model at all\n" * 10,
        "tiny.rnn": b"\x01\x02",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return {name: str(tmp_path / name) for name in files}


def test_bad_model_files_are_refused(trained, tmp_path, dialogs):
    w = trained
    good = (tmp_path / "model.rnn").read_bytes()
    before = model_state(w)
    expected = {"pickle.rnn": "pickle", "zip-pickle.rnn": "pickle", "truncated.rnn": "truncated",
                "text.rnn": "not an RNN Studio model", "tiny.rnn": "too short"}
    for name, path in bad_models(tmp_path, good).items():
        dialogs.shown.clear()
        assert not w.load_model(path), name
        assert len(dialogs.errors()) == 1 and expected[name] in dialogs.errors()[0], (name, dialogs.errors())
        assert model_state(w) == before, name
    assert not w.load_model(str(tmp_path / "missing.rnn"))
    assert model_state(w) == before
    shot(w, "06-after-refusals")


def test_prefix_with_unknown_characters_says_so_and_keeps_the_text(qtbot, trained, dialogs):
    w = trained
    w.findChild(QLineEdit, "prefixEdit").setText("The")
    with qtbot.waitSignal(w.generationFinished, timeout=WAIT_MS):
        w.generate()
    written = w.findChild(QPlainTextEdit, "sampleOutput").toPlainText()
    w.findChild(QLineEdit, "prefixEdit").setText("Zürich ✓")
    with qtbot.waitSignal(w.generationFinished, timeout=WAIT_MS) as done:
        w.generate()
    assert done.args == ["refused"]
    assert "never saw" in w.statusBar().currentMessage() and "'✓'" in w.writer.note.text()
    assert w.findChild(QPlainTextEdit, "sampleOutput").toPlainText() == written
    assert dialogs.errors() == []


def test_text_too_short_to_train_is_refused(qtbot, window, tmp_path, dialogs):
    path = tmp_path / "ab.txt"
    path.write_text("ab", encoding="utf-8")
    assert window.load_corpus(str(path))
    set_tiny(window)
    with qtbot.waitSignal(window.trainingFinished, timeout=WAIT_MS) as done:
        window.start_training()
    assert done.args == ["refused"]
    assert "too short" in dialogs.errors()[0]
    assert window.training.state == "idle" and window.document.snapshot is None
    assert window.train_panel.train_button.isEnabled()


def test_training_on_text_the_model_cannot_read_is_refused(qtbot, trained, tmp_path, dialogs):
    w = trained
    other = tmp_path / "korean.txt"
    other.write_text("대한민국은 민주공화국이다.\n" * 50, encoding="utf-8")
    assert w.load_corpus(str(other))
    step = w.document.snapshot.step
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS) as done:
        w.start_training()
    assert done.args == ["refused"] and "never saw" in dialogs.errors()[0]
    assert w.document.snapshot.step == step and not w.isWindowModified()


def test_loading_while_training_is_refused(qtbot, window, corpus_file, tmp_path, dialogs):
    w = window
    w.load_corpus(str(corpus_file))
    set_tiny(w, steps=1_000_000)
    w.start_training()
    qtbot.waitUntil(lambda: w.training.state == "running", timeout=WAIT_MS)
    before = corpus_state(w)
    assert not w.load_corpus(str(corpus_file))
    assert not w.load_model(str(tmp_path / "x.rnn"))
    assert len(dialogs.errors()) == 2 and "stop it first" in dialogs.errors()[0]
    assert corpus_state(w) == before and w.training.active
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS):
        w.stop_training()


def test_bfloat16_for_a_gru_on_the_cpu_is_refused_then_float32_trains(qtbot, window, corpus_file, dialogs):
    from rnn_studio.gui.widgets.fields import set_combo_value

    w = window
    w.load_corpus(str(corpus_file))
    set_tiny(w, "GRU", steps=10)
    combo = w.train_panel.advanced.widgets["precision"]
    assert [combo.itemData(i) for i in range(combo.count())] == ["auto", "float32", "bfloat16"]
    set_combo_value(combo, "bfloat16")
    assert w.train_panel.config().precision == "bfloat16"
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS) as done:
        w.start_training()
    assert done.args == ["refused"] and "only the LSTM" in dialogs.errors()[0]
    assert w.document.snapshot is None and w.train_panel.train_button.isEnabled()
    set_combo_value(combo, "float32")
    with qtbot.waitSignal(w.trainingFinished, timeout=WAIT_MS) as done:
        w.start_training()
    assert done.args != ["refused"] and w.document.snapshot.train_cfg.precision == "float32"

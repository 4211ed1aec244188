"""Reading a user's text file: encodings, normalisation, and every refusal (naming the file)."""

from __future__ import annotations

import codecs
import errno
import os
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from rnn_studio.core import events as ev
from rnn_studio.core.config import TrainConfig
from rnn_studio.core.corpus import Corpus, load_corpus, required_chars
from rnn_studio.core.errors import UserError
from rnn_studio.core.preparation import fit_to_corpus

KOREAN = "대한민국은 민주공화국이다.\n대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.\n"


def refusal(path, **kw) -> str:
    with pytest.raises(UserError) as info:
        load_corpus(path, **kw)
    message = str(info.value)
    assert "Traceback" not in message
    return message


# ---- refusals -------------------------------------------------------------------------

def test_missing_path(tmp_path):
    path = tmp_path / "nowhere.txt"
    message = refusal(path)
    assert "nowhere.txt" in message and "no such file" in message


def test_directory(tmp_path):
    folder = tmp_path / "a_folder"
    folder.mkdir()
    message = refusal(folder)
    assert "a_folder" in message and "folder" in message.split(":", 1)[1]


def test_unreadable_file_permission(write_text, monkeypatch):
    path = write_text("some text\n", name="secret.txt")
    if os.geteuid() != 0:            # a real permission error where chmod means something
        path.chmod(0)
        try:
            message = refusal(path)
        finally:
            path.chmod(0o644)
        assert "secret.txt" in message and "permission denied" in message
    # As root (CI) chmod does not stop reads: make the read itself fail.
    def denied(self):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))
    monkeypatch.setattr(Path, "read_bytes", denied)
    message = refusal(path)
    assert "secret.txt" in message and "permission denied" in message


def test_unreadable_file_other_os_error(write_text, monkeypatch):
    path = write_text("some text\n", name="flaky.txt")

    def broken(self):
        raise OSError(errno.EIO, "Input/output error")
    monkeypatch.setattr(Path, "read_bytes", broken)
    message = refusal(path)
    assert "flaky.txt" in message and "Input/output error" in message


@pytest.mark.parametrize("content, words", [
    (b"", "is empty"),
    (codecs.BOM_UTF8, "is empty"),
    (b"   \n\t\r\n  \n", "white space"),
    ("\u3000 \n".encode(), "white space"),
])
def test_empty_and_blank_files(write_text, content, words):
    message = refusal(write_text(content, name="blank.txt"))
    assert "blank.txt" in message and words in message


def test_nul_bytes_mean_binary(write_text):
    message = refusal(write_text(b"hello\x00world\n" * 10, name="data.bin"))
    assert "data.bin" in message and "NUL" in message and "binary" in message


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_opens_when_it_cannot_be_mistaken(write_text, codec):
    text = "To be, or not to be: that is the question.\nÉtienne — naïve café, 대한민국.\n" * 20
    corpus = load_corpus(write_text(text.encode(codec), name="saved-by-notepad.txt"))
    assert corpus.encoding == codec
    assert corpus.vocab.decode(corpus.ids) == text


@pytest.mark.parametrize("raw, why", [
    (KOREAN.encode("utf-16-le") * 5, "mostly Hangul: half its bytes are not zero"),
    ("text".encode("utf-16-le") + b"\x00\x00" + "more".encode("utf-16-le"), "a NUL code unit"),
    ("odd length, otherwise fine".encode("utf-16-le") + b"x", "an odd number of bytes"),
    ("short".encode("utf-16-le"), "too short to tell"),
    (np.arange(400, dtype="<u2").tobytes(), "small integers: control characters"),
    ("a\udc00b".encode("utf-16-le", "surrogatepass") * 10, "a lone surrogate"),
], ids=["hangul", "nul-unit", "odd", "short", "int16-array", "surrogate"])
def test_nul_bytes_that_are_not_plain_utf16_stay_binary_with_a_hint(write_text, raw, why):
    message = refusal(write_text(raw, name="data.bin"))
    assert "binary" in message and "--encoding utf-16-le" in message, why


def test_control_bytes_mean_binary(write_text):
    blob = bytes(range(1, 9)) * 40 + b"some text"     # valid UTF-8, but not text
    message = refusal(write_text(blob, name="blob.dat"))
    assert "blob.dat" in message and "binary" in message


def test_undecodable_random_bytes(write_text):
    rng = np.random.default_rng(3)
    blob = rng.integers(0x80, 0x100, 4000, dtype=np.uint8).tobytes() + b"\xff\xff"
    with pytest.raises(UnicodeDecodeError):
        blob.decode("utf-8")
    with pytest.raises(UnicodeDecodeError):
        blob.decode("cp949")
    message = refusal(write_text(blob, name="noise.bin"))
    assert "noise.bin" in message and "UTF-8" in message and "--encoding" in message


def test_latin1_is_refused_unless_forced(write_text):
    path = write_text("caf\u00e9 au lait, cr\u00e8me br\u00fbl\u00e9e\n", name="menu.txt", encoding="latin-1")
    message = refusal(path)
    assert "menu.txt" in message and "--encoding" in message
    corpus = load_corpus(path, encoding="latin-1")
    assert corpus.vocab.decode(corpus.ids) == "caf\u00e9 au lait, cr\u00e8me br\u00fbl\u00e9e\n"
    assert corpus.encoding == "latin-1"


def test_bad_bytes_after_a_bom(write_text):
    message = refusal(write_text(codecs.BOM_UTF8 + b"ok \xff\xfe bad", name="bom.txt"))
    assert "bom.txt" in message and "byte-order mark" in message


def test_unknown_forced_encoding(write_text):
    message = refusal(write_text("text\n"), encoding="no-such-codec")
    assert "unknown encoding" in message and "no-such-codec" in message


def test_forced_encoding_that_does_not_fit(write_text):
    message = refusal(write_text(KOREAN, name="kr.txt", encoding="cp949"), encoding="ascii")
    assert "kr.txt" in message and "ascii" in message


def test_forced_encoding_with_nul_characters(write_text):
    message = refusal(write_text(b"abc\x00def", name="nul.txt"), encoding="latin-1")
    assert "nul.txt" in message and "NUL" in message


# ---- too short for the sequence length ----------------------------------------------------

def test_short_text_shortens_the_sequence_and_says_so(write_text, tiny_configs):
    from rnn_studio.core.trainer import Trainer
    path = write_text("abcdefghijklmnopqrstuvwxyz", name="short.txt")
    corpus = load_corpus(path)
    m, t = tiny_configs(seq_len=64, steps=2, batch_size=2)
    events = []
    trainer = Trainer(corpus, m, t, callbacks=[events.append])
    assert trainer.cfg.seq_len < 64
    result = trainer.run()
    assert isinstance(result, ev.DoneEvent)
    notes = [e for e in events if isinstance(e, ev.NoteEvent)]
    assert len(notes) == 1
    assert "short.txt" in notes[0].message and f"sequence length {trainer.cfg.seq_len}" in notes[0].message
    assert str(required_chars(64, 0.1)) in notes[0].message
    # The shortened window fits the training split exactly.
    train_ids, _ = corpus.split(0.1)
    assert trainer.cfg.seq_len == train_ids.size - 1


def test_text_too_short_for_any_window_is_refused_with_the_count(write_text, tiny_configs):
    from rnn_studio.core.trainer import Trainer
    m, t = tiny_configs(seq_len=64)
    corpus = load_corpus(write_text("abcd", name="tiny.txt"))
    with pytest.raises(UserError) as info:
        Trainer(corpus, m, t)
    message = str(info.value)
    need = required_chars(2, 0.1)
    assert "tiny.txt" in message and "4 characters" in message
    assert f"at least {need}" in message and f"at least {required_chars(64, 0.1)} for sequence length 64" in message
    # The number it names is enough: a text of exactly that length is accepted.
    fit_to_corpus(Corpus.from_text("abcdefghij"[:need], "ok.txt"), Corpus.from_text("abcdefghij").vocab,
                  TrainConfig(seq_len=64))


@pytest.mark.parametrize("seq_len, val_fraction", [(2, 0.0), (2, 0.1), (16, 0.1), (64, 0.25), (128, 0.5)])
def test_required_chars_is_exactly_enough(seq_len, val_fraction):
    need = required_chars(seq_len, val_fraction)
    letters = "abcdefghijklmnopqrstuvwxyz" * 40
    vocab = Corpus.from_text(letters).vocab
    cfg = TrainConfig(seq_len=seq_len, val_fraction=val_fraction)
    _, used, notes = fit_to_corpus(Corpus.from_text(letters[:need]), vocab, cfg)
    assert used == seq_len and notes == []
    try:  # one character less is not enough: shorter windows, or a refusal
        _, used, notes = fit_to_corpus(Corpus.from_text(letters[:need - 1]), vocab, cfg)
    except UserError:
        return
    assert used < seq_len and len(notes) == 1


# ---- encodings ---------------------------------------------------------------------

TEXT = "Hello, wörld — 안녕 😀\nsecond line\n"


@pytest.mark.parametrize("raw, used", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32"),
])
def test_unicode_encodings(write_text, raw, used):
    corpus = load_corpus(write_text(raw))
    assert corpus.vocab.decode(corpus.ids) == TEXT
    assert "\ufeff" not in corpus.vocab
    assert corpus.encoding == used
    assert corpus.size_bytes == len(raw)


def test_korean_cp949_is_detected(write_text):
    raw = KOREAN.encode("cp949")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    corpus = load_corpus(write_text(raw, name="constitution.txt"))
    assert corpus.encoding == "cp949"
    assert corpus.vocab.decode(corpus.ids) == KOREAN
    assert corpus.name == "constitution.txt"


def test_euc_kr_forced(write_text):
    corpus = load_corpus(write_text(KOREAN, encoding="euc-kr"), encoding="euc-kr")
    assert corpus.vocab.decode(corpus.ids) == KOREAN and corpus.encoding == "euc-kr"


def test_forced_encoding_drops_a_bom(write_text):
    corpus = load_corpus(write_text("\ufeffabc\n", encoding="utf-16"), encoding="utf-16")
    assert corpus.vocab.decode(corpus.ids) == "abc\n"


@pytest.mark.parametrize("raw", [b"one\r\ntwo\r\nthree", b"one\rtwo\rthree", b"one\r\ntwo\rthree"])
def test_newlines_become_lf(write_text, raw):
    corpus = load_corpus(write_text(raw))
    assert corpus.vocab.decode(corpus.ids) == "one\ntwo\nthree"
    assert "\r" not in corpus.vocab


def test_text_is_nfc_normalised(write_text):
    decomposed = "cafe\u0301 re\u0301sume\u0301\n"
    assert not unicodedata.is_normalized("NFC", decomposed)
    corpus = load_corpus(write_text(decomposed))
    text = corpus.vocab.decode(corpus.ids)
    assert text == "caf\u00e9 r\u00e9sum\u00e9\n"
    assert "\u0301" not in corpus.vocab and "\u00e9" in corpus.vocab
    hangul_jamo = unicodedata.normalize("NFD", "한글\n")
    corpus = load_corpus(write_text(hangul_jamo, name="jamo.txt"))
    assert corpus.vocab.decode(corpus.ids) == "한글\n" and len(corpus.vocab) == 3


def test_corpus_identity_and_preview(write_text):
    import hashlib
    raw = ("abc\n" * 2000).encode()
    corpus = load_corpus(write_text(raw, name="id.txt"))
    assert corpus.sha256 == hashlib.sha256(raw).hexdigest()
    assert corpus.n_chars == 8000 and corpus.path.endswith("id.txt")
    assert len(corpus.preview) == 4000 and corpus.preview.startswith("abc\n")


@pytest.mark.parametrize("fraction, n_val", [(0.1, 100), (0.25, 250), (0.0, 0), (0.001, 2)])
def test_validation_is_the_tail(fraction, n_val):
    text = "".join(chr(ord("a") + i % 26) for i in range(1000))
    corpus = Corpus.from_text(text)
    train, val = corpus.split(fraction)
    assert val.size == n_val and train.size == 1000 - n_val
    assert corpus.vocab.decode(val) == text[1000 - n_val:]
    assert corpus.vocab.decode(train) == text[:1000 - n_val]


def test_from_text_normalises_and_refuses_blank():
    corpus = Corpus.from_text("a\r\nb", name="pasted")
    assert corpus.vocab.decode(corpus.ids) == "a\nb"
    with pytest.raises(UserError, match="pasted: holds only white space"):
        Corpus.from_text(" \n ", name="pasted")

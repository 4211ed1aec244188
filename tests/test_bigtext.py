"""Texts bigger than memory: read in blocks, ids cached as a memory map, windows gathered from it.

The streaming path is forced on small files (``STREAM_MIN_BYTES = 1``) with tiny blocks, so
every join between blocks (a CR and its LF, a letter and its accent, the bytes of one
character) is crossed; its corpus must equal the small path's in every field, or both must
refuse with the same words.
"""

from __future__ import annotations

import codecs
import os
import re
import tempfile
import time
import unicodedata
from pathlib import Path

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from rnn_studio.core import corpus, idcache, textstream
from rnn_studio.core.batches import ContiguousWindows, RandomWindows
from rnn_studio.core.corpus import LoadCancelled, load_corpus
from rnn_studio.core.errors import UserError
from rnn_studio.core.evaluate import evaluate
from rnn_studio.core.validation import EVAL_PIECES, validation_sample

KOREAN = "대한민국은 민주공화국이다.\n대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.\n"
TEXT = "Hello, wörld — 안녕 😀\r\nsecond line\rcafe\u0301 \u1112\u1161\u11ab\n"


def outcome(path: Path, encoding: str | None = None, big: bool = False, block: int = 3):
    """Everything a load gives (or the refusal's words), on the small or the streaming path."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(corpus, "STREAM_MIN_BYTES", 1 if big else 1 << 62)
        mp.setattr(textstream, "BLOCK_BYTES", block)
        try:
            c = load_corpus(path, encoding)
        except UserError as exc:
            return str(exc)
    assert isinstance(c.ids, np.memmap) == (big and path.stat().st_size > 0)
    return (c.vocab.chars, c.ids.dtype.str, np.asarray(c.ids).tobytes(), c.encoding, c.sha256,
            c.preview, c.size_bytes, c.name, c.path)


def same_both_ways(path: Path, encoding: str | None = None, blocks=(1, 2, 3, 7, 4096)):
    small = outcome(path, encoding)
    for block in blocks:
        assert comparable(outcome(path, encoding, big=True, block=block)) == comparable(small), block
    return small


def comparable(result):
    """The streaming path counts a bad byte after a UTF-8 mark from the file's start, the small
    path from after the mark: compare those refusals without their offsets."""
    if isinstance(result, str) and "byte-order mark" in result:
        return re.sub(r"\(byte \d+\)", "(byte N)", result)
    return result


CASES = {
    "utf-8": TEXT.encode(),
    "utf-8-bom": codecs.BOM_UTF8 + TEXT.encode(),
    "utf-16-bom-le": codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    "utf-16-bom-be": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    "utf-32-bom": codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
    "utf-16-no-bom": ("To be, or not to be: naïve café\r\n" * 20).encode("utf-16-le"),
    "cp949": KOREAN.encode("cp949"),
    "cp949-late": ("ascii first\n" * 40).encode() + KOREAN.encode("cp949") * 3,
    "latin-1": "café crème\n".encode("latin-1") * 3,
    "bad-after-bom": codecs.BOM_UTF8 + b"ok \xff\xfe bad",
    "invalid-utf8-late": b"plain ascii\n" * 50 + b"caf\xc3" + b"x",
    "nul": b"hello\x00world\n" * 10,
    "nul-late": b"hello world\n" * 100 + b"\x00",
    "controls": bytes(range(1, 9)) * 40 + b"some text",
    "blank": b"  \r\n\t \n",
    "crlf": b"one\r\ntwo\r\r\nthree\r",
    "nfc": "cafe\u0301 re\u0301sume\u0301 \u1100\u1161\u11a8 a\u0323\u0307 \u0b47\u0b3e\n".encode(),
    "long-marks": ("e" + "\u0301" * 50 + " ") .encode() * 4,
}


@pytest.mark.parametrize("name", CASES)
def test_streaming_reads_exactly_what_the_small_path_reads(tmp_path, name):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(CASES[name])
    result = same_both_ways(path)
    if name in ("utf-8", "crlf", "nfc", "cp949-late"):
        assert isinstance(result, tuple), result      # these load; the others are refused alike


@pytest.mark.parametrize("raw, encoding", [
    ("café\n".encode("latin-1") * 5, "latin-1"),
    ("\ufeffabc\r\n".encode("utf-16"), "utf-16"),
    (KOREAN.encode("euc-kr"), "euc-kr"),
    (KOREAN.encode("cp949"), "ascii"),
    (b"abc\x00def", "latin-1"),
    (b"text\n", "no-such-codec"),
    (b"text\n", "rot13"),
])
def test_forced_encodings_read_the_same_both_ways(tmp_path, raw, encoding):
    path = tmp_path / "forced.txt"
    path.write_bytes(raw)
    same_both_ways(path, encoding)


def test_block_boundaries_inside_a_crlf_an_accent_and_a_character(tmp_path):
    # Each block boundary (every 4 bytes) falls inside: CR|LF, e|U+0301, the bytes of 한 and 😀.
    raw = b"abc\r" + b"\nxye" + "\u0301".encode() + b"z" + "한".encode() + "😀".encode() + b"\r"
    path = tmp_path / "joins.txt"
    path.write_bytes(raw)
    got = same_both_ways(path, blocks=(1, 2, 3, 4, 5))
    vocab, dtype, ids, *_ = got
    text = "".join(vocab[i] for i in np.frombuffer(ids, dtype))
    assert text == "abc\nxy\u00e9z한😀\n"


ALPHABET = ["a", " ", "\n", "\r", "\r\n", "e\u0301", "\u0301", "\u0327", "\u0323", "\u1100", "\u1161",
            "\u11a8", "\uac00", "\u0b47", "\u0b3e", "\u0f73", "\u0344", "\u1e0b", "한", "😀", "\u3099", "か"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), min_size=1, max_size=60).map("".join),
       st.lists(st.integers(1, 9), min_size=1, max_size=30), st.integers(1, 4))
def test_the_normaliser_fed_in_pieces_gives_nfc_of_the_whole(text, cuts, search):
    expected = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(textstream, "STABLE_SEARCH", search)      # also when no stable character is near
        norm, out, at = textstream.Normaliser(), [], 0
        for n in cuts:
            out.append(norm.feed(text[at:at + n]))
            at += n
        out.append(norm.feed(text[at:], final=True))
    assert "".join(out) == expected


PIECES = st.one_of(st.sampled_from(ALPHABET).map(str.encode),
                   st.sampled_from([b"\xff", b"\xc3", b"\x00", b"\xef\xbb\xbf", b"\x80"]),
                   st.text(max_size=5).map(lambda s: s.encode("utf-8", "surrogatepass")))


@settings(max_examples=120, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=40).map(b"".join), st.integers(1, 9))
def test_any_bytes_read_the_same_both_ways(raw, block):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        path.write_bytes(raw)
        assert comparable(outcome(path, big=True, block=block)) == comparable(outcome(path))


# ---- the id cache ----------------------------------------------------------------------

@pytest.fixture
def streaming(monkeypatch):
    monkeypatch.setattr(corpus, "STREAM_MIN_BYTES", 1)
    monkeypatch.setattr(textstream, "BLOCK_BYTES", 64)


def old(path: Path) -> Path:
    """Date the file back, as a text written well before it is read."""
    t = time.time() - 60
    os.utime(path, (t, t))
    return path


def entries(folder: Path) -> list[Path]:
    return sorted((folder / "ids").glob("*.ids"))


def count_reads(monkeypatch) -> list[int]:
    """How many passes over the file the loads make."""
    passes, real = [], textstream.decoded

    def decoded(*args, **kw):
        passes.append(1)
        return real(*args, **kw)
    monkeypatch.setattr(textstream, "decoded", decoded)
    return passes


def test_a_second_load_opens_the_cache_without_reading_the_text(tmp_path, streaming, monkeypatch, cache_dir):
    path = tmp_path / "t.txt"
    path.write_text("the cat sat on the mat\n" * 50)
    path = old(path)
    passes = count_reads(monkeypatch)
    first = load_corpus(path)
    assert len(passes) == 2 and len(entries(cache_dir)) == 1   # vocabulary pass, encoding pass
    second = load_corpus(path)
    assert len(passes) == 2                                              # no read at all
    assert isinstance(second.ids, np.memmap) and not second.ids.flags.writeable
    assert np.array_equal(first.ids, second.ids) and first.vocab.chars == second.vocab.chars
    assert second.sha256 == first.sha256 and second.preview == first.preview


def test_a_changed_text_is_read_again_and_its_old_entry_is_not_used(tmp_path, streaming, monkeypatch, cache_dir):
    path = tmp_path / "t.txt"
    path.write_text("abcabc\n" * 40)
    before = load_corpus(old(path))
    stamp = path.stat().st_mtime_ns
    path.write_text("xbcabc\n" * 40)          # same size; the time set back as it was
    os.utime(path, ns=(stamp, stamp))
    passes = count_reads(monkeypatch)
    after = load_corpus(path)
    assert len(passes) == 2
    assert "x" in after.vocab and "x" not in before.vocab and after.sha256 != before.sha256
    assert after.vocab.decode(after.ids) == "xbcabc\n" * 40


def test_a_touched_but_unchanged_text_reuses_its_entry_after_one_pass(tmp_path, streaming, monkeypatch, cache_dir):
    path = tmp_path / "t.txt"
    path.write_text("hello there\n" * 30)
    load_corpus(path)
    path.touch()
    passes = count_reads(monkeypatch)
    again = load_corpus(path)
    assert len(passes) == 1 and len(entries(cache_dir)) == 1     # hashed, then found
    assert again.vocab.decode(again.ids) == "hello there\n" * 30


@pytest.mark.parametrize("damage", ["truncate", "extend", "header", "magic", "ids", "empty"])
def test_a_damaged_entry_is_rebuilt_never_trusted(tmp_path, streaming, monkeypatch, cache_dir, damage):
    path = tmp_path / "t.txt"
    path.write_text("to be or not to be\n" * 40)
    path = old(path)
    good = load_corpus(path)
    good_ids, good_chars = np.array(good.ids), good.vocab.chars
    del good             # a map of a file cut short under it would fault (SIGBUS)
    (entry,) = entries(cache_dir)
    raw = bytearray(entry.read_bytes())
    if damage == "truncate":
        raw = raw[:-7]
    elif damage == "extend":
        raw += b"\x00"
    elif damage == "header":
        raw[idcache._FIXED + 5] ^= 0x20               # inside the JSON: the checksum fails
    elif damage == "magic":
        raw[0] ^= 1
    elif damage == "ids":
        raw[-1] = 250                                  # an id past the vocabulary, at a sampled place
    else:
        raw = b""
    entry.write_bytes(bytes(raw))
    passes = count_reads(monkeypatch)
    again = load_corpus(path)
    assert len(passes) == 2 and any("not usable" in n for n in again.notes)
    assert np.array_equal(again.ids, good_ids) and again.vocab.chars == good_chars
    assert entry.stat().st_size == len(entry.read_bytes()) and load_corpus(path).notes == []


def test_a_new_reader_version_rebuilds_and_removes_the_old_entry(tmp_path, streaming, monkeypatch, cache_dir):
    path = tmp_path / "t.txt"
    path.write_text("some words\n" * 20)
    load_corpus(old(path))
    assert [p.name.rsplit(".", 2)[1] for p in entries(cache_dir)] == ["v1"]
    monkeypatch.setattr(corpus, "READER_VERSION", 2)
    passes = count_reads(monkeypatch)
    load_corpus(path)
    assert len(passes) == 2
    assert [p.name.rsplit(".", 2)[1] for p in entries(cache_dir)] == ["v2"]


def test_another_forced_encoding_is_another_entry(tmp_path, streaming, cache_dir):
    path = tmp_path / "t.txt"
    path.write_bytes("café\n".encode("utf-8") * 10)
    utf8 = load_corpus(path)
    latin = load_corpus(path, encoding="latin-1")
    assert len(entries(cache_dir)) == 2
    assert "é" in utf8.vocab and "Ã" in latin.vocab and latin.encoding == "latin-1"


def test_progress_is_reported_and_a_false_answer_cancels(tmp_path, streaming, cache_dir):
    path = tmp_path / "t.txt"
    path.write_text("abcdefgh\n" * 100)
    size = path.stat().st_size
    seen = []
    load_corpus(path, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (2 * size, 2 * size) and len(seen) > 10        # two passes, 64-byte blocks
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    other = tmp_path / "u.txt"
    other.write_text("ijklmnop\n" * 100)
    calls = []
    with pytest.raises(LoadCancelled, match="cancelled"):
        load_corpus(other, progress=lambda done, total: calls.append(done) or len(calls) < 20)
    assert len(calls) == 20                      # stopped at once, in the second pass
    assert len(entries(cache_dir)) == 1 and not list((cache_dir / "ids").glob(".*.tmp"))
    small = tmp_path / "small.txt"
    small.write_text("tiny\n")
    with pytest.MonkeyPatch.context() as mp:     # a small file reports once, and cancels too
        mp.setattr(corpus, "STREAM_MIN_BYTES", 1 << 30)
        with pytest.raises(LoadCancelled):
            load_corpus(small, progress=lambda done, total: False)


def test_an_unwritable_cache_keeps_the_ids_in_memory_and_says_so(tmp_path, streaming, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("RNN_STUDIO_CACHE_DIR", str(blocker / "cache"))
    path = tmp_path / "t.txt"
    path.write_text("words and more words\n" * 10)
    c = load_corpus(path)
    assert not isinstance(c.ids, np.memmap) and c.vocab.decode(c.ids) == "words and more words\n" * 10
    assert any("held in memory" in n for n in c.notes)


def test_a_big_file_is_streamed_without_a_lowered_threshold(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "STREAM_MIN_BYTES", 1 << 16)
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * (1 << 16))
    assert isinstance(load_corpus(path).ids, np.memmap)
    path.write_bytes(b"x" * ((1 << 16) - 1))
    assert not isinstance(load_corpus(path).ids, np.memmap)


# ---- training from a memory map ---------------------------------------------------------------

def test_windows_gather_the_same_from_a_memory_map_as_from_an_array(tmp_path, streaming):
    path = tmp_path / "t.txt"
    path.write_text("".join(chr(97 + i % 26) for i in range(3000)))
    mapped = load_corpus(path).ids
    plain = np.array(mapped)
    for kind in (RandomWindows, ContiguousWindows):
        a = kind(mapped, 4, 16, np.random.default_rng(1))
        b = kind(plain, 4, 16, np.random.default_rng(1))
        for _ in range(5):
            (xa, ya, fa), (xb, yb, fb) = a.next(), b.next()
            assert xa.dtype == torch.long and torch.equal(xa, xb) and torch.equal(ya, yb) and fa == fb
            assert torch.equal(xa[:, 1:], ya[:, :-1])


def test_a_run_trains_from_the_memory_map(tmp_path, streaming, tiny_configs):
    from rnn_studio.core.trainer import Trainer
    path = tmp_path / "t.txt"
    path.write_text("the quick brown fox jumps over the lazy dog\n" * 40)
    c = load_corpus(path)
    trainer = Trainer(c, *tiny_configs(steps=5, eval_every=5))
    assert isinstance(trainer.train_ids, np.memmap)
    done = trainer.run()
    assert done.step == 5 and trainer.history.val_loss


def test_a_huge_validation_split_is_scored_on_evenly_spread_pieces(small_corpus, tiny_configs):
    ids = np.arange(10_000, dtype=np.int32) % 7
    assert validation_sample(ids, limit=10_000) is not None and validation_sample(ids, 10_000).shape == (10_000,)
    sample = validation_sample(ids, limit=640)
    assert sample.shape == (EVAL_PIECES, 640 // EVAL_PIECES + 1)
    assert sample[0, 0] == ids[0] and np.array_equal(sample[-1], ids[-sample.shape[1]:])
    from rnn_studio.core.trainer import Trainer
    model = Trainer(small_corpus, *tiny_configs()).model
    text = small_corpus.ids
    rows = validation_sample(text, limit=128)            # 64 pieces of 2 predictions
    whole = evaluate(model, rows)
    apart = [evaluate(model, row) for row in rows]       # each piece scored on its own
    assert whole.n == 128 == sum(s.n for s in apart)
    assert whole.loss == pytest.approx(sum(s.loss * s.n for s in apart) / 128, rel=1e-5)


@pytest.mark.parametrize("hangul", ["off", "jamo"])
@pytest.mark.parametrize("sampled", [False, True])
def test_evaluation_split_over_ranks_adds_up_to_one_process_s(hangul, sampled):
    """Each rank scores every world-th stream and the totals are summed (distributed.py):
    simulated here with 3 ranks in one process, the score is the one-process score."""
    from rnn_studio.core.config import ModelConfig
    from rnn_studio.core.corpus import Corpus
    from rnn_studio.core.model import CharRNN
    from rnn_studio.core.preparation import model_vocab, remap
    corpus = Corpus.from_text("한국어 문장 가나다 abc\n각 닭 힣!\n" * 40)
    vocab = model_vocab(corpus, ModelConfig(hangul=hangul))
    ids = remap(corpus, vocab)
    ids = validation_sample(ids, limit=640) if sampled else ids
    torch.manual_seed(2)
    model = CharRNN(ModelConfig(cell="gru", hidden=12, embedding=4, vocab_size=len(vocab), hangul=hangul))
    whole = evaluate(model, ids, streams=5, chunk=7, vocab=vocab)
    shares = []
    for r in range(3):
        evaluate(model, ids, streams=5, chunk=7, vocab=vocab, part=(r, 3),
                 combine=lambda v: shares.append(v) or v)
    total = [sum(col) for col in zip(*shares)]
    split = evaluate(model, ids, streams=5, chunk=7, vocab=vocab, part=(0, 3), combine=lambda v: total)
    assert (split.n, split.chars) == (whole.n, whole.chars)
    for a, b in [(split.loss, whole.loss), (split.loss_per_char, whole.loss_per_char),
                 (split.accuracy, whole.accuracy)]:
        assert a == pytest.approx(b, rel=1e-6)
    if hangul == "jamo":
        assert whole.loss_per_char > whole.loss and whole.chars < whole.n


def test_the_command_line_shows_the_first_read_of_a_big_text_only(tmp_path, streaming, cli, hello_setup):
    path = tmp_path / "big.txt"
    path.write_text("hello world, hello there\n" * 200)
    path = old(path)
    flags = [f for f in hello_setup["flags"]]
    flags[flags.index("--steps") + 1] = "2"
    first = cli(["train", path, *flags, "--out", tmp_path / "m.rnn"])
    assert first.code == 0, first.err
    lines = [line for line in first.err.splitlines() if line.startswith("reading big.txt: ")]
    assert len(lines) > 5 and lines[-1].startswith("reading big.txt: 100%")
    again = cli(["train", path, *flags, "--out", tmp_path / "m2.rnn"])
    assert again.code == 0 and "reading" not in again.err          # the cache opens at once

"""The corpus reader never crashes: any bytes give a corpus or a UserError naming the file.

tests/test_corpus.py covers each refusal by example; here hypothesis feeds random bytes,
random Unicode in every supported encoding, mixed encodings, NUL bytes, lone BOMs, forced
codecs of every kind and a 1 MB single line.
"""

from __future__ import annotations

import codecs
import encodings.aliases
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st
from robust_helpers import FUZZ

from rnn_studio.core.corpus import Corpus, decode_bytes, load_corpus
from rnn_studio.core.errors import UserError

NAME = "fuzzed corpus.txt"
BOMS = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}

# Text people write: letters of several scripts, Hangul, emoji, combining marks, line ends.
PLAIN = st.lists(st.one_of(
    st.characters(codec="utf-8", categories=["L", "M", "N", "P", "S", "Zs"]),
    st.sampled_from(list("\n\r\t ") + ["\r\n", "é", "e\u0301", "한", "👍🏽", "\u200d"])),
    min_size=1, max_size=120).map("".join)
# Anything Unicode allows, controls and NUL included (not lone surrogates: no encoding holds them).
ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=200)


def expected_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def read(raw: bytes, encoding: str | None = None) -> Corpus | None:
    """load_corpus on a file holding ``raw``: the corpus, or None after checking the refusal."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / NAME
        path.write_bytes(raw)
        try:
            corpus = load_corpus(path, encoding)
        except UserError as exc:
            assert str(exc).strip() and "\n" not in str(exc)
            if encoding is None or "encoding" not in str(exc):  # a bad codec name speaks of it instead
                assert NAME in str(exc), str(exc)
            return None
    assert_valid(corpus)
    return corpus


def assert_valid(corpus: Corpus) -> None:
    assert corpus.n_chars > 0 and len(corpus.vocab) > 0
    assert corpus.vocab.chars == "".join(sorted(set(corpus.vocab.chars)))
    assert int(corpus.ids.max()) < len(corpus.vocab)
    text = corpus.vocab.decode(corpus.ids)
    assert not text.isspace() and "\r" not in text and unicodedata.is_normalized("NFC", text)
    assert not any("\ud800" <= c <= "\udfff" for c in corpus.vocab.chars)


@FUZZ
@given(st.binary(max_size=600))
@example(b"\xff\xfe\x00\x00")
@example(b"\xef\xbb\xbf\x00")
@example(b"\xfe\xff\xd8\x00")
def test_random_bytes(raw):
    read(raw)
    try:
        text, used = decode_bytes(raw, NAME)
    except UserError as exc:
        assert NAME in str(exc)
    else:
        assert isinstance(text, str) and used


@FUZZ
@given(ANY_TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le+bom", "utf-16-be+bom",
                                  "utf-32", "utf-32-be+bom"]))
def test_random_unicode_in_every_encoding(text, encoding):
    assume("\x00" not in text)   # NUL: see test_nul_bytes_are_refused
    if encoding.endswith("+bom"):
        enc = encoding[:-4]
        raw = BOMS[enc] + text.encode(enc)
    else:
        raw = text.encode(encoding)
    corpus = read(raw)
    if corpus is None:
        return
    # Whatever it reads, it reads right: the text, with line ends as \n, NFC-normalised.
    original = text[1:] if encoding == "utf-8" and text.startswith("\ufeff") else text
    assert corpus.vocab.decode(corpus.ids) == expected_text(original)


@FUZZ
@given(PLAIN, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_ordinary_text_always_loads(text, encoding):
    assume(expected_text(text).strip() and not text.startswith("\ufeff"))
    corpus = read(text.encode(encoding))
    assert corpus is not None
    assert corpus.vocab.decode(corpus.ids) == expected_text(text)
    assert corpus.encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32")


@FUZZ
@given(st.lists(st.tuples(PLAIN, st.sampled_from(["utf-8", "cp949", "latin-1", "utf-16-le", "cp1252",
                                                   "shift_jis", "utf-16"])), min_size=2, max_size=4))
def test_mixed_encodings(pieces):
    raw = b""
    for text, encoding in pieces:
        raw += text.encode(encoding, errors="ignore")
    read(raw)


@FUZZ
@given(PLAIN, st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=5))
def test_nul_bytes_are_refused(text, positions):
    raw = bytearray(text.encode("utf-8"))
    for p in positions:
        raw.insert(p % (len(raw) + 1), 0)
    assert read(bytes(raw)) is None
    for encoding in ("utf-16", "utf-32", "utf-8-sig"):   # a NUL character inside BOM'd text, too
        assert read(("a" + text + "\x00").encode(encoding)) is None


@pytest.mark.parametrize("bom", list(BOMS.values()), ids=list(BOMS))
def test_a_lone_bom_is_an_empty_file(bom, tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(bom)
    with pytest.raises(UserError, match=r"bom\.txt: is empty"):
        load_corpus(path)
    enc = [e for e, b in BOMS.items() if b == bom][0]
    path.write_bytes(bom + " \n\t ".encode(enc))
    with pytest.raises(UserError, match=r"bom\.txt: holds only white space"):
        load_corpus(path)
    path.write_bytes(bom + "hi".encode(enc))
    assert load_corpus(path).vocab.decode(load_corpus(path).ids) == "hi"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_one_megabyte_single_line(tmp_path, encoding):
    line = ("Il était une fois 한국어 🙂 " * 40_000)[: 1 << 20]
    path = tmp_path / "long.txt"
    path.write_bytes(line.encode(encoding))
    corpus = load_corpus(path)
    assert corpus.n_chars == len(line) and "\n" not in corpus.vocab
    assert corpus.vocab.decode(corpus.ids[:100]) == line[:100]
    assert len(corpus.preview) <= 4000


CODECS = sorted(set(encodings.aliases.aliases) | set(encodings.aliases.aliases.values())
                | {"rot13", "base64", "hex", "zlib", "bz2", "uu", "quopri", "idna", "punycode",
                   "unicode_escape", "raw_unicode_escape", "undefined", "utf-7", "klingon", "", " ",
                   "utf-8\udcff", "..", "../../etc/passwd"})


@FUZZ
@given(st.binary(max_size=200), st.sampled_from(CODECS))
@example(b"ab\\ud800cd", "unicode_escape")
@example(b"abc", "rot13")
@example(b"\\x00abc", "unicode_escape")
@example(b"xn--a", "idna")
@example(b"\\", "punycode")
def test_any_forced_codec(raw, encoding):
    corpus = read(raw, encoding or None)
    if corpus is not None:
        assert corpus.encoding == (encoding or corpus.encoding)


@FUZZ
@given(st.text(st.characters(codec=None), max_size=100))
@example("ab\ud800")
@example("\x00\x00")
def test_text_from_elsewhere(text):
    """Corpus.from_text (the window's pasted text) on anything, lone surrogates included."""
    try:
        corpus = Corpus.from_text(text, name="pasted")
    except UserError as exc:
        assert "pasted" in str(exc)
    else:
        assert_valid(corpus)

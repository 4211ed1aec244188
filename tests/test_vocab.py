"""Characters ↔ ids: code points, never bytes; compact id types; vectorised encoding."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rnn_studio.core import vocab as vocab_mod
from rnn_studio.core.vocab import Vocab, id_dtype


@pytest.mark.parametrize("text", [
    "hello\nhello\n",
    "안녕하세요, 대한민국 헌법 제1조\n",
    "emoji 😀🎉 and a family 👨‍👩‍👧 and a flag 🇰🇷\n",
    "mixed: é ß Ω 中文 ㄱㄴ 🙂\t\n",
])
def test_round_trip_by_code_point(text):
    v = Vocab.from_text(text)
    ids = v.encode(text)
    assert ids.size == len(text)                # one id per code point, never per byte
    assert v.decode(ids) == text
    assert v.chars == "".join(sorted(set(text)))
    assert list(v.codes) == sorted(ord(c) for c in set(text))


def test_emoji_and_hangul_are_single_entries():
    v = Vocab.from_text("가😀")
    assert len(v) == 2
    assert v.decode([v.index("😀")]) == "😀"
    assert "\xf0" not in v and "가" in v


def test_dtype_grows_with_the_vocabulary():
    assert Vocab.from_text("abc").dtype == np.uint8
    v256 = Vocab("".join(chr(0x100 + i) for i in range(256)))
    assert v256.dtype == np.uint8 and v256.encode(v256.chars).max() == 255
    v257 = Vocab("".join(chr(0x100 + i) for i in range(257)))
    assert v257.dtype == np.int16
    assert v257.decode(v257.encode(v257.chars)) == v257.chars
    assert id_dtype(32768) == np.int16
    assert id_dtype(32769) == np.int32


def test_int32_vocabulary_round_trips():
    chars = "".join(chr(0x20 + i) for i in range(40000))   # stays below the surrogates
    v = Vocab(chars)
    assert v.dtype == np.int32
    ids = v.encode(chars[::-1])
    assert ids.dtype == np.int32 and ids[0] == 39999
    assert v.decode(ids) == chars[::-1]


def test_unknown_characters_are_listed_in_order_and_refused_by_encode():
    v = Vocab.from_text("abc")
    assert v.unknown("xaybxz") == ["x", "y", "z"]
    with pytest.raises(KeyError):
        v.encode("abz")


def test_duplicate_characters_are_refused():
    with pytest.raises(ValueError):
        Vocab("aba")


def test_five_megabytes_encode_like_a_slow_reference():
    rng = np.random.default_rng(0)
    alphabet = np.array([ord(c) for c in "abcdefghij \n.,가나다라😀é中"], dtype=np.uint32)
    n = 5_000_000
    text = alphabet[rng.integers(0, alphabet.size, n)].tobytes().decode("utf-32-le")
    v = Vocab.from_text(text)
    assert len(v) == alphabet.size
    ids = v.encode(text)
    assert ids.dtype == np.uint8 and ids.size == n
    # Slow reference on slices: the start, across the chunk boundary, and the end.
    b = vocab_mod.CHUNK
    for lo, hi in ((0, 3000), (b - 1500, b + 1500), (n - 3000, n)):
        assert ids[lo:hi].tolist() == [v.index(c) for c in text[lo:hi]]
    assert v.decode(ids[b - 50:b + 50]) == text[b - 50:b + 50]
    counts = np.bincount(ids, minlength=len(v))
    assert counts[v.index("가")] == text.count("가")


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_round_trip_property(text):
    v = Vocab.from_text(text)
    assert v.decode(v.encode(text)) == text
    assert len(v) == len(set(text))

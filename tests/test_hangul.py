"""Hangul as jamo, the text side: decomposition, composition, grouping, and the jamo vocabulary."""

from __future__ import annotations

import unicodedata

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rnn_studio.core import hangul
from rnn_studio.core.config import ModelConfig, TrainConfig
from rnn_studio.core.corpus import Corpus, load_corpus, validation_size
from rnn_studio.core.errors import UserError
from rnn_studio.core.preparation import fit_to_corpus, model_vocab, remap
from rnn_studio.core.vocab import Vocab
from rnn_studio.paths import corpora_dir

ALL_SYLLABLES = "".join(map(chr, range(0xAC00, 0xD7A4)))
CONJOINING = range(0x1100, 0x1200)
# Latin (accented, and a combining mark NFC keeps apart), digits, punctuation, compatibility
# jamo, old-Hangul jamo, modern conjoining jamo standing alone, CJK, emoji, syllables.
MIXED = ("abcXYZ019 .,·!?\n\té\u0301x\u0301ㄱㄴㅏㅎㆍ\u1113\u1176\u11c3\u115f\u1160\u1100\u1161\u11a8"
         "漢字😀가각한힣뷁똠방각하")


def loose_conjoining(text: str) -> list[str]:
    return [c for c in text if ord(c) in CONJOINING]


def test_every_syllable_decomposes_as_nfd_and_recomposes():
    jamo = hangul.to_jamo(ALL_SYLLABLES)
    assert jamo == unicodedata.normalize("NFD", ALL_SYLLABLES)
    assert hangul.to_syllables(jamo) == ALL_SYLLABLES
    assert unicodedata.normalize("NFC", jamo) == ALL_SYLLABLES
    assert len(hangul.syllable_spans(jamo)) == len(ALL_SYLLABLES)
    assert {len(hangul.to_jamo(s)) for s in ALL_SYLLABLES} == {2, 3}
    assert set(jamo) == {chr(c) for c in [*range(0x1100, 0x1113), *range(0x1161, 0x1176), *range(0x11A8, 0x11C3)]}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(MIXED), max_size=40))
def test_mixed_text_round_trips_and_groups_into_its_characters(raw):
    text = unicodedata.normalize("NFC", raw)     # the corpus and the prefix are NFC
    jamo = hangul.to_jamo(text)
    assert hangul.to_syllables(jamo) == text
    assert unicodedata.normalize("NFC", jamo) == text
    spans = hangul.syllable_spans(jamo)
    assert len(spans) == len(text)
    assert [hangul.to_syllables(jamo[a:b]) for a, b in spans] == list(text)
    index = hangul.syllable_index(jamo)
    assert index.tolist() == [k for k, (a, b) in enumerate(spans) for _ in range(a, b)]
    # Only syllables change: everything else is kept, symbol for symbol.
    assert [c for c in jamo if not 0x1100 <= ord(c) <= 0x11FF] == [c for c in text if not
                                                                  (0x1100 <= ord(c) <= 0x11FF or 0xAC00 <= ord(c) <= 0xD7A3)]


def test_syllable_sums_add_a_characters_jamo_values():
    jamo = hangul.to_jamo("한a가\n")                      # ᄒ ᅡ ᆫ a ᄀ ᅡ \n
    values = 2.0 ** np.arange(len(jamo))
    sums = hangul.syllable_sums(values, jamo)
    assert sums.tolist() == [1 + 2 + 4, 8, 16 + 32, 64]
    assert sums.sum() == values.sum()
    assert hangul.syllable_sums([], "").size == 0
    with pytest.raises(ValueError):
        hangul.syllable_sums([1.0], jamo)


def test_is_mostly_hangul():
    constitution = (corpora_dir() / "korean_constitution.txt").read_text("utf-8")
    assert hangul.is_mostly_hangul(constitution)
    assert not hangul.is_mostly_hangul((corpora_dir() / "hello.txt").read_text("utf-8"))
    assert not hangul.is_mostly_hangul("")
    assert not hangul.is_mostly_hangul("12345 ... !!!")
    assert hangul.is_mostly_hangul("ㄱㄴㄷ ab") and not hangul.is_mostly_hangul("ㄱㄴㄷ abc")  # 3 of 5; 3 of 6
    assert not hangul.is_mostly_hangul("한국 abc")               # 2 of 5 letters


def test_assembler_holds_jamo_until_the_syllable_is_complete():
    a = hangul.SyllableAssembler()
    assert [a.push(c) for c in hangul.to_jamo("한 가")] == ["", "", "한", " ", "", ""]
    assert a.state == "LV"
    assert a.push("\u11a8") == "각" and a.state == ""
    assert a.push("\u1100") == "" and a.push("\u1161") == "" and a.push("\u1100") == "가"
    assert a.flush() == ""                          # a lone lead consonant is never shown
    assert [a.push(c) for c in "\u1161\u11a8x"] == ["", "", "x"]   # loose vowel and tail dropped
    assert a.push("\u1100") == "" and a.push("y") == "y"            # a lead with no vowel dropped
    text = unicodedata.normalize("NFC", MIXED)
    a = hangul.SyllableAssembler()
    out = "".join(a.push(c) for c in hangul.to_jamo(text)) + a.flush()
    assert out == "".join(c for c in text if c not in "\u1100\u1161\u11a8")   # the loose modern jamo go


def test_allowed_symbols_keep_the_text_whole():
    codes = Vocab(hangul.to_jamo("한 국")).codes
    ok = hangul.allowed(codes)
    kinds = hangul.kinds(codes)
    assert ok["L"].tolist() == (kinds == hangul.VOWEL).tolist()
    assert not ok[""][kinds == hangul.VOWEL].any() and not ok[""][kinds == hangul.TAIL].any()
    assert ok["LV"][kinds == hangul.TAIL].all() and not ok["LV"][kinds == hangul.VOWEL].any()
    no_vowel = hangul.allowed(Vocab("\u1100ab").codes)
    assert no_vowel[""].tolist() == [True, True, False]      # a, b; not a lead with no vowel to follow it


@pytest.fixture(scope="module")
def constitution():
    return load_corpus(corpora_dir() / "korean_constitution.txt")


def test_jamo_vocabulary_of_the_constitution(constitution):
    vocab = model_vocab(constitution, ModelConfig(hangul="jamo"))
    text = (corpora_dir() / "korean_constitution.txt").read_text("utf-8")
    assert vocab.hangul == "jamo" and set(vocab.chars) == set(hangul.to_jamo(text))
    assert len(constitution.vocab) == len(set(text)) and len(vocab) < len(constitution.vocab) / 4
    print(f"vocabulary: {len(constitution.vocab)} characters, {len(vocab)} as jamo")
    assert model_vocab(constitution, ModelConfig()) is constitution.vocab
    ids = remap(constitution, vocab)
    assert vocab.decode(ids) == hangul.to_jamo(text)


def test_split_falls_between_characters_and_matches_the_syllable_split(constitution):
    cfg = TrainConfig(seq_len=64, val_fraction=0.1)
    text = constitution.vocab.decode(constitution.ids)
    jamo = model_vocab(constitution, ModelConfig(hangul="jamo"))
    (train, val), _, _ = fit_to_corpus(constitution, jamo, cfg)
    (train_s, val_s), _, _ = fit_to_corpus(constitution, constitution.vocab, cfg)
    n_val = validation_size(len(text), 0.1)
    assert val_s.size == n_val
    assert jamo.decode(val) == hangul.to_jamo(text[-n_val:])
    assert jamo.decode(train) == hangul.to_jamo(text[:-n_val])
    assert hangul.to_syllables(jamo.decode(val)) == constitution.vocab.decode(val_s)


def test_jamo_vocabulary_knows_unseen_syllables_made_of_known_jamo():
    corpus = Corpus.from_text("가나 각난\n" * 5)
    vocab = model_vocab(corpus, ModelConfig(hangul="jamo"))
    assert vocab.unknown("낙간 가") == []                 # never seen, but ᄂ ᅡ ᆨ, ᄀ ᅡ ᆫ are known
    assert vocab.unknown("다x가") == ["다", "x"]
    other = Corpus.from_text("낙간\n")
    assert vocab.decode(remap(other, vocab)) == hangul.to_jamo("낙간\n")
    with pytest.raises(UserError, match="never saw"):
        remap(Corpus.from_text("다"), vocab)
    assert Vocab("가").unknown("낙가") == ["낙"]            # a syllable model knows whole syllables only

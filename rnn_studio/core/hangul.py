"""Hangul syllables ↔ their conjoining jamo, for models that read Korean letter by letter.

A modern Hangul syllable (U+AC00–U+D7A3) is a lead consonant L, a vowel V and an optional
tail consonant T: 한 = ᄒ + ᅡ + ᆫ. ``to_jamo`` writes each syllable as its jamo (the syllable's
canonical decomposition, NFD), so 11,172 possible syllables become 19 + 21 + 27 symbols;
``to_syllables`` puts them back together (NFC for Hangul). Nothing else changes: Latin
accents, compatibility jamo (ㄱ, U+3131…) and old-Hangul jamo (U+1113…, U+1176…, U+11C3…)
stay as they are, so ``to_syllables(to_jamo(s)) == s`` for every NFC text ``s``.

Grouping rule, shared by every function here: a modern L followed by a modern V starts a
syllable, and a modern T right after such an L V ends it. In the decomposition of an NFC
text every other jamo is a character of its own, which is how the original text had it.

For scoring views: ``syllable_spans(jamo_text)`` gives the jamo range of each character,
``syllable_sums(values, jamo_text)`` adds per-jamo values (bits, nats) up per character.
"""

from __future__ import annotations

import re

import numpy as np

S_BASE, L_BASE, V_BASE, T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
L_COUNT, V_COUNT, T_COUNT = 19, 21, 28          # T_COUNT counts "no tail" as tail 0
N_SYLLABLES = L_COUNT * V_COUNT * T_COUNT        # 11,172

OTHER, LEAD, VOWEL, TAIL = 0, 1, 2, 3           # the kind of a symbol, as in ``kinds``

_DECOMPOSE = {S_BASE + s: (chr(L_BASE + s // (V_COUNT * T_COUNT)) + chr(V_BASE + s // T_COUNT % V_COUNT)
                           + (chr(T_BASE + s % T_COUNT) if s % T_COUNT else ""))
              for s in range(N_SYLLABLES)}
_SYLLABLE = re.compile("[\u1100-\u1112][\u1161-\u1175][\u11a8-\u11c2]?")


def to_jamo(text: str) -> str:
    """``text`` with every Hangul syllable written as its conjoining jamo (L V or L V T)."""
    return text.translate(_DECOMPOSE)


def _compose(m: re.Match) -> str:
    s = m.group()
    t = ord(s[2]) - T_BASE if len(s) == 3 else 0
    return chr(S_BASE + ((ord(s[0]) - L_BASE) * V_COUNT + ord(s[1]) - V_BASE) * T_COUNT + t)


def to_syllables(jamo_text: str) -> str:
    """``jamo_text`` with every modern L V (T) sequence composed into its syllable."""
    return _SYLLABLE.sub(_compose, jamo_text)


def kinds(codes: np.ndarray) -> np.ndarray:
    """LEAD, VOWEL, TAIL (modern conjoining jamo only) or OTHER for each code point."""
    codes = np.asarray(codes)
    out = np.zeros(codes.shape, dtype=np.uint8)
    out[(codes >= 0x1100) & (codes <= 0x1112)] = LEAD
    out[(codes >= 0x1161) & (codes <= 0x1175)] = VOWEL
    out[(codes >= 0x11A8) & (codes <= 0x11C2)] = TAIL
    return out


def starts(codes: np.ndarray) -> np.ndarray:
    """True where a symbol begins a character of the composed text (vectorised grouping rule)."""
    k = kinds(codes)
    prev = np.concatenate(([OTHER], k[:-1])) if k.size else k
    prev2 = np.concatenate(([OTHER, OTHER], k[:-2]))[: k.size] if k.size else k
    joins = ((k == VOWEL) & (prev == LEAD)) | ((k == TAIL) & (prev == VOWEL) & (prev2 == LEAD))
    return ~joins


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def syllable_index(jamo_text: str) -> np.ndarray:
    """For each symbol of ``jamo_text``, the index of the composed character it belongs to."""
    return np.cumsum(starts(_codes(jamo_text))) - 1


def syllable_spans(jamo_text: str) -> list[tuple[int, int]]:
    """(start, end) in ``jamo_text`` of each character of ``to_syllables(jamo_text)``."""
    first = np.flatnonzero(starts(_codes(jamo_text))).tolist()
    return list(zip(first, first[1:] + [len(jamo_text)]))


def syllable_sums(values, jamo_text: str) -> np.ndarray:
    """Per-symbol ``values`` (bits, say) added up per composed character: the surprisal of
    한 is the surprisal of ᄒ, plus that of ᅡ after ᄒ, plus that of ᆫ after 하."""
    values = np.asarray(values, dtype=np.float64)
    if values.shape != (len(jamo_text),):
        raise ValueError(f"expected {len(jamo_text)} values, one per symbol, got shape {values.shape}")
    index = syllable_index(jamo_text)
    return np.bincount(index, weights=values, minlength=index[-1] + 1 if index.size else 0)


def is_hangul(ch: str) -> bool:
    """A Hangul syllable or jamo of any block (conjoining, compatibility, extended)."""
    c = ord(ch)
    return (0xAC00 <= c <= 0xD7A3 or 0x1100 <= c <= 0x11FF or 0x3130 <= c <= 0x318F
            or 0xA960 <= c <= 0xA97F or 0xD7B0 <= c <= 0xD7FF)


def is_mostly_hangul(text: str, share: float = 0.5, sample: int = 200_000) -> bool:
    """More than ``share`` of the letters (in the first ``sample`` characters) are Hangul:
    the texts for which the window offers to read Hangul as jamo."""
    letters = [c for c in text[:sample] if c.isalpha()]
    return bool(letters) and sum(map(is_hangul, letters)) > share * len(letters)


class SyllableAssembler:
    """Turns a stream of symbols into whole characters, holding jamo back until their
    syllable is complete: a syllable is complete when the next symbol cannot attach.

    ``state`` is "" (nothing held), "L" or "LV": what may come next. A writer that only
    picks symbols allowed in that state (see ``allowed``) never loses one; otherwise a jamo
    that cannot be part of a syllable is dropped, never shown loose.
    """

    def __init__(self):
        self.held = ""

    @property
    def state(self) -> str:
        return "LV"[: len(self.held)]

    def push(self, ch: str) -> str:
        """The characters completed by ``ch`` (zero, one or two)."""
        kind = kinds(ord(ch)).item()
        if len(self.held) == 1:                     # L: only a vowel attaches
            if kind == VOWEL:
                self.held += ch
                return ""
            self.held = ""                          # a lone L cannot be shown: dropped
            return self.push(ch)
        if len(self.held) == 2:                     # L V: a tail completes it, anything else ends it
            done = to_syllables(self.held + ch if kind == TAIL else self.held)
            self.held = ""
            return done if kind == TAIL else done + self.push(ch)
        if kind == LEAD:
            self.held = ch
            return ""
        return "" if kind in (VOWEL, TAIL) else ch  # a loose vowel or tail is dropped

    def flush(self) -> str:
        """The held syllable if it is whole (L V); a lone L is dropped."""
        done, self.held = (to_syllables(self.held) if len(self.held) == 2 else ""), ""
        return done


def allowed(codes: np.ndarray) -> dict[str, np.ndarray]:
    """For each assembler state, which symbols (given by code point) keep the text whole:
    after L only a vowel; a vowel only after L; a tail only after L V; an L only if some
    vowel exists to follow it."""
    k = kinds(codes)
    lead_ok = bool((k == VOWEL).any())
    free = ~np.isin(k, (VOWEL, TAIL)) & (lead_ok | (k != LEAD))
    return {"": free, "L": k == VOWEL, "LV": free | (k == TAIL)}

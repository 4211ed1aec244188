"""A surprisal as one self-contained HTML page (no scripts, no links): each character
coloured by its cost in bits, its tooltip the model's five likeliest guesses there with
the true one marked (after Karpathy's "Unreasonable Effectiveness" figures)."""

from __future__ import annotations

import html
import math

from rnn_studio.core.display import BITS_MAX, bits_rgb, hex_rgb, visible
from rnn_studio.core.surprisal import Surprisal

LEVELS = 32
MAX_SHOWN = 100_000


def _level(bits: float) -> int:
    return min(int(bits / BITS_MAX * LEVELS), LEVELS - 1)


def tooltip(s: Surprisal, t: int) -> str:
    ch = s.text[t]
    if s.ids[t] < 0:
        return f"{visible(ch)!r}: the model never saw this character"
    if math.isnan(s.bits[t]):
        return f"{visible(ch)!r}: the first character, nothing predicts it"
    lines = [f"{visible(ch)} costs {s.bits[t]:.2f} bits (p = {2.0 ** -float(s.bits[t]):.3f})"]
    for c, p in s.top(t):
        lines.append(f"{'✓' if c == ch else ' '} {visible(c)}  {p:.3f}")
    return "\n".join(lines)


def render(s: Surprisal, title: str = "surprisal") -> str:
    n = min(len(s.text), MAX_SHOWN)
    styles = [f".b{i}{{background:{hex_rgb(bits_rgb((i + 0.5) * BITS_MAX / LEVELS))}}}" for i in range(LEVELS)]
    out = []
    for t in range(n):
        ch = s.text[t]
        b = float(s.bits[t])
        cls = "u" if s.ids[t] < 0 else ("n" if math.isnan(b) else f"b{_level(b)}")
        shown = "⏎" if ch == "\n" else html.escape(ch)
        out.append(f'<span class="{cls}" title="{html.escape(tooltip(s, t))}">{shown}</span>'
                   + ("<br>" if ch == "\n" else ""))
    note = (f"<p class=note>The first {MAX_SHOWN:,} of {len(s.text):,} characters are shown; the totals "
            "cover all of them.</p>" if n < len(s.text) else "")
    unknown = (f"<p class=note>{s.unknown_count:,} characters the model never saw (marked, left out of "
               f"the totals): {html.escape(' '.join(visible(c) for c in s.unknown[:20]))}</p>"
               if s.unknown_count else "")
    legend = "".join(f'<span class="b{_level(b)}">&nbsp;{b:g}&nbsp;</span>' for b in (0, 1, 2, 4, 6, 8))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body{{font-family:sans-serif;margin:2em;max-width:60em}}
.text{{font-family:monospace;font-size:15px;line-height:1.6;white-space:pre-wrap;word-wrap:break-word}}
.text span{{border-radius:2px}} .n{{background:#dcdcdc}} .u{{background:#dcdcdc;text-decoration:line-through}}
.note{{color:#555}} {''.join(styles)}
</style></head><body>
<h1>{html.escape(title)}</h1>
<p><b>{s.bits_per_char:.4f}</b> bits per character, accuracy <b>{s.accuracy:.2%}</b>, over {s.n:,}
predicted characters. Hover over a character for the model's five likeliest guesses there (✓ the true one).</p>
<p>bits: {legend}</p>{unknown}{note}
<div class="text">{''.join(out)}</div>
</body></html>
"""

"""Screenshots of the see-inside views on English (Shakespeare) and Korean (the constitution).

    QT_QPA_PLATFORM=offscreen python tests/gui/screenshot_inside.py [OUT_DIR] [--steps 300]

Trains a small LSTM on each text for a few hundred steps (about a minute on two cores),
then saves nextchar_*.png, surprisal_*.png and inspector_*.png (default: resources/screenshots).
Hangul needs a font with Hangul (fonts-nanum on Debian and Ubuntu).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CASES = {
    "english": ("shakespeare.txt", 200_000, "First Citizen:\nWe are accounted poor citizens, the patricians good.\n"
                "What authority surfeits on would relieve us", 20_000),
    "korean": ("korean_constitution.txt", 45_000, "대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민", 0),
}


def train(text: str, steps: int):
    from rnn_studio.core.config import ModelConfig, TrainConfig
    from rnn_studio.core.corpus import Corpus
    from rnn_studio.core.trainer import Trainer

    t = TrainConfig(seq_len=64, batch_size=32, steps=steps, lr=1e-2, warmup_steps=20, eval_every=0,
                    sample_every=0, device="cpu", log_every=50, seed=1)
    trainer = Trainer(Corpus.from_text(text, "shot"), ModelConfig(cell="lstm", hidden=128, embedding=32), t)
    trainer.run()
    return trainer.snapshot()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?", default=str(ROOT / "resources" / "screenshots"))
    ap.add_argument("--steps", type=int, default=300)
    args = ap.parse_args()
    from PySide6.QtWidgets import QApplication

    from gui_helpers import shown

    from rnn_studio.gui.inspect import InspectorView, NextCharView, SurprisalView
    from rnn_studio.paths import corpora_dir

    app = QApplication.instance() or QApplication([])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for lang, (name, chars, prefix, sample_at) in CASES.items():
        text = (corpora_dir() / name).read_text(encoding="utf-8")[:chars]
        snap = train(text, args.steps)
        sample = text[sample_at:sample_at + 1500]

        v = shown(NextCharView(), (1000, 720), snap)
        v.prefix.setText(prefix)
        v.alternatives.length.setValue(120)
        v.alternatives.write(4)
        v.alternatives.jobs.wait()
        app.processEvents()
        v.alternatives.branch_at(1, 12)
        app.processEvents()
        v.grab().save(str(out / f"nextchar_{lang}.png"))

        s = shown(SurprisalView(), (1000, 720), snap)
        s.load_text(sample)
        s._show_guesses(60)
        app.processEvents()
        s.grab().save(str(out / f"surprisal_{lang}.png"))

        i = shown(InspectorView(), (1100, 760), snap)
        i.load_text(sample)
        i.find_units("line" if lang == "english" else "space")
        app.processEvents()
        i.grab().save(str(out / f"inspector_{lang}.png"))
        for w in (v, s, i):
            w.close()
        print("saved", lang)


if __name__ == "__main__":
    main()

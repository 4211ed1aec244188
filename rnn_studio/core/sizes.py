"""What a model costs, counted from its settings without building it: no torch here, so the
window's form and the fit (core/fitting.py) can count before the engine has loaded."""

from __future__ import annotations

from rnn_studio.core.config import ModelConfig

GATES = {"rnn": 1, "lstm": 4, "gru": 3}     # weight blocks per layer: the LSTM's i, f, g, o; the GRU's r, z, n


def n_params(cfg: ModelConfig) -> int:
    """Parameter count without building the model (the window shows it as settings change)."""
    V, H, E, G, L = cfg.vocab_size, cfg.hidden, cfg.embedding, GATES[cfg.cell], cfg.layers
    inp = V if cfg.one_hot else E
    emb = 0 if cfg.one_hot else V * E
    rec = G * H * (inp + H + 2) + (L - 1) * G * H * (H + H + 2)
    return emb + rec + H * V + V


def flops_per_char(cfg: ModelConfig) -> float:
    """Matrix-product FLOPs per training character, forward and backward (3× the forward's):
    what a step's time grows with as the model widens (core/fitting.py, benchmarks)."""
    V, H, G, L = cfg.vocab_size, cfg.hidden, GATES[cfg.cell], cfg.layers
    inp = V if cfg.one_hot else cfg.embedding
    return 3 * (2 * G * H * (inp + H) + (L - 1) * 2 * G * H * (2 * H) + 2 * H * V)

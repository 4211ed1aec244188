"""One ``CharRNN`` for every cell, after pytorch/examples' word_language_model.

    x_t = E[c_t]              (or one_hot(c_t), the lecture's form)
    h_t = cell(x_t, h_{t-1})  (tanh RNN, LSTM or GRU; fused by torch, stacked ``layers`` deep)
    y_t = W_hy h_t + b_y      (logits over the vocabulary; softmax lives in the loss)

While training, ``input_dropout`` drops the inputs x_t (word_language_model drops its
embeddings too) and ``dropout`` the outputs h_t fed to W_hy and what passes between layers.
Dropping the inputs helps a text read a dozen times or more and hurts one read a few times
(benchmarks/RESULTS.md, "Dropout on the inputs"), so it is a knob of its own.

The LSTM trains with torch's fused ``nn.LSTM`` (oneDNN on the CPU). GRU and tanh RNN use
torch's fused ``nn.GRU`` / ``nn.RNN`` on a GPU and, on the CPU where those are slow, the
``LoopRNN`` of recurrent.py: the same maths and the same parameter names, so a model file
does not record which ran. Writing uses the numpy ``Stepper`` built from the same weights.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from rnn_studio.core.config import ModelConfig
from rnn_studio.core.recurrent import LoopRNN

_CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}


class CharRNN(nn.Module):
    def __init__(self, cfg: ModelConfig, fused: bool = False):
        """``fused`` picks torch's own GRU/RNN kernels (fast on CUDA) over ``LoopRNN``."""
        super().__init__()
        if cfg.vocab_size < 1:
            raise ValueError("ModelConfig.vocab_size must be set from the corpus")
        self.cfg = cfg
        V, H = cfg.vocab_size, cfg.hidden
        self.embed = None if cfg.one_hot else nn.Embedding(V, cfg.embedding)
        inp, drop = (V if cfg.one_hot else cfg.embedding), (cfg.dropout if cfg.layers > 1 else 0.0)
        if cfg.cell == "lstm" or fused:
            kwargs = {"nonlinearity": "tanh"} if cfg.cell == "rnn" else {}
            self.rnn = _CELLS[cfg.cell](inp, H, cfg.layers, batch_first=True, dropout=drop, **kwargs)
        else:
            self.rnn = LoopRNN(cfg.cell, inp, H, cfg.layers, dropout=drop)
        self.drop_in = nn.Dropout(cfg.input_dropout)
        self.drop = nn.Dropout(cfg.dropout)
        self.head = nn.Linear(H, V)
        self._init_weights()

    def _init_weights(self) -> None:
        # A forget gate that starts open lets gradients through long windows from step one.
        if self.cfg.cell == "lstm":
            H = self.cfg.hidden
            with torch.no_grad():
                for name, p in self.rnn.named_parameters():
                    if name.startswith("bias_ih"):
                        p[H:2 * H].fill_(1.0)
                    elif name.startswith("bias_hh"):
                        p[H:2 * H].zero_()

    def start_at_frequencies(self, log_p: torch.Tensor) -> None:
        """b_y ← log p(c): before any step the model guesses each character by its frequency,
        the baseline, rather than all alike. Then the first steps learn context instead of
        pushing how common "e" is into W_hy and the units, which a short run never quite
        undoes (tiny Shakespeare, 1,350 steps: 0.03-0.04 nats lower; benchmarks/RESULTS.md)."""
        with torch.no_grad():
            self.head.bias.copy_(log_p.to(self.head.bias))

    def inputs(self, ids: torch.Tensor) -> torch.Tensor:
        if self.embed is None:
            return F.one_hot(ids.long(), self.cfg.vocab_size).float()
        return self.embed(ids.long())

    def forward(self, ids: torch.Tensor, state=None):
        """ids (B, T) → logits (B, T, V) and the state after the last step."""
        x = self.drop_in(self.inputs(ids))  # (B, T, E)
        h, state = self.rnn(x, state)       # (B, T, H)
        return self.head(self.drop(h)), state

    def zero_state(self, batch: int, device: torch.device | str = "cpu"):
        L, H = self.cfg.layers, self.cfg.hidden
        h = torch.zeros(L, batch, H, device=device)
        return (h, torch.zeros_like(h)) if self.cfg.cell == "lstm" else h


def detach_state(state):
    """Cut the graph; float32, so a state carried out of a bfloat16 step feeds any step."""
    if state is None:
        return None
    if isinstance(state, tuple):
        return tuple(s.detach().float() for s in state)
    return state.detach().float()

"""The lecture's "hello" model, unrolled by hand so every number can be shown.

Sung Kim's 12-1 (모두를 위한 딥러닝) teaches a character-level RNN on "hello": the input
"hell" predicts the target "ello", each character one-hot over the vocabulary h, e, l, o
(in the lecture's order, not sorted), and

    h_t = tanh(W_xh·x_t + W_hh·h_{t-1} + b),   h_0 = 0
    y_t = W_hy·h_t + b_y,                       p_t = softmax(y_t)
    cost = mean_t −log p_t[target_t]

The parameters live in the app's own ``CharRNN`` (one-hot input, any cell and depth), so
"train this on your own text" is the same cell and depth. ``unroll`` reads them directly
(torch's ``weight_ih_l0`` is W_xh, ``weight_hh_l0`` W_hh, ``head.weight`` W_hy; torch keeps
two recurrent biases, b_xh and b_hh) and computes every step in plain tensor maths. The
same unroll gives the cost that Adam minimises and the numbers the lecture view shows: one
code path. Float64, so a recomputation in numpy matches to ~1e-12.

LSTM steps keep their gates i, f, g, o and cell state c; GRU steps their reset gate r,
update gate z and candidate n (torch's equations and gate order).
"""

from __future__ import annotations

import numpy as np
import torch

from rnn_studio.core.config import CELLS, ModelConfig
from rnn_studio.core.model import CharRNN

WORD = "hello"
LETTERS = "helo"                  # the lecture's order: one-hot index 0 is h, 1 e, 2 l, 3 o
HIDDEN = 5                        # small enough to print every number; the lecture draws 2–5 units
LR = 0.1                          # Adam; "hello" is learnt in tens of steps
MAX_LAYERS = 2
STEPS_TO_LEARN = 50               # the tests' promise (seeds 0–19 need 1–23 steps, any cell, 1–2 layers)
TO_THE_END = 300                  # "Train to the end" stops here at the latest
DONE_COST = 0.05                  # ... or once the mean cost is this low and the word is right

IDS = [LETTERS.index(c) for c in WORD]
INPUT, TARGET = IDS[:-1], IDS[1:]  # "hell" → "ello"
T = len(INPUT)


def _gate_names(cell: str) -> tuple[str, ...]:
    return {"rnn": (), "lstm": ("i", "f", "g", "o"), "gru": ("r", "z", "n")}[cell]


def _layer_step(cell: str, w: dict, x: torch.Tensor, h: torch.Tensor, c: torch.Tensor | None) -> dict:
    """One layer, one time step: x (In,), h (H,) → the step's record (tensors)."""
    wx = w["W_xh"] @ x                                     # (G·H,)
    wh = w["W_hh"] @ h                                     # (G·H,)
    rec = {"Wx": wx, "Wh": wh}
    if cell == "rnn":
        a = wx + wh + w["b_xh"] + w["b_hh"]                # the pre-activation, tanh's input
        rec.update(a=a, h=torch.tanh(a))
    elif cell == "lstm":
        i, f, g, o = (wx + w["b_xh"] + wh + w["b_hh"]).chunk(4)
        i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
        c_new = f * c + i * g                              # forget some memory, write some
        rec.update(i=i, f=f, g=g, o=o, c_prev=c, c=c_new, h=o * torch.tanh(c_new))
    else:
        xr, xz, xn = (wx + w["b_xh"]).chunk(3)
        hr, hz, hn = (wh + w["b_hh"]).chunk(3)
        r, z = torch.sigmoid(xr + hr), torch.sigmoid(xz + hz)
        n = torch.tanh(xn + r * hn)                        # r decides how much of h_{t-1} n sees
        rec.update(r=r, z=z, n=n, h=n + z * (h - n))       # z keeps the old state: (1−z)·n + z·h
    return rec


class HelloLesson:
    """The hello model, its optimiser and its training history.

    ``step(t)`` (t = 1…4) returns the numbers of time step t as numpy arrays; see its doc.
    """

    def __init__(self, cell: str = "rnn", layers: int = 1, hidden: int = HIDDEN, seed: int = 0,
                 lr: float = LR):
        if cell not in CELLS:
            raise ValueError(f"cell must be one of {', '.join(CELLS)}, not {cell!r}")
        if not 1 <= layers <= MAX_LAYERS:
            raise ValueError(f"layers must be 1 to {MAX_LAYERS}, not {layers}")
        self.cell, self.layers, self.hidden, self.lr = cell, layers, hidden, lr
        self.reset(seed)

    def reset(self, seed: int | None = None) -> None:
        """New random weights (from ``seed``, or the current one) and a fresh optimiser."""
        if seed is not None:
            self.seed = int(seed)
        cfg = ModelConfig(cell=self.cell, layers=self.layers, hidden=self.hidden, embedding=0,
                          vocab_size=len(LETTERS))
        with torch.random.fork_rng(devices=[]):           # leave the caller's random stream alone
            torch.manual_seed(self.seed)
            self.model = CharRNN(cfg).double()
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=self.lr)
        self.steps = 0
        self.history: list[float] = []                    # the mean cost before each update
        self._trace: list[dict] | None = None

    @property
    def settings(self) -> dict:
        """What "train this on your own text" carries to the main window."""
        return {"cell": self.cell, "layers": self.layers, "hidden": self.hidden, "embedding": 0}

    def weights(self, layer: int) -> dict[str, torch.Tensor]:
        """Layer ``layer``'s parameters under the lecture's names (the model's own tensors)."""
        r = self.model.rnn
        return {"W_xh": getattr(r, f"weight_ih_l{layer}"), "W_hh": getattr(r, f"weight_hh_l{layer}"),
                "b_xh": getattr(r, f"bias_ih_l{layer}"), "b_hh": getattr(r, f"bias_hh_l{layer}")}

    def unroll(self) -> tuple[torch.Tensor, list[dict]]:
        """"hell" through the model: the mean cost (with its graph) and one record per step."""
        H, V = self.hidden, len(LETTERS)
        ws = [self.weights(l) for l in range(self.layers)]
        W_hy, b_y = self.model.head.weight, self.model.head.bias
        h = [torch.zeros(H, dtype=torch.float64) for _ in ws]   # h_0 = 0 for the first input
        c = [torch.zeros(H, dtype=torch.float64) for _ in ws] if self.cell == "lstm" else [None] * len(ws)
        eye = torch.eye(V, dtype=torch.float64)
        records, costs = [], []
        for t in range(T):
            inp, rec = eye[INPUT[t]], {}
            for l, w in enumerate(ws):
                layer = _layer_step(self.cell, w, inp, h[l], c[l])
                layer.update(x=inp, h_prev=h[l])
                h[l], c[l], inp = layer["h"], layer.get("c"), layer["h"]
                rec[l] = layer
            y = W_hy @ inp + b_y                                # (V,) from the top layer's h_t
            logp = torch.log_softmax(y, 0)
            cost = -logp[TARGET[t]]
            costs.append(cost)
            rec["out"] = {"y": y, "p": logp.exp(), "cost": cost, "h_top": inp}
            records.append(rec)
        return torch.stack(costs).mean(), records

    def trace(self) -> list[dict]:
        """The records of the current weights, detached (cached until the next update)."""
        if self._trace is None:
            with torch.no_grad():
                _, self._trace = self.unroll()
        return self._trace

    def train_steps(self, n: int = 1) -> float:
        """n Adam steps on the whole sequence; returns the mean cost after them."""
        for _ in range(int(n)):
            self.optimizer.zero_grad()
            cost, _ = self.unroll()
            cost.backward()
            self.optimizer.step()
            self.history.append(float(cost.detach()))
            self.steps += 1
        self._trace = None
        return self.cost()

    def done(self) -> bool:
        return self.spelled() == WORD[1:] and self.cost() < DONE_COST

    def train_chunk(self, n: int) -> bool:
        """Up to n steps towards the end (see ``done``); True when there is no more to do."""
        while n > 0 and not self.done() and self.steps < TO_THE_END:
            self.train_steps(1)
            n -= 1
        return self.done() or self.steps >= TO_THE_END

    def step(self, t: int) -> dict[str, np.ndarray]:
        """Time step t = 1…4 as numpy float64 arrays: the numbers the lecture view shows.

        Always: ``x`` (4,) one-hot input; ``h_prev`` (H,) (zeros at t = 1); ``h`` (H,);
        ``W_xh`` (G·H, 4), ``W_hh`` (G·H, H), ``b_xh``, ``b_hh`` (G·H,) of layer 1, where G is
        1 (RNN), 4 (LSTM: rows i, f, g, o) or 3 (GRU: rows r, z, n); ``Wx`` = W_xh·x and
        ``Wh`` = W_hh·h_prev; ``y`` = W_hy·h_top + b_y (4,), ``p`` = softmax(y), ``W_hy``
        (4, H), ``b_y`` (4,), ``h_top`` (the last layer's h), ``cost`` (−log p[target]),
        ``target`` and ``pred`` (0-d ints, indices into LETTERS).
        RNN: ``a`` = Wx + Wh + b_xh + b_hh, h = tanh(a). LSTM: gates ``i f g o``, ``c_prev``,
        ``c``. GRU: ``r z n``. With 2 layers, the second layer's keys carry the suffix ``_2``
        (``x_2`` is the first layer's h); the unsuffixed keys are the first layer's.
        """
        if not 1 <= t <= T:
            raise ValueError(f"t must be 1 to {T}, not {t}")
        rec = self.trace()[t - 1]
        out = {}
        for l in range(self.layers):
            suffix = "" if l == 0 else f"_{l + 1}"
            for k, v in {**rec[l], **self.weights(l)}.items():
                out[k + suffix] = v.detach().numpy().copy()
        out.update({k: v.detach().numpy().copy() for k, v in rec["out"].items()})
        out["W_hy"] = self.model.head.weight.detach().numpy().copy()
        out["b_y"] = self.model.head.bias.detach().numpy().copy()
        out["target"] = np.array(TARGET[t - 1])
        out["pred"] = np.array(int(np.argmax(out["p"])))
        return out

    def predictions(self) -> list[int]:
        return [int(torch.argmax(r["out"]["p"])) for r in self.trace()]

    def spelled(self) -> str:
        """The argmax at t = 1…4 as letters; "ello" once the model has learnt."""
        return "".join(LETTERS[i] for i in self.predictions())

    def costs(self) -> list[float]:
        return [float(r["out"]["cost"]) for r in self.trace()]

    def cost(self) -> float:
        """The mean cost over the four steps, of the current weights."""
        return float(np.mean(self.costs()))

    def accuracy(self) -> float:
        return float(np.mean([p == y for p, y in zip(self.predictions(), TARGET)]))

    def gate_names(self) -> tuple[str, ...]:
        return _gate_names(self.cell)

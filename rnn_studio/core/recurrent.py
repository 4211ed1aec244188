"""GRU and tanh-RNN layers with hand-written back-propagation through time.

On the CPU, torch runs only the LSTM through oneDNN; ``nn.GRU`` and ``nn.RNN`` take a
path that is an order of magnitude slower per FLOP. These layers do the same maths with
the same parameters (names, shapes, gate order) as torch's, so model files and the numpy
``Stepper`` don't know which ran:

- the input projection of all T steps is one matrix product, outside the time loop;
- inside the loop each step is one (B, H)·(H, G·H) product plus a few fused element-wise
  ops, and the backward pass is a mirror loop with one product per step;
- the recurrent weight's gradient is one large product over all steps at the end.

    GRU:  r, z = σ(x_rz + W_hrz h + b_hrz);  n = tanh(x_n + r ⊙ (W_hn h + b_hn));  h' = n + z ⊙ (h − n)
    RNN:  h' = tanh(x + W_hh h + b_hh)
"""

from __future__ import annotations

import math

import torch
from torch import nn


class _GRUSeq(torch.autograd.Function):
    @staticmethod
    def forward(ctx, xp, h0, w_hh, b_hh):
        # xp (T, B, 3H) = W_ih x + b_ih; h0 (B, H); w_hh (3H, H); b_hh (3H,)
        T, B, G = xp.shape
        H = G // 3
        wt = w_hh.t()
        hs = xp.new_empty(T + 1, B, H)
        hs[0] = h0
        rz = xp.new_empty(T, B, 2 * H)
        n = xp.new_empty(T, B, H)
        hp = xp.new_empty(T, B, G)                                    # W_hh h + b_hh
        for t in range(T):
            torch.addmm(b_hh, hs[t], wt, out=hp[t])
            torch.add(xp[t, :, :2 * H], hp[t, :, :2 * H], out=rz[t]).sigmoid_()
            torch.addcmul(xp[t, :, 2 * H:], rz[t, :, :H], hp[t, :, 2 * H:], out=n[t]).tanh_()
            torch.sub(hs[t], n[t], out=hs[t + 1]).mul_(rz[t, :, H:]).add_(n[t])
        if any(ctx.needs_input_grad):
            # Local derivatives for all steps at once, so the backward loop stays short.
            r, z = rz[..., :H], rz[..., H:]
            a = (1 - z) * (1 - n * n)                                  # dh → n's pre-activation
            bz = (hs[:-1] - n) * z * (1 - z)                           # dh → z's pre-activation
            cr = hp[..., 2 * H:] * r * (1 - r)                         # n's pre-activation → r's
            ctx.save_for_backward(w_hh, hs, r, z, a, bz, cr)
        return hs[1:]

    @staticmethod
    def backward(ctx, dout):
        w_hh, hs, r, z, a, bz, cr = ctx.saved_tensors
        T, B, H = dout.shape
        dxp = dout.new_empty(T, B, 3 * H)   # gradient of the input projection: [r, z, n]
        dhp = dout.new_empty(T, B, 3 * H)   # gradient of W_hh h + b_hh:        [r, z, r ⊙ n]
        dh = dout[T - 1].clone()
        for t in range(T - 1, -1, -1):
            if t < T - 1:
                dh += dout[t]
            g, p = dxp[t], dhp[t]
            dn = torch.mul(dh, a[t], out=g[:, 2 * H:])
            torch.mul(dh, bz[t], out=g[:, H:2 * H])
            torch.mul(dn, cr[t], out=g[:, :H])
            p[:, :2 * H] = g[:, :2 * H]
            torch.mul(dn, r[t], out=p[:, 2 * H:])
            dh = torch.addmm(dh * z[t], p, w_hh)
        flat = dhp.reshape(T * B, 3 * H)
        dw = flat.t() @ hs[:-1].reshape(T * B, H)                   # (3H, H): one product for all steps
        return dxp, dh, dw, flat.sum(0)


class _RNNSeq(torch.autograd.Function):
    @staticmethod
    def forward(ctx, xp, h0, w_hh, b_hh):
        # xp (T, B, H) = W_ih x + b_ih
        T, B, H = xp.shape
        wt = w_hh.t()
        hs = xp.new_empty(T + 1, B, H)
        hs[0] = h0
        for t in range(T):
            torch.addmm(xp[t], hs[t], wt, out=hs[t + 1])
            hs[t + 1].add_(b_hh).tanh_()
        if any(ctx.needs_input_grad):
            ctx.save_for_backward(w_hh, hs, 1 - hs[1:] * hs[1:])
        return hs[1:]

    @staticmethod
    def backward(ctx, dout):
        w_hh, hs, dtanh = ctx.saved_tensors
        T, B, H = dout.shape
        dpre = dout.new_empty(T, B, H)
        dh = dout[T - 1]
        for t in range(T - 1, -1, -1):
            torch.mul(dh, dtanh[t], out=dpre[t])
            if t:
                dh = torch.addmm(dout[t - 1], dpre[t], w_hh)
            else:
                dh = dpre[t] @ w_hh
        flat = dpre.reshape(T * B, H)
        dw = flat.t() @ hs[:-1].reshape(T * B, H)
        return dpre, dh, dw, flat.sum(0)


class LoopRNN(nn.Module):
    """Stacked GRU or tanh RNN, batch-first, with ``nn.GRU``/``nn.RNN``'s parameters and API."""

    def __init__(self, cell: str, input_size: int, hidden_size: int, num_layers: int = 1,
                 dropout: float = 0.0):
        super().__init__()
        if cell not in ("gru", "rnn"):
            raise ValueError(f"LoopRNN runs gru or rnn, not {cell!r}")
        self.cell, self.hidden_size, self.num_layers, self.dropout = cell, hidden_size, num_layers, dropout
        G = 3 if cell == "gru" else 1
        k = 1.0 / math.sqrt(hidden_size)
        for l in range(num_layers):
            inp = input_size if l == 0 else hidden_size
            for name, shape in ((f"weight_ih_l{l}", (G * hidden_size, inp)),
                                (f"weight_hh_l{l}", (G * hidden_size, hidden_size)),
                                (f"bias_ih_l{l}", (G * hidden_size,)),
                                (f"bias_hh_l{l}", (G * hidden_size,))):
                self.register_parameter(name, nn.Parameter(torch.empty(shape).uniform_(-k, k)))

    def forward(self, x: torch.Tensor, h0: torch.Tensor | None = None):
        """x (B, T, in) → outputs (B, T, H) and h_n (layers, B, H), as nn.GRU(batch_first=True)."""
        B = x.shape[0]
        seq = _GRUSeq if self.cell == "gru" else _RNNSeq
        x = x.transpose(0, 1)                                  # (T, B, in): steps are contiguous
        finals = []
        for l in range(self.num_layers):
            w_ih, w_hh = getattr(self, f"weight_ih_l{l}"), getattr(self, f"weight_hh_l{l}")
            b_ih, b_hh = getattr(self, f"bias_ih_l{l}"), getattr(self, f"bias_hh_l{l}")
            h = x.new_zeros(B, self.hidden_size) if h0 is None else h0[l]
            xp = torch.addmm(b_ih, x.reshape(-1, x.shape[-1]), w_ih.t()).view(x.shape[0], B, -1)
            x = seq.apply(xp, h, w_hh, b_hh)                   # (T, B, H)
            finals.append(x[-1])
            if self.dropout and self.training and l < self.num_layers - 1:
                x = nn.functional.dropout(x, self.dropout, True)
        return x.transpose(0, 1), torch.stack(finals)

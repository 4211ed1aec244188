"""The engine: corpus → vocabulary and ids → model → trainer → events; sampling; model files.

It never imports Qt. Importing this package is cheap (no torch): import the modules you
need, e.g. ``from rnn_studio.core.trainer import Trainer``.
"""

from rnn_studio.core.config import ModelConfig, SampleConfig, TrainConfig
from rnn_studio.core.errors import UserError

__all__ = ["ModelConfig", "SampleConfig", "TrainConfig", "UserError"]

"""RNN Studio: train a character-level recurrent network on your own text, then write with it."""

__version__ = "0.1.0"

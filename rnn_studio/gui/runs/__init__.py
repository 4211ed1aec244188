"""The Runs panel: past runs in a table, their loss curves overlaid, their samples side by side."""

from rnn_studio.gui.runs.overlay import clear_overlay, overlay_from_store, overlay_runs
from rnn_studio.gui.runs.panel import RunsPanel

__all__ = ["RunsPanel", "clear_overlay", "overlay_from_store", "overlay_runs"]

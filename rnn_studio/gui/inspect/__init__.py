"""See inside the model: what it expects next, what each character costs, what each unit does.

Three standalone views, each following the current model through ``set_model(snapshot)``:

- ``NextCharView`` (objectName ``nextCharView``): next-character bars for a typed prefix,
  "Write N" continuations side by side, and branching;
- ``SurprisalView`` (``surprisalView``): a text coloured by each character's cost in bits;
- ``InspectorView`` (``inspectorView``): a text coloured by one unit's activation, the
  units × characters heat map, the gates, and Find units.
"""

from __future__ import annotations

__all__ = ["InspectorView", "NextCharView", "SurprisalView"]


def __getattr__(name: str):
    if name == "NextCharView":
        from rnn_studio.gui.inspect.next_char_view import NextCharView
        return NextCharView
    if name == "SurprisalView":
        from rnn_studio.gui.inspect.surprisal_view import SurprisalView
        return SurprisalView
    if name == "InspectorView":
        from rnn_studio.gui.inspect.inspector_view import InspectorView
        return InspectorView
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

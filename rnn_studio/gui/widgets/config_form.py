"""A form for any subset of a config dataclass's fields, one widget per field by its type.

Used for the settings most users leave alone (warm-up, weight decay, …): they stay
reachable without a hand-written widget each, and new engine settings appear by name.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from rnn_studio.gui.widgets import fields


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


class ConfigForm(QWidget):
    changed = Signal()

    def __init__(self, cls: type, names: tuple[str, ...], labels: dict[str, str],
                 parent: QWidget | None = None, object_names: dict[str, str] | None = None):
        """``object_names``: a field's objectName stem where the default one would be taken
        by another widget of the window (the writer's seed is ``seedSpin``)."""
        super().__init__(parent)
        self.cls, self.names = cls, names
        self.widgets: dict[str, QWidget] = {}
        defaults = {f.name: f.default for f in dataclasses.fields(cls)}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for name in names:
            obj = (object_names or {}).get(name) or _camel(name)
            meta = fields.meta(cls, name)
            default = defaults[name]
            if isinstance(default, bool):
                w = QCheckBox(self, objectName=obj + "Check")
                w.setToolTip(fields.tooltip(cls, name))
                w.toggled.connect(self.changed)
            elif meta.get("choices"):
                w = fields.choice_combo(cls, name, obj + "Combo", parent=self)
                w.currentIndexChanged.connect(self.changed)
            elif isinstance(default, str):
                w = QLineEdit(self, objectName=obj + "Edit")
                w.setToolTip(fields.tooltip(cls, name))
                w.textChanged.connect(self.changed)
            elif isinstance(default, float):
                w = fields.float_spin(cls, name, obj + "Spin", self, decimals=4, step=0.01)
                w.valueChanged.connect(self.changed)
            else:
                w = fields.int_spin(cls, name, obj + "Spin", self)
                w.valueChanged.connect(self.changed)
            self.widgets[name] = w
            form.addRow(labels.get(name, name.replace("_", " ")), w)

    def read_into(self, cfg) -> None:
        for name, w in self.widgets.items():
            if isinstance(w, QCheckBox):
                setattr(cfg, name, w.isChecked())
            elif isinstance(w, QComboBox):
                setattr(cfg, name, w.currentData())
            elif isinstance(w, QLineEdit):
                setattr(cfg, name, w.text())
            elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
                setattr(cfg, name, w.value())

    def write_from(self, cfg) -> None:
        for name, w in self.widgets.items():
            value = getattr(cfg, name)
            if isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QComboBox):
                fields.set_combo_value(w, value)
            elif isinstance(w, QLineEdit):
                w.setText(value)
            elif isinstance(w, QSpinBox):
                w.setValue(min(int(value), w.maximum()))
            elif isinstance(w, QDoubleSpinBox):
                w.setValue(float(value))

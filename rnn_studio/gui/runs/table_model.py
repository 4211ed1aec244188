"""The Runs table: one row per recorded run, sorted by value (not by text), filtered by corpus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QT_TR_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt)

from rnn_studio.core.runtable import fmt
from rnn_studio.gui.language import tr

# (heading, summary key); the model column is made from three keys
COLUMNS = ((QT_TR_NOOP("ID"), "id"), (QT_TR_NOOP("Name"), "name"), (QT_TR_NOOP("Status"), "status"),
           (QT_TR_NOOP("Model"), "model"), (QT_TR_NOOP("Corpus"), "corpus"), (QT_TR_NOOP("Steps"), "steps"),
           (QT_TR_NOOP("Time (s)"), "time_s"), (QT_TR_NOOP("Chars/s"), "chars_per_s"),
           (QT_TR_NOOP("Best val"), "best_val_loss"), (QT_TR_NOOP("Best bpc"), "best_bpc"),
           (QT_TR_NOOP("Accuracy"), "accuracy"), (QT_TR_NOOP("Parameters"), "parameters"),
           (QT_TR_NOOP("Started"), "started"))
KEY_COLUMN = {key: i for i, (_, key) in enumerate(COLUMNS)}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_TIPS = {"running": QT_TR_NOOP("still training (here or in another process)"),
               "interrupted": QT_TR_NOOP("its process ended without finishing the run (a crash, a kill)"),
               "diverged": QT_TR_NOOP("the loss stopped being a number"),
               "stopped": QT_TR_NOOP("stopped before its budget was spent")}

STATUS_NAMES = {"running": QT_TR_NOOP("running"), "finished": QT_TR_NOOP("finished"),
                "stopped": QT_TR_NOOP("stopped"), "diverged": QT_TR_NOOP("diverged"),
                "interrupted": QT_TR_NOOP("interrupted")}


def _text(key: str, row: dict[str, Any]) -> str:
    if key == "status" and row.get("status") in STATUS_NAMES:
        return tr(STATUS_NAMES[row["status"]])
    if key == "model":
        return f"{(row.get('cell') or '?').upper()} {row.get('layers')}×{row.get('hidden')}"
    if key == "started":
        return (row.get("started") or "")[:16].replace("T", " ")
    if key == "time_s" and row.get("time_s") is not None:
        return f"{row['time_s']:.1f}"
    if key == "accuracy" and row.get("accuracy") is not None:
        return f"{row['accuracy']:.1%}"
    if key in ("name",) and not row.get(key):
        return ""
    return fmt(row.get(key), 4)


class RunsTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][0])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(key, row)
        if role == SORT_ROLE:
            value = row.get(key) if key != "model" else (row.get("cell") or "", row.get("layers") or 0,
                                                         row.get("hidden") or 0)
            return _sortable(value)
        if role == ID_ROLE:
            return row["id"]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(row.get(key), (int, float)) and key != "id":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "status":
                tip = STATUS_TIPS.get(row.get("status"))
                return tr(tip) if tip else None
            if key in ("model", "corpus"):
                return row.get("model_path") or tr("no model file recorded")
        return None

    def corpora(self) -> list[str]:
        return sorted({r.get("corpus") or "" for r in self.rows} - {""}, key=str.lower)


def _sortable(value: Any) -> Any:
    """A key that sorts numbers as numbers and puts missing values last (as text, after digits)."""
    if value is None:
        return "~"
    if isinstance(value, tuple):
        return " ".join(str(v).zfill(8) for v in value)
    return value


class RunsFilter(QSortFilterProxyModel):
    """Sort by value; keep the rows of one corpus (None: all) whose text holds the filter words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.corpus: str | None = None
        self.words = ""
        self.setSortRole(SORT_ROLE)

    def set_corpus(self, corpus: str | None) -> None:
        self._refilter(lambda: setattr(self, "corpus", corpus or None))

    def set_words(self, words: str) -> None:
        self._refilter(lambda: setattr(self, "words", words.strip().lower()))

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):      # Qt 6.9+; invalidateFilter is deprecated there
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        row = self.sourceModel().rows[source_row]
        if self.corpus is not None and row.get("corpus") != self.corpus:
            return False
        if self.words:
            text = " ".join(_text(k, row) for _, k in COLUMNS).lower()
            return all(w in text for w in self.words.split())
        return True

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if type(a) is not type(b) and not (isinstance(a, (int, float)) and isinstance(b, (int, float))):
            return str(a) < str(b)          # a number against a missing value ('~' sorts after digits)
        return a < b

"""The day's agenda as the run view lists it: planned (or re-planned) start, and what happened."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from facilitator.core.timefmt import format_minutes
from facilitator.core.timer import TimerEngine
from facilitator.store.runs import RunItem
from facilitator.ui.i18n import QT_TR_NOOP, tr
from facilitator.ui.list_table_model import ListTableModel

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (QT_TR_NOOP("Planned"), QT_TR_NOOP("Item"), QT_TR_NOOP("Length"), QT_TR_NOOP("Actual"))

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class AgendaRow:
    key: str
    planned: str  # "9:15", or "—" for an item dropped by a re-plan
    title: str
    length: str
    actual: str  # "9:02–9:49 · 47 min", "now", "dropped", or ""
    current: bool = False
    done: bool = False


def _hm(when: datetime, tz: tzinfo) -> str:
    local = when.astimezone(tz)
    return f"{local.hour}:{local.minute:02d}"


def agenda_rows(engine: TimerEngine, items: Sequence[RunItem], tz: tzinfo) -> list[AgendaRow]:
    """One row per agenda item, in agenda order, from the engine's plan and actuals."""
    planned = engine.planned_times()
    actuals = engine.actuals()
    lengths = {item.key: item.duration_min for item in engine.items_left()}
    current = engine.current_item()
    if current is not None:
        lengths[current.key] = current.duration_min
    rows = []
    for item in items:
        minutes = lengths.get(item.id, item.duration_min)
        length = format_minutes(minutes)
        if minutes != item.duration_min:
            length += tr(" (was {duration_min})").format(duration_min=item.duration_min)
        times = planned.get(item.id)
        start = _hm(times[0], tz) if times else "—"
        is_current = item.id == engine.current_key and item.id not in actuals
        actual = ""
        if is_current:
            actual = "now"
        elif item.id in actuals:
            a = actuals[item.id]
            took = round(a.elapsed_seconds / 60)
            actual = tr("{hm}–{hm2} · {took} min").format(
                hm=_hm(a.start, tz), hm2=_hm(a.end, tz), took=took
            )
        elif times is None:
            actual = "dropped"
        row = AgendaRow(item.id, start, item.title, length, actual, is_current, item.id in actuals)
        rows.append(row)
    return rows


class RunAgendaModel(ListTableModel):
    headers = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaRow] = []

    def set_rows(self, rows: list[AgendaRow]) -> None:
        """Replace the rows; unchanged rows cause no reset, so the selection survives."""
        if rows == self._rows:
            return
        if len(rows) == len(self._rows) and [r.key for r in rows] == [r.key for r in self._rows]:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(HEADERS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> AgendaRow:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.key == key), -1)

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (row.planned, row.title, row.length, row.actual)[index.column()]
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.FontRole and row.current:
            font = QFont()
            font.setBold(True)
            return font
        return None

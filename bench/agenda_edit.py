"""Editing a 3-day, 60-item agenda: how long from a duration edit to the repainted table.

``agenda_edit_ms`` is the whole path a keystroke takes: the cell's new value
parsed, the undoable command applied (one durable SQLite commit), the day
re-read, start times recomputed and the table's viewport repainted.
``agenda_recompute_repaint_ms`` is the part after the store: recompute and repaint only.
"""

from __future__ import annotations

import os
import statistics
import tempfile
from datetime import time
from pathlib import Path
from time import perf_counter

from bench.metric import Metric

FRAME_MS = 16.0


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18]


def run(quick: bool) -> list[Metric]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from facilitator.core.clock import SystemClock
    from facilitator.core.kinds import ItemKind
    from facilitator.store import agenda
    from facilitator.store.convenings import NewConvening, create_convening
    from facilitator.store.database import open_database
    from facilitator.ui.agenda_editor import AgendaEditor
    from facilitator.ui.agenda_model import Column
    from facilitator.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    edits = 60 if quick else 300
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite", SystemClock())
        convening = create_convening(db, NewConvening("Bench convening", days=3))
        for day in agenda.list_days(db, convening):
            for n in range(20):
                fields = {"title": f"Session {n + 1}", "duration_min": 25}
                if n == 10:
                    fields.update(kind=ItemKind.MEAL, fixed_start=time(12, 30))
                agenda.add_item(db, day.id, fields)
        window = MainWindow(db)
        window.resize(1400, 900)
        window.show()
        window.open_convening(convening)
        editor = window.workspace.show_view("agenda")
        assert isinstance(editor, AgendaEditor)
        app.processEvents()
        model, viewport = editor.model, editor.table.viewport()

        full: list[float] = []
        after_store: list[float] = []
        for n in range(edits):
            index = model.index(n % 20, Column.DURATION)
            value = str(20 + n % 17)
            started = perf_counter()
            model.setData(index, value)
            viewport.repaint()
            full.append((perf_counter() - started) * 1000)

            day = editor.day
            started = perf_counter()
            model.set_day(day)
            editor.totals.show_schedule(model.schedule)
            viewport.repaint()
            after_store.append((perf_counter() - started) * 1000)
            app.processEvents()
        # Other views reload on undo-stack changes: close them while the database is open.
        window.undo_stack.clear()
        window.close()
        db.close()
    return [
        Metric("agenda_edit_ms", _p95(full), "ms", FRAME_MS),
        Metric("agenda_recompute_repaint_ms", _p95(after_store), "ms", FRAME_MS),
    ]

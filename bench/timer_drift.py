"""Does the run view's timer stay true to the clock under CPU load?

The real RunView runs on the system clock for 60 s (10 s with --quick) while
two other processes spin the CPU. After every repaint the value behind the
displayed remaining time is compared with the truth worked out here from
``time.monotonic()`` and the start event. Also reported: how late the text
changed after each whole second actually passed (bounded by the repaint
interval, since the view only repaints and never counts).
"""

from __future__ import annotations

import math
import multiprocessing
import tempfile
import time
from pathlib import Path

from bench.metric import Metric


def _spin(stop_at: float) -> None:
    while time.monotonic() < stop_at:
        pass


def run(quick: bool) -> list[Metric]:
    import shiboken6
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from facilitator.core.clock import SystemClock
    from facilitator.core.timefmt import format_remaining
    from facilitator.store.database import open_database
    from facilitator.store.demo import seed_demo
    from facilitator.ui.context import AppContext
    from facilitator.ui.run_view import RunView

    seconds = 10.0 if quick else 60.0
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite", SystemClock())
        ctx = AppContext(db=db, undo_stack=QUndoStack(), data_dir=Path(tmp))
        view = RunView(ctx)
        view.set_convening(seed_demo(db).convening_id)
        view.resize(1200, 760)
        view.show()
        assert view.run is not None
        view.toggle()
        start = view.run.engine.events[-1]
        planned = view.run.engine.planned_seconds()
        errors: list[float] = []
        lags: list[float] = []
        last_text = [view.face.remaining.text()]

        def sample() -> None:
            now = time.monotonic()
            truth = planned - (now - start.monotonic)
            shown = view.face.shown_remaining
            if shown is not None:
                errors.append(abs(shown - truth) * 1000)
            text = view.face.remaining.text()
            if text != last_text[0] and text == format_remaining(truth):
                crossed = start.monotonic + planned - (math.ceil(truth))  # when it became due
                lags.append(max(0.0, (now - crossed)) * 1000)
            last_text[0] = text

        view.timer.timeout.connect(sample)  # runs right after the view's own repaint
        stop_at = time.monotonic() + seconds + 2
        spinners = [multiprocessing.Process(target=_spin, args=(stop_at,)) for _ in range(2)]
        for p in spinners:
            p.start()
        QTimer.singleShot(int(seconds * 1000), app.quit)
        app.exec()
        for p in spinners:
            p.join(timeout=5)
        view.close()
        shiboken6.delete(view)  # before interpreter shutdown, which would free it out of order
        shiboken6.delete(ctx.undo_stack)
        db.close()
    return [
        Metric("timer_max_error_ms", max(errors), "ms", 100.0),
        Metric("timer_text_max_lag_ms", max(lags) if lags else 0.0, "ms", 100.0),
        Metric("timer_repaints_per_s", len(errors) / seconds, "1/s", 4.0, better="min"),
    ]

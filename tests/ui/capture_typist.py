"""A co-facilitator typing steadily into the capture bar, for the kill test.

Run as a script: ``python capture_typist.py DATA_DIR``. Types STREAM into the
capture field one character every few milliseconds, pressing Enter after every
LINE characters, and prints ``typed <count> <monotonic>`` after each character
so the test knows what had been typed when it killed the process.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator.bootstrap import open_store
from facilitator.paths import resolve_paths
from facilitator.store.demo import seed_demo
from facilitator.ui.main_window import MainWindow

LINE = 250
STREAM = "".join(f"{n:05d}," for n in range(5000))
INTERVAL_MS = 8


def main() -> None:
    app = QApplication(sys.argv[:1])
    paths = resolve_paths(sys.argv[1])
    paths.ensure()
    db = open_store(paths)
    seed_demo(db)
    window = MainWindow(db, paths)
    window.show()
    window.activateWindow()
    bar = window.quick_capture
    bar.open_bar()
    typed = 0

    def type_next() -> None:
        nonlocal typed
        if not bar.field.hasFocus():
            return  # not ready yet
        if typed and typed % LINE == 0 and bar.field.text():
            QTest.keyClick(bar.field, Qt.Key.Key_Return)
            return
        QTest.keyClicks(bar.field, STREAM[typed])
        typed += 1
        print(f"typed {typed} {time.monotonic():.6f}", flush=True)

    timer = QTimer()
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(type_next)
    timer.start()
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()

"""Start-up time and idle memory, against a bare PySide6 window measured in the same run.

Each sample is a fresh process, timed from spawn until the window has been shown
and painted, so interpreter start, imports, opening the database and building
the window all count, as they do for a person double-clicking the icon.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bigdb import big_database
from bench.metric import Metric

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 760); w.show()
app.processEvents(); w.grab()
print("shown", flush=True)
{idle}
"""

OURS = """
import sys, time
from facilitator.app import build_main_window, get_application
from facilitator.paths import resolve_paths
app = get_application()
w = build_main_window(resolve_paths(sys.argv[1])); w.show()
app.processEvents(); w.grab()
print("shown", flush=True)
{idle}
"""

# Idle for a moment, then report resident memory (Linux /proc; 0 elsewhere).
IDLE = """
end = time.monotonic() + 1.5
while time.monotonic() < end:
    app.processEvents(); time.sleep(0.05)
rss = 0
try:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1])
except OSError:
    pass
print("rss", rss, flush=True)
"""


def _run(script: str, *args: str) -> tuple[float, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    begin = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    shown_at = 0.0
    rss = 0
    for line in proc.stdout:
        if line.startswith("shown"):
            shown_at = time.perf_counter() - begin
        elif line.startswith("rss"):
            rss = int(line.split()[1])
    if proc.wait() != 0 or not shown_at:
        raise RuntimeError(f"start-up sample failed ({proc.returncode})")
    return shown_at, rss


def _copy_of(db: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(db, folder / "facilitator.sqlite")
    return folder


def run(quick: bool) -> list[Metric]:
    rounds = 3 if quick else 9
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty"
        big = _copy_of(big_database(), Path(tmp) / "big")
        # Warm both data folders once (first-open migrations, file cache), then alternate.
        _run(OURS.format(idle=""), str(empty))
        _run(OURS.format(idle=""), str(big))
        bare_t, ours_t, big_t = [], [], []
        for _ in range(rounds):
            bare_t.append(_run(BARE.format(idle=""))[0])
            ours_t.append(_run(OURS.format(idle=""), str(empty))[0])
            big_t.append(_run(OURS.format(idle=""), str(big))[0])
        bare_rss = _run(BARE.format(idle=IDLE))[1]
        ours_rss = _run(OURS.format(idle=IDLE), str(big))[1]
    bare, ours, bigdb = (statistics.median(x) for x in (bare_t, ours_t, big_t))
    return [
        Metric("startup_ratio", ours / bare, "ratio", 2.0),
        Metric("startup_bigdb_ratio", bigdb / ours, "ratio", 1.5),
        Metric("idle_rss_ratio", ours_rss / bare_rss if bare_rss else 0.0, "ratio", 2.0),
        Metric("startup_ms", ours * 1000, "ms", 1500),
    ]

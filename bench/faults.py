"""The fault suite: kill -9 a capturing process at random moments, then count what was lost.

The tests run it in a short form (a few kills); the benchmark in a long one (50 kills).
A kill during a timed run, a full disk while exporting and two instances on one data
folder are covered by their own tests (tests/store/test_runs.py,
tests/export/test_atomic.py, the single-instance tests).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.metric import Metric
from facilitator.core.clock import SystemClock
from facilitator.store import convenings
from facilitator.store.convenings import NewConvening
from facilitator.store.database import open_database
from facilitator.store.entries import list_entries

ROOT = Path(__file__).parents[1]


@dataclass(frozen=True)
class KillReport:
    kills: int
    committed: int  # entries the writer reported as committed before it died
    lost: int  # of those, missing after reopening
    integrity_ok: bool


def kill_while_capturing(data_dir: Path, kills: int, seed: int = 1) -> KillReport:
    """Start a writer, SIGKILL it after a random 0.3-1.5 s, reopen and check; ``kills`` times."""
    rng = random.Random(seed)
    db = open_database(data_dir / "facilitator.sqlite", SystemClock())
    convening = convenings.create_convening(db, NewConvening(title="Fault suite"))
    db.close()
    promised: set[str] = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(kills):
        writer = subprocess.Popen(
            [sys.executable, "-m", "bench.fault_writer", str(data_dir), convening],
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        assert writer.stdout is not None
        os.set_blocking(writer.stdout.fileno(), False)
        deadline = time.monotonic() + rng.uniform(0.3, 1.5)
        # Bytes, read without blocking: text-mode pipes can't be read non-blocking.
        buffered = b""
        while time.monotonic() < deadline:
            time.sleep(0.01)
            buffered += writer.stdout.read() or b""
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        buffered += writer.stdout.read() or b""
        writer.stdout.close()
        # A line without its newline was cut by the kill: that id was never promised.
        promised.update(line for line in buffered.decode().split("\n")[:-1] if line)
    # Reopening runs the integrity check; a damaged file raises here.
    try:
        db = open_database(data_dir / "facilitator.sqlite", SystemClock())
    except Exception:
        return KillReport(kills, len(promised), len(promised), integrity_ok=False)
    stored = {e.id for e in list_entries(db, convening)}
    db.close()
    return KillReport(kills, len(promised), len(promised - stored), integrity_ok=True)


def run(quick: bool) -> list[Metric]:
    with tempfile.TemporaryDirectory() as tmp:
        report = kill_while_capturing(Path(tmp), kills=10 if quick else 50)
    return [
        Metric("fault_kills", report.kills, "kills", 10 if quick else 50, better="min"),
        Metric("fault_entries_committed", report.committed, "entries", 1, better="min"),
        Metric("fault_lost_entries", report.lost, "entries", 0),
        Metric("fault_integrity_failures", 0 if report.integrity_ok else 1, "count", 0),
    ]

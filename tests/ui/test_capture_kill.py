"""Kill the app while someone is typing: nothing older than about a second is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from facilitator.core.clock import SystemClock
from facilitator.paths import resolve_paths
from facilitator.store import entries
from facilitator.store.database import open_database
from facilitator.store.demo import load_demo_spec
from facilitator.store.drafts import load_draft

TYPIST = Path(__file__).with_name("capture_typist.py")
ROOT = Path(__file__).parents[2]
GRACE_SECONDS = 1.0


def _reader(stream: object, lines: list[str]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.append(line.strip())


@pytest.mark.slow
def test_sigkill_while_typing_loses_at_most_the_last_second(tmp_path: Path) -> None:
    data = tmp_path / "killed"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(TYPIST), str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    lines: list[str] = []
    reader = threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while not any(line.startswith("typed") for line in lines):
            assert child.poll() is None, "the typist exited early"
            assert time.monotonic() < deadline, "the typist never started typing"
            time.sleep(0.05)
        time.sleep(random.uniform(2.0, 3.5))
        killed_at = time.monotonic()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        reader.join(timeout=10)
        assert child.stdout is not None
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    typed = [line.split() for line in lines if line.startswith("typed")]
    # Everything typed at least GRACE_SECONDS before the kill must have survived.
    must_keep = max(
        (int(count) for _, count, when in typed if float(when) <= killed_at - GRACE_SECONDS),
        default=0,
    )
    assert must_keep > 50, "the typist typed too little before the kill to prove anything"

    db = open_database(resolve_paths(data).database, SystemClock())
    try:
        demo = str(load_demo_spec()["uuid"])
        saved = [e.text for e in entries.list_entries(db, demo) if e.author_device and _ours(e)]
    finally:
        db.close()
    draft = load_draft(data)
    recovered = "".join(saved)
    if draft is not None and (not saved or draft.text != saved[-1]):
        recovered += draft.text
    stream = _stream()
    assert stream.startswith(recovered), "recovered text is exactly what was typed, in order"
    assert len(recovered) >= must_keep, (
        f"lost typing: {len(recovered)} characters recovered, {must_keep} were typed "
        f"more than {GRACE_SECONDS}s before the kill"
    )


def _ours(entry: entries.EntryRecord) -> bool:
    return entry.text[:5].isdigit()  # the demo's own entries start with words


def _stream() -> str:
    sys.path.insert(0, str(TYPIST.parent))
    try:
        from capture_typist import STREAM  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    return str(STREAM)

"""The fault suite's short form: killed mid-capture, nothing committed is lost."""

from __future__ import annotations

from pathlib import Path

from bench.faults import kill_while_capturing


def test_kill_9_while_capturing_loses_no_committed_entry(tmp_path: Path) -> None:
    report = kill_while_capturing(tmp_path, kills=3, seed=5)
    assert report.integrity_ok
    assert report.committed > 0, "the writer never got to commit anything"
    assert report.lost == 0

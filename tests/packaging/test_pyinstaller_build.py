"""The PyInstaller one-folder build starts and shows its window (Linux, offscreen).

Builds from packaging/facilitator.spec into a temporary folder: about a minute on a
two-core machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the build is checked on Linux")
def test_the_frozen_program_opens_its_window(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the test extra")
    dist, work = tmp_path / "dist", tmp_path / "work"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--workpath",
            str(work),
            "--distpath",
            str(dist),
            str(ROOT / "packaging" / "facilitator.spec"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=540,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    program = dist / "Facilitator" / "Facilitator"
    assert program.exists()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    data = tmp_path / "data"
    # The demo needs the migrations (read by Alembic from the bundle) and resources/demo.
    demo = subprocess.run(
        [str(program), "--data-dir", str(data), "demo", "--no-gui"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert demo.returncode == 0, demo.stderr
    shown = subprocess.run(
        [str(program), "--data-dir", str(data), "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    assert "window shown: Cities Learning Exchange" in shown.stdout

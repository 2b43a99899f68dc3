"""The layer arrows point down, and the check that says so can fail."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).parents[1]
LINT = [
    sys.executable,
    "-c",
    "from importlinter.cli import lint_imports_command; lint_imports_command()",
]


def test_the_project_keeps_its_layer_contracts() -> None:
    done = subprocess.run(LINT, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "broken" in done.stdout and "0 broken" in done.stdout


def test_a_wrong_arrow_breaks_the_check(tmp_path: Path) -> None:
    """The same kind of contract fails on a core module that imports Qt."""
    pkg = tmp_path / "sample"
    (pkg / "core").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "core" / "__init__.py").write_text("")
    (pkg / "core" / "clock.py").write_text("from PySide6.QtCore import QTimer\n")
    (tmp_path / ".importlinter").write_text(
        textwrap.dedent(
            """
            [importlinter]
            root_package = sample
            include_external_packages = True

            [importlinter:contract:core]
            name = core is plain Python
            type = forbidden
            source_modules = sample.core
            forbidden_modules = PySide6
            """
        )
    )
    done = subprocess.run(
        LINT, cwd=tmp_path, capture_output=True, text=True, env={"PYTHONPATH": str(tmp_path)}
    )
    assert done.returncode != 0
    assert "sample.core.clock -> PySide6" in done.stdout

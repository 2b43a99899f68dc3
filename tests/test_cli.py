"""The command line: same services as the window, clear errors, no tracebacks."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import __version__, cli
from facilitator.cli import common
from facilitator.paths import AppPaths


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"Facilitator {__version__}"


def test_list_on_a_new_data_folder_says_how_to_start(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list")
    assert code == 0 and "facilitator demo" in out
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0 and json.loads(out) == []


def test_demo_seeds_exactly_once_and_lists_as_json(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert run(capsys, "demo", "--no-gui")[0] == 0
    code, out, _ = run(capsys, "demo", "--no-gui")
    assert code == 0 and "Already there" in out
    code, out, _ = run(capsys, "list", "--json")
    rows = json.loads(out)
    assert len(rows) == 1
    assert {"id", "title", "start_date"} <= set(rows[0])
    assert rows[0]["title"].startswith("Cities Learning Exchange")
    assert (data_dir / "facilitator.sqlite").exists()


def test_data_dir_option_wins_over_the_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path
) -> None:
    elsewhere = tmp_path / "usb-stick"
    assert run(capsys, "--data-dir", str(elsewhere), "demo", "--no-gui")[0] == 0
    assert (elsewhere / "facilitator.sqlite").exists()
    assert not (data_dir / "facilitator.sqlite").exists()
    assert (elsewhere / "logs" / "facilitator.log").exists()


def test_demo_opens_the_window_on_the_demo_convening(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str | None] = []

    def fake_gui(paths: AppPaths, convening_id: str | None = None) -> int:
        opened.append(convening_id)
        return 0

    monkeypatch.setattr(common, "start_gui", fake_gui)
    assert run(capsys, "demo")[0] == 0
    assert run(capsys)[0] == 0
    assert opened == ["5b0c6a52-6f53-4c1e-9d0a-3f1f6e2d7a01", None]


def test_a_newer_database_is_an_error_message_not_a_traceback(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    run(capsys, "list")
    with sqlite3.connect(data_dir / "facilitator.sqlite") as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zz_future'")
    conn.close()
    code, out, err = run(capsys, "list")
    assert code == 2 and out == ""
    assert err.startswith("facilitator: ") and "newer version" in err
    assert "Traceback" not in err


def test_the_entry_point_runs_without_loading_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from facilitator.cli import main\n"
        f"code = main(['--data-dir', {str(tmp_path)!r}, 'demo', '--no-gui'])\n"
        "assert 'PySide6' not in sys.modules, 'a command without a window loaded Qt'\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    module = subprocess.run(
        [sys.executable, "-m", "facilitator", "--data-dir", str(tmp_path), "list"],
        capture_output=True,
        text=True,
    )
    assert module.returncode == 0 and "Cities Learning Exchange" in module.stdout

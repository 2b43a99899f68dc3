"""`facilitator bundle …` and team sync through `facilitator sync`, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator import cli


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_id(capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "demo", "--no-gui")[0] == 0
    _, out, _ = run(capsys, "list", "--json")
    return str(json.loads(out)[0]["id"])


def test_export_then_import_on_another_laptop(
    capsys: pytest.CaptureFixture[str], demo_id: str, tmp_path: Path
) -> None:
    out = tmp_path / "spring.facilitator"
    code, text, err = run(capsys, "bundle", "export", demo_id, "--out", str(out))
    assert code == 0, err
    assert f"Wrote {out}" in text and out.is_file()

    other = str(tmp_path / "laptop-b")
    code, text, err = run(capsys, "--data-dir", other, "bundle", "import", str(out))
    assert code == 0, err
    assert text.startswith("Added “") and "records" in text
    code, text, _ = run(capsys, "--data-dir", other, "bundle", "import", str(out))
    assert code == 0 and "already up to date" in text
    code, text, _ = run(capsys, "--data-dir", other, "list", "--json")
    assert [c["id"] for c in json.loads(text)] == [demo_id]
    code, text, _ = run(capsys, "--data-dir", other, "bundle", "conflicts", demo_id)
    assert code == 0 and "No conflicts" in text


def test_a_bad_file_is_refused_with_the_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "broken.facilitator"
    bad.write_bytes(b"PK\x03\x04 not really")
    code, out, err = run(capsys, "bundle", "import", str(bad))
    assert code == 2 and out == ""
    assert "cut short" in err and "Nothing was changed" in err
    assert "Traceback" not in err


def test_settling_an_unknown_conflict_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "bundle", "settle", "42")
    assert code == 2 and "already settled" in err


def test_facilitator_sync_exchanges_changes_through_the_folder_target(
    capsys: pytest.CaptureFixture[str], demo_id: str, tmp_path: Path
) -> None:
    share = tmp_path / "Team"
    share.mkdir()
    assert run(capsys, "target", "set", "folder", str(share))[0] == 0
    code, out, _ = run(capsys, "sync")
    assert code == 0 and "sent" in out
    other = str(tmp_path / "laptop-b")
    assert run(capsys, "--data-dir", other, "target", "set", "folder", str(share))[0] == 0
    code, out, _ = run(capsys, "--data-dir", other, "sync")
    assert code == 0 and "applied 1 change files" in out
    code, out, _ = run(capsys, "--data-dir", other, "list", "--json")
    assert [c["id"] for c in json.loads(out)] == [demo_id]
    code, out, _ = run(capsys, "--data-dir", other, "sync")
    assert out.strip() == "Nothing waiting."

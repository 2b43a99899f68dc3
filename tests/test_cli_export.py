"""`facilitator export`: documents from the command line, with what was withheld."""

from __future__ import annotations

import json
from pathlib import Path

import docx
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


def test_participants_summary_says_what_was_withheld(
    capsys: pytest.CaptureFixture[str], demo_id: str, tmp_path: Path
) -> None:
    out = tmp_path / "p.docx"
    code, stdout, err = run(
        capsys, "export", demo_id[:8], "--audience", "participants", "--out", str(out)
    )
    assert code == 0, err
    assert stdout.splitlines()[0].startswith("Withheld from participants: ")
    assert "team entr" in stdout and "private entr" in stdout
    assert f"Wrote {out}" in stdout
    assert docx.Document(str(out)).core_properties.subject == "Summary for participants"


def test_team_summary_with_a_template_and_other_kinds(
    capsys: pytest.CaptureFixture[str], demo_id: str, tmp_path: Path
) -> None:
    template = tmp_path / "org.docx"
    docx.Document().save(str(template))
    out = tmp_path / "t.docx"
    code, stdout, _ = run(
        capsys, "export", demo_id, "--audience", "team", "--out", str(out),
        "--template", str(template),
    )  # fmt: skip
    assert code == 0
    assert "Withheld from the team: 1 private entry." in stdout
    for kind, name in (("agenda", "a.docx"), ("runsheet", "r.docx"), ("commitments-csv", "c.csv")):
        code, _, err = run(capsys, "export", demo_id, "--kind", kind, "--out", str(tmp_path / name))
        assert code == 0, err
        assert (tmp_path / name).stat().st_size > 0


def test_default_file_name_in_the_current_folder(
    capsys: pytest.CaptureFixture[str], demo_id: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "export", demo_id, "--audience", "team")[0] == 0
    assert [p.name for p in tmp_path.glob("*.docx")] == [
        "Cities Learning Exchange Spring Convening - Team summary.docx"
    ]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--template", "missing.docx"], "Cannot find the template"),
        (["--kind", "runsheet", "--audience", "participants"], "for the team only"),
    ],
)
def test_mistakes_are_one_clear_line(
    capsys: pytest.CaptureFixture[str], demo_id: str, tmp_path: Path,
    extra: list[str], message: str,
) -> None:  # fmt: skip
    code, _, err = run(capsys, "export", demo_id, "--out", str(tmp_path / "x.docx"), *extra)
    assert code == 2
    assert err.startswith("facilitator: ") and message in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.docx").exists()


def test_unknown_convening(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", "nothing-here", "--out", str(tmp_path / "x.docx"))
    assert code == 2 and "No convening" in err

"""`facilitator import-agenda` and `import-participants`: samples import, bad files don't."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from facilitator import cli

DATA = Path(__file__).parent / "core" / "data"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    result: list[dict[str, object]] = json.loads(out)
    return result


def test_import_agenda_creates_the_convening_then_appends(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    csv = shutil.copy(DATA / "agenda-city-managers.csv", tmp_path / "agenda.csv")
    code, out, err = run(capsys, "import-agenda", str(csv), "--convening", "Cities Exchange")
    assert (code, err) == (0, "")
    assert "Created the convening “Cities Exchange”" in out
    assert "Imported 18 agenda items into days 1, 2." in out
    [convening] = listed(capsys)
    code, out, _ = run(capsys, "import-agenda", str(csv), "--convening", str(convening["id"]))
    assert code == 0 and "Created" not in out and "Imported 18" in out
    code, out, _ = run(
        capsys, "import-agenda", str(csv), "--convening", "cities exchange", "--replace"
    )
    assert code == 0 and "Replaced 36 items" in out
    assert len(listed(capsys)) == 1


def test_import_participants_skips_people_already_there(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    csv = shutil.copy(DATA / "participants-city-managers.csv", tmp_path / "people.csv")
    code, out, _ = run(capsys, "import-participants", str(csv), "--convening", "Exchange")
    assert code == 0 and "Created the convening" in out and "Imported 12 participants." in out
    code, out, _ = run(capsys, "import-participants", str(csv), "--convening", "Exchange")
    assert code == 0 and "Imported 0 participants." in out and "Skipped 12" in out


def test_a_bad_file_names_file_line_column_and_imports_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = (DATA / "agenda-city-managers.csv").read_text(encoding="utf-8").splitlines()
    text[6] = text[6].replace("12:00,60,", "12:00,an hour,")
    bad = tmp_path / "bad-agenda.csv"
    bad.write_text("\n".join(text), encoding="utf-8")
    code, out, err = run(capsys, "import-agenda", str(bad), "--convening", "New title")
    assert code == 2 and out == ""
    assert "nothing was imported" in err
    assert 'bad-agenda.csv, line 7, column "duration_min"' in err
    assert "a duration" in err or "minutes" in err
    assert listed(capsys) == []


def test_a_bad_participant_file_imports_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "people.csv"
    bad.write_text("name,email\nAna,ana@x.org\nBo,not-an-address\n", encoding="utf-8")
    code, _, err = run(capsys, "import-participants", str(bad), "--convening", "X")
    assert code == 2 and 'people.csv, line 3, column "email"' in err
    assert listed(capsys) == []


def test_a_missing_file_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "import-agenda", str(tmp_path / "nope.csv"), "--convening", "X")
    assert code == 2 and "There is no file" in err and "nope.csv" in err
    assert listed(capsys) == []

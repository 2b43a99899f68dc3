"""The folder target: a synced cloud folder or a share that comes and goes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from facilitator.sync.targets import FolderTarget, TargetError, TargetUnavailable


def test_an_absent_folder_is_unavailable_then_delivered_when_it_appears(
    tmp_path: Path, export_file: Path
) -> None:
    share = tmp_path / "share" / "Team"
    target = FolderTarget(share)
    with pytest.raises(TargetUnavailable, match="not there right now"):
        target.put_file(export_file, "Summary.docx")
    share.mkdir(parents=True)
    done = target.put_file(export_file, "Summary.docx")
    assert done.location == str(share / "Summary.docx")
    assert (share / "Summary.docx").read_bytes() == export_file.read_bytes()
    assert os.listdir(share) == ["Summary.docx"]


def test_a_different_file_keeps_its_name_and_the_same_file_is_not_copied_twice(
    tmp_path: Path, export_file: Path
) -> None:
    (tmp_path / "Summary.docx").write_bytes(b"a colleague's version")
    target = FolderTarget(tmp_path)
    first = target.put_file(export_file, "Summary.docx")
    again = target.put_file(export_file, "Summary.docx")
    assert first.name == again.name == "Summary (2).docx"
    assert again.already_there and not first.already_there
    assert (tmp_path / "Summary.docx").read_bytes() == b"a colleague's version"
    assert [f.name for f in target.list("Summary")] == ["Summary (2).docx", "Summary.docx"]


def test_a_write_that_fails_leaves_no_partial_file(
    tmp_path: Path, export_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    target = FolderTarget(tmp_path)
    with pytest.raises(TargetError, match="out of space"):
        target.put_file(export_file, "Summary.docx")
    monkeypatch.undo()
    assert os.listdir(tmp_path) == ["exports"]


def test_a_file_in_place_of_the_folder_is_an_error_not_unavailable(tmp_path: Path) -> None:
    (tmp_path / "Team").write_text("x")
    with pytest.raises(TargetError) as caught:
        FolderTarget(tmp_path / "Team").check()
    assert not isinstance(caught.value, TargetUnavailable)


def test_names_that_escape_the_folder_are_refused(tmp_path: Path, export_file: Path) -> None:
    with pytest.raises(TargetError, match="not a file name"):
        FolderTarget(tmp_path).put_file(export_file, "../evil.docx")

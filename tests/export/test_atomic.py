"""Atomic writes: the destination holds the old file or the whole new one, never half."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import IO

import pytest

from facilitator.export.atomic import write_atomic, write_bytes_atomic
from facilitator.export.errors import ExportError


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a.docx"
    write_bytes_atomic(target, b"one")
    write_bytes_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_disk_full_leaves_destination_untouched(tmp_path: Path) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")

    def full(handle: IO[bytes]) -> None:
        handle.write(b"half a docum")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError, match=r"^The disk is full: .*a\.docx"):
        write_atomic(target, full)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_disk_full_during_the_real_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    real_fsync = os.fsync

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    target = tmp_path / "new.docx"
    with pytest.raises(ExportError, match="disk is full"):
        write_bytes_atomic(target, b"data")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert list(tmp_path.iterdir()) == []


def test_any_other_failure_cleans_up_and_propagates(tmp_path: Path) -> None:
    target = tmp_path / "a.docx"

    def boom(handle: IO[bytes]) -> None:
        handle.write(b"x")
        raise ValueError("bug")

    with pytest.raises(ValueError, match="bug"):
        write_atomic(target, boom)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_and_folder_target_are_clear(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_bytes_atomic(tmp_path / "nope" / "a.docx", b"x")
    with pytest.raises(ExportError, match="is a folder"):
        write_bytes_atomic(tmp_path, b"x")

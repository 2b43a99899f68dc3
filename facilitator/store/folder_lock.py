"""One writer per data folder: an operating-system lock on a file beside the database.

The window holds it for as long as it is open; a command that writes holds it
while it runs. The operating system drops the lock when the process ends, even
by a crash or a kill, so a stale lock never keeps anyone out. Commands that only
read (list, search, export) don't take it: SQLite's WAL lets them read while the
window writes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from facilitator.store.errors import StoreError

LOCK_NAME = ".facilitator.lock"
APP_HOLDER = "the Facilitator window"


class DataFolderBusyError(StoreError):
    """Another process writes to this data folder."""

    def __init__(self, data_dir: Path, holder: str | None) -> None:
        self.data_dir = data_dir
        self.holder = holder or ""
        if holder and holder.startswith(APP_HOLDER):
            text = f"Facilitator is open on this data folder ({data_dir}); close it first."
        else:
            what = f" ({holder})" if holder else ""
            text = (
                f"Another Facilitator command is writing to this data folder ({data_dir}){what}; "
                "wait for it to finish, then try again."
            )
        super().__init__(text)


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        # flock, not lockf: two opens in one process conflict too, as two processes do.
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class DataFolderLock:
    """The lock of one data folder; ``acquire`` never waits."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_NAME
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def holder(self) -> str | None:
        """Who holds it, as the holder wrote it (best effort: the lock itself is the truth)."""
        try:
            text = self.path.read_bytes()[1:].decode("utf-8", "replace").strip()
        except OSError:
            return None
        return text or None

    def acquire(self, holder: str) -> None:
        """Take the lock or raise DataFolderBusyError naming who has it."""
        if self._handle is not None:
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+b")
        if not _try_lock(handle):
            handle.close()
            raise DataFolderBusyError(self.data_dir, self.holder())
        # Byte 0 is the locked one (Windows locks ranges); who holds it follows.
        handle.seek(0)
        handle.truncate()
        handle.write(f"\n{holder} (process {os.getpid()})\n".encode())
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            handle.seek(0)
            handle.truncate()
            _unlock(handle)
        finally:
            handle.close()

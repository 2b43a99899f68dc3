"""Writing a file so that its destination never holds half of it.

The bytes go to a temporary file in the destination's own folder (so the
final rename stays on one file system), are flushed and fsynced, and only then
replace the destination in one ``os.replace``. On any failure the temporary
file is removed and the destination is exactly as it was. Errors come back as
an :class:`ExportError` in words a facilitator can act on.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from facilitator.durable import fsync_folder
from facilitator.export.errors import ExportError

_MESSAGES = {
    errno.ENOSPC: "The disk is full: could not write {path}. Free some space and try again.",
    errno.EDQUOT: "The disk quota is used up: could not write {path}. Free some space first.",
    errno.EACCES: "No permission to write {path}. Choose another folder.",
    errno.EPERM: "No permission to write {path}. Choose another folder.",
    errno.EROFS: "The disk is read-only: could not write {path}. Choose another folder.",
    errno.ENOENT: "The folder for {path} does not exist. Choose another folder.",
    errno.EISDIR: "{path} is a folder. Give a file name instead.",
}


def friendly_error(exc: OSError, path: Path) -> ExportError:
    template = _MESSAGES.get(exc.errno or 0)
    if template is None:
        reason = exc.strerror or str(exc)
        return ExportError(f"Could not write {path}: {reason}.")
    return ExportError(template.format(path=path))


def write_atomic(path: Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Call ``write`` with a binary file whose contents become ``path`` only if it succeeds."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise friendly_error(OSError(errno.EISDIR, "Is a directory"), path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise friendly_error(exc, path) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(path, tmp)
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise friendly_error(exc, path) from exc
    except BaseException:
        _discard(tmp)
        raise
    fsync_folder(folder)
    return path


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    def write(handle: IO[bytes]) -> None:
        handle.write(data)

    return write_atomic(path, write)


def _keep_mode(path: Path, tmp: Path) -> None:
    # mkstemp makes the file private (0600); a document should read like any other file.
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
    except OSError:
        pass


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _discard(tmp: Path) -> None:
    try:
        tmp.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass

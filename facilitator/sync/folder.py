"""A folder target: a desktop-synced cloud folder (OneDrive, Dropbox…) or a network share.

A share that is not mounted while travelling is *unavailable*, not a failure. The file
is written under a hidden temporary name in the target folder (so the cloud client
never uploads half of it), fsynced, then given its final name with a link that refuses
to replace anything; where links are not supported, ``os.replace`` after checking the
name is free.
"""

from __future__ import annotations

import builtins
import errno
import os
import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path

from facilitator.durable import fsync_folder
from facilitator.sync.target_base import (
    CHUNK,
    COMPARE_LIMIT,
    TEMP_PREFIX,
    Delivered,
    NameTaken,
    RemoteFile,
    TargetError,
    TargetUnavailable,
    candidate_names,
    check_remote_name,
    check_remote_path,
    file_digest,
)

_UNAVAILABLE = {errno.ENOENT, errno.ENODEV, errno.EHOSTDOWN, errno.ENOTCONN, errno.ESTALE}


class FolderTarget:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser()

    def describe(self) -> str:
        return f"the folder {self.path}"

    def check(self) -> None:
        try:
            if not self.path.is_dir():
                if self.path.exists():
                    raise TargetError(f"{self.path} is a file, not a folder.")
                raise TargetUnavailable(
                    f"The folder {self.path} is not there right now (a drive or network share "
                    "that is not connected?). Delivery will try again when it is."
                )
            if not os.access(self.path, os.W_OK | os.X_OK):
                raise TargetError(f"No permission to write in the folder {self.path}.")
        except OSError as exc:
            raise self._error(exc) from exc

    def put_file(
        self, local_path: Path, remote_name: str, *, upload_id: str | None = None
    ) -> Delivered:
        check_remote_name(remote_name)
        self.check()
        size, checksum = file_digest(local_path)
        try:
            for name in candidate_names(remote_name):
                final = self.path / name
                if final.exists():
                    if self._same(final, size, checksum):
                        return Delivered(str(final), name, size, checksum, already_there=True)
                    continue
                if self._write(local_path, final, upload_id):
                    return Delivered(str(final), name, size, checksum)
                # Someone else took the name between the check and the link: next name.
        except OSError as exc:
            raise self._error(exc) from exc
        raise TargetError(f"Too many files named like “{remote_name}” in {self.path}.")

    def list(self, prefix: str = "") -> list[RemoteFile]:
        self.check()
        found: list[RemoteFile] = []
        try:
            for entry in os.scandir(self.path):
                if entry.name.startswith(TEMP_PREFIX) or not entry.name.startswith(prefix):
                    continue
                if entry.is_file():
                    st = entry.stat()
                    found.append(
                        RemoteFile(entry.name, st.st_size, datetime.fromtimestamp(st.st_mtime, UTC))
                    )
        except OSError as exc:
            raise self._error(exc) from exc
        return sorted(found, key=lambda f: f.name)

    def get(self, remote_name: str) -> bytes:
        check_remote_name(remote_name)
        self.check()
        try:
            return (self.path / remote_name).read_bytes()
        except FileNotFoundError as exc:
            raise TargetError(f"{remote_name} is not in {self.path}.") from exc
        except OSError as exc:
            raise self._error(exc) from exc

    # -- nested paths (team sync) -----------------------------------------------------

    def walk(self, folder: str) -> builtins.list[RemoteFile]:
        top = self.path.joinpath(*check_remote_path(folder))
        self.check()
        found: list[RemoteFile] = []
        try:
            for dirpath, _, names in os.walk(top):
                here = Path(dirpath)
                for name in names:
                    if name.startswith(TEMP_PREFIX):
                        continue
                    st = (here / name).stat()
                    found.append(
                        RemoteFile(
                            (here / name).relative_to(self.path).as_posix(),
                            st.st_size,
                            datetime.fromtimestamp(st.st_mtime, UTC),
                        )
                    )
        except OSError as exc:
            raise self._error(exc) from exc
        return sorted(found, key=lambda f: f.name)

    def get_path(self, path: str, limit: int) -> bytes:
        file = self.path.joinpath(*check_remote_path(path))
        try:
            with file.open("rb") as handle:
                data = handle.read(limit + 1)
        except FileNotFoundError as exc:
            raise TargetError(f"{path} is not in {self.path}.") from exc
        except OSError as exc:
            raise self._error(exc) from exc
        if len(data) > limit:
            raise TargetError(f"{path} is larger than expected ({limit} bytes at most).")
        return data

    def create_new(self, path: str, data: bytes) -> bool:
        final = self.path.joinpath(*check_remote_path(path))
        self.check()
        tmp = final.parent / f"{TEMP_PREFIX}{uuid.uuid4()}.part"
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            try:
                with tmp.open("wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                try:
                    os.link(tmp, final)  # refuses to replace: a new file is never edited
                except FileExistsError:
                    return self._same_or_taken(final, path, data)
                except OSError:
                    if final.exists():  # no hard links here (FAT, some SMB/FUSE mounts)
                        return self._same_or_taken(final, path, data)
                    os.replace(tmp, final)
            finally:
                tmp.unlink(missing_ok=True)
            fsync_folder(final.parent)
        except OSError as exc:
            raise self._error(exc) from exc
        return True

    @staticmethod
    def _same_or_taken(final: Path, path: str, data: bytes) -> bool:
        if final.read_bytes() == data:
            return False
        raise NameTaken(f"{path} already holds a different file.")

    def _write(self, local_path: Path, final: Path, upload_id: str | None) -> bool:
        """Copy under a temporary name, then take ``final``; False when it is taken."""
        tmp = self.path / f"{TEMP_PREFIX}{upload_id or uuid.uuid4()}.part"
        try:
            with local_path.open("rb") as src, tmp.open("wb") as dst:
                shutil.copyfileobj(src, dst, CHUNK)
                dst.flush()
                os.fsync(dst.fileno())
            try:
                os.link(tmp, final)  # fails if final exists: never replaces a file
            except FileExistsError:
                return False
            except OSError:
                # File systems without hard links (FAT, some SMB/FUSE mounts).
                if final.exists():
                    return False
                os.replace(tmp, final)
            fsync_folder(self.path)
            return True
        finally:
            tmp.unlink(missing_ok=True)

    @staticmethod
    def _same(path: Path, size: int, checksum: str) -> bool:
        try:
            if not path.is_file() or path.stat().st_size != size or size > COMPARE_LIMIT:
                return False
            return file_digest(path) == (size, checksum)
        except OSError:
            return False

    def _error(self, exc: OSError) -> TargetError:
        if exc.errno in _UNAVAILABLE:
            return TargetUnavailable(
                f"The folder {self.path} is not reachable right now ({exc.strerror}). "
                "Delivery will try again."
            )
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return TargetError(f"The disk holding {self.path} is out of space.")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return TargetError(f"No permission to write in the folder {self.path}.")
        return TargetError(f"Could not write in {self.path}: {exc.strerror or exc}.")

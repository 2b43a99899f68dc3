"""The team folder on a delivery target: a synced folder or a WebDAV server alike.

Team sync (``sync/team.py``) asks for folders, files, reads and create-only writes;
this adapter answers from the target's nested-path calls (``TreeTarget``). The tree
under ``facilitator-sync`` is listed once, on first use, and that listing serves the
whole sync: one PROPFIND with ``Depth: infinity``, or one per folder where the server
refuses it. Files this laptop writes meanwhile go under its own folder, which it never
reads back, so the listing can't go stale in a way that matters.

A target that can't be reached raises TargetUnavailable out of every call; a file that
vanished or is too large becomes a BadFileError, skipped and tried again next time.
"""

from __future__ import annotations

from facilitator.sync.safe_read import BadFileError
from facilitator.sync.target_base import NameTaken, TargetError, TargetUnavailable, TreeTarget


class TargetTeamFolder:
    def __init__(self, target: TreeTarget, root: str) -> None:
        self.target = target
        self.root = root  # the only folder team sync uses ("facilitator-sync")
        self._listing: list[str] | None = None

    def _paths(self) -> list[str]:
        if self._listing is None:
            self._listing = [f.name for f in self.target.walk(self.root)]
        return self._listing

    def _inside(self, path: str) -> list[list[str]]:
        """The remaining parts of every listed file below ``path``."""
        prefix = path.strip("/") + "/"
        return [p[len(prefix) :].split("/") for p in self._paths() if p.startswith(prefix)]

    def folders(self, path: str) -> list[str]:
        return sorted({rest[0] for rest in self._inside(path) if len(rest) > 1})

    def files(self, path: str) -> list[str]:
        return sorted(rest[0] for rest in self._inside(path) if len(rest) == 1)

    def read(self, path: str, limit: int) -> bytes:
        try:
            return self.target.get_path(path, limit)
        except TargetUnavailable:
            raise
        except TargetError as exc:
            raise BadFileError(exc.message) from exc

    def create(self, path: str, data: bytes) -> None:
        """Write a new file; FileExistsError when other bytes hold the name already."""
        try:
            self.target.create_new(path, data)  # False: these bytes were there: done
        except NameTaken as exc:
            raise FileExistsError(exc.message) from exc

"""Where exports are delivered: one import for the target interface and both kinds.

    from facilitator.sync.targets import FolderTarget, Target, TargetUnavailable

See :mod:`facilitator.sync.target_base` for the contract every target keeps.
"""

from __future__ import annotations

from facilitator.sync.folder import FolderTarget
from facilitator.sync.target_base import (
    Delivered,
    NameTaken,
    RemoteFile,
    Target,
    TargetError,
    TargetUnavailable,
    TreeTarget,
    candidate_names,
    file_digest,
)
from facilitator.sync.webdav import WebDavTarget

__all__ = [
    "Delivered",
    "FolderTarget",
    "NameTaken",
    "RemoteFile",
    "Target",
    "TargetError",
    "TargetUnavailable",
    "TreeTarget",
    "WebDavTarget",
    "candidate_names",
    "file_digest",
]

"""Preferences of this laptop's user, kept as JSON beside the database.

Settings are per device, not part of the convening record: they never sync.
Written atomically (temporary file, then rename) so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from facilitator.core.kinds import EntryKind, Visibility
from facilitator.durable import fsync_folder

log = logging.getLogger(__name__)

SETTINGS_NAME = "settings.json"


def _default_visibility() -> dict[str, str]:
    # Quotes and private asides are the most sensitive; decisions and feedback are
    # meant for the participants' summary.
    return {
        EntryKind.NOTE.value: Visibility.TEAM.value,
        EntryKind.DECISION.value: Visibility.SHARED.value,
        EntryKind.QUESTION.value: Visibility.SHARED.value,
        EntryKind.PARKING_LOT.value: Visibility.SHARED.value,
        EntryKind.QUOTE.value: Visibility.TEAM.value,
        EntryKind.FEEDBACK.value: Visibility.SHARED.value,
    }


@dataclass(frozen=True)
class Settings:
    organisation: str = ""
    word_template: str = ""
    default_visibility: dict[str, str] = field(default_factory=_default_visibility)
    commitment_visibility: str = Visibility.SHARED.value
    wrap_up_warning_seconds: int = 120
    theme: str = "system"  # system, light, dark
    text_scale: float = 1.0
    # Where the outbox delivers (docs/sync.md): "" (nowhere: no network at all),
    # "folder" or "webdav". The WebDAV password is never here: it lives in the keyring.
    sync_target_kind: str = ""
    sync_folder: str = ""
    webdav_url: str = ""
    webdav_user: str = ""

    def visibility_for(self, kind: EntryKind) -> Visibility:
        value = self.default_visibility.get(kind.value)
        try:
            return Visibility(value) if value else Visibility.TEAM
        except ValueError:
            return Visibility.TEAM


def load_settings(data_dir: Path) -> Settings:
    """The saved settings, with defaults for anything missing or unreadable."""
    path = data_dir / SETTINGS_NAME
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("Ignoring unreadable settings file %s: %s", path, exc)
        return Settings()
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known}
    if "default_visibility" in values:
        values["default_visibility"] = {**_default_visibility(), **values["default_visibility"]}
    try:
        return replace(Settings(), **values)
    except TypeError:
        return Settings()


def save_settings(data_dir: Path, settings: Settings) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / SETTINGS_NAME
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=data_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(settings), handle, indent=2, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_folder(data_dir)

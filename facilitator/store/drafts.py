"""The capture being typed, kept on disk so a crash or a kill loses at most a moment.

The capture bar writes its field here a few times a second while someone
types (the window throttles the calls); the file is replaced atomically
(temporary file, fsync, rename), so it is always either the previous draft or
the new one, never half of either. On start-up a leftover draft goes back into
the field. Saving the entry clears it.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from facilitator.durable import fsync_folder

log = logging.getLogger(__name__)

DRAFTS_NAME = "drafts.json"


@dataclass(frozen=True)
class Draft:
    convening_id: str
    kind: str
    text: str
    visibility: str = ""
    item_id: str | None = None
    # The kind's extra fields: rationale, force, speaker, polarity, owner, due.
    extras: dict[str, str] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.text.strip() and not any(v.strip() for v in self.extras.values())


def draft_path(data_dir: Path) -> Path:
    return data_dir / DRAFTS_NAME


def save_draft(data_dir: Path, draft: Draft) -> None:
    """Write the draft durably: when this returns, a power cut keeps it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".drafts-", suffix=".tmp", dir=data_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(draft), handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, draft_path(data_dir))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_folder(data_dir)


def load_draft(data_dir: Path) -> Draft | None:
    """The leftover draft, or None when there is none (or it can't be read)."""
    path = draft_path(data_dir)
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("Ignoring unreadable draft %s: %s", path, exc)
        return None
    known = {f.name for f in fields(Draft)}
    try:
        draft = Draft(**{k: v for k, v in raw.items() if k in known})
    except TypeError:
        log.warning("Ignoring malformed draft %s", path)
        return None
    if not isinstance(draft.text, str) or not isinstance(draft.extras, dict):
        return None
    return None if draft.is_empty else draft


def clear_draft(data_dir: Path) -> None:
    draft_path(data_dir).unlink(missing_ok=True)

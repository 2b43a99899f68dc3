"""Logging to a rotating file, so a problem in the room can be looked at afterwards."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def setup_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    """Send the app's log records to ``log_file`` (1 MB each, five kept)."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    # Replace a handler from an earlier call (tests open many data folders).
    teardown_logging()
    root = logging.getLogger()
    handler._facilitator = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return handler


def teardown_logging() -> None:
    """Close the app's log file (tests, and a clean shutdown)."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_facilitator", False)]:
        root.removeHandler(old)
        old.close()


def current_log_file() -> Path | None:
    """The file the app logs to now, if logging was set up."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_facilitator", False) and isinstance(
            handler, logging.handlers.RotatingFileHandler
        ):
            return Path(handler.baseFilename)
    return None

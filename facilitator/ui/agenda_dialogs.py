"""The agenda editor's questions, each a small function a test can replace."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from facilitator.ui.i18n import tr

# (label shown to the user, id returned)
Choice = tuple[str, str]


def _choose(parent: QWidget, title: str, prompt: str, choices: Sequence[Choice]) -> str | None:
    if not choices:
        return None
    labels = [label for label, _ in choices]
    picked, ok = QInputDialog.getItem(parent, title, prompt, labels, 0, False)
    if not ok:
        return None
    return next((value for label, value in choices if label == picked), None)


def ask_target_day(parent: QWidget, title: str, choices: Sequence[Choice]) -> str | None:
    """Which day to copy the selected items to; its id, or None when cancelled."""
    return _choose(parent, title, tr("Copy the selected items to the end of:"), choices)


def ask_block_title(parent: QWidget, suggestion: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        tr("Save as block"),
        tr("Name the block (it goes into the library for any convening):"),
        QLineEdit.EchoMode.Normal,
        suggestion,
    )
    return text if ok and text.strip() else None


def ask_block(parent: QWidget, choices: Sequence[Choice]) -> str | None:
    """Which block to insert after the selected item; its id, or None when cancelled."""
    return _choose(
        parent, tr("Insert block"), tr("Insert this block after the selected item:"), choices
    )

"""The questions the Capture tab asks, each a small function a test can replace."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from facilitator.ui.i18n import QT_TR_NOOP, tr

NO_ITEM = QT_TR_NOOP("(no agenda item)")


def ask_item(parent: QWidget, choices: list[tuple[str, str | None]]) -> tuple[bool, str | None]:
    """Which agenda item to move entries to: (chosen?, item id or None for no item)."""
    labels = [label for label, _ in choices]
    label, ok = QInputDialog.getItem(parent, tr("Move entries"), tr("Move to:"), labels, 0, False)
    if not ok:
        return False, None
    return True, dict(choices).get(label)


def ask_resolution(parent: QWidget, text: str) -> str | None:
    answer, ok = QInputDialog.getText(
        parent,
        tr("Resolve"),
        tr("How was this resolved?\n\n{text}").format(text=text),
        QLineEdit.EchoMode.Normal,
    )
    return answer if ok and answer.strip() else None


def ask_day(parent: QWidget, choices: list[tuple[str, str]]) -> str | None:
    """Which day to add a parked item to, as a new agenda item at the end of that day."""
    labels = [label for label, _ in choices]
    label, ok = QInputDialog.getItem(
        parent, tr("Turn into an agenda item"), tr("Add at the end of:"), labels, 0, False
    )
    return dict(choices).get(label) if ok else None

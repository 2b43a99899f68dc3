"""The selected item's detail: objective, method, materials, private notes, and its limits.

Text is committed after a pause in typing and when the field loses focus; all
commits made while the cursor stays in one field share a session, so undo
takes back the whole edit of that field in one step rather than keystroke by
keystroke.
"""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from facilitator.store.agenda import ItemRow
from facilitator.ui.i18n import QT_TR_NOOP, tr

TYPING_PAUSE_MS = 800
TEXT_FIELDS = (
    (
        "objective",
        QT_TR_NOOP("&Objective:"),
        QT_TR_NOOP("What the room will have or know at the end"),
    ),
    ("method", QT_TR_NOOP("&Method:"), QT_TR_NOOP("How: round robin, small groups, gallery walk…")),
    ("materials", QT_TR_NOOP("M&aterials:"), QT_TR_NOOP("Slides, worksheets, talking piece…")),
    (
        "facilitator_notes",
        QT_TR_NOOP("&Notes (facilitators only):"),
        QT_TR_NOOP("Never shown to the room"),
    ),
)


class ItemDetailPane(QWidget):
    # (item id, {field: value}, edit session: commits with the same session merge)
    edited = Signal(str, dict, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemDetail")
        self.item: ItemRow | None = None
        self._loading = False
        self._dirty: str | None = None
        self._session: object = object()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.flush)

        form = QFormLayout(self)
        self.heading = QLabel(self.tr("No item selected"))
        self.heading.setObjectName("detailHeading")
        self.heading.setWordWrap(True)
        form.addRow(self.heading)
        self.texts: dict[str, QPlainTextEdit] = {}
        for name, label, hint in TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"detail_{name}")
            edit.setAccessibleName(tr(label).replace("&", "").rstrip(":"))
            edit.setPlaceholderText(tr(hint))
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(48)
            edit.textChanged.connect(lambda name=name: self._typed(name))
            edit.installEventFilter(self)
            self.texts[name] = edit
            caption = QLabel(tr(label))
            caption.setBuddy(edit)
            form.addRow(caption, edit)

        self.optional = QCheckBox(self.tr("O&ptional: may be dropped when the day runs late"))
        self.optional.setObjectName("detailOptional")
        self.optional.toggled.connect(lambda on: self._commit({"optional": on}))
        form.addRow(self.optional)

        self.min_duration = QSpinBox()
        self.min_duration.setObjectName("detailMinDuration")
        self.min_duration.setAccessibleName(self.tr("Minimum duration in minutes"))
        self.min_duration.setRange(0, 1440)
        self.min_duration.setSuffix(self.tr(" min"))
        self.min_duration.setSpecialValueText(self.tr("No minimum"))
        self.min_duration.editingFinished.connect(self._min_changed)
        form.addRow(self.tr("Mi&nimum length:"), self.min_duration)

        self.fixed = QCheckBox(self.tr("&Fixed start at"))
        self.fixed.setObjectName("detailFixed")
        self.fixed.toggled.connect(self._fixed_changed)
        self.fixed_time = QTimeEdit()
        self.fixed_time.setObjectName("detailFixedTime")
        self.fixed_time.setAccessibleName(self.tr("Fixed start time"))
        self.fixed_time.setDisplayFormat("HH:mm")
        self.fixed_time.editingFinished.connect(self._fixed_changed)
        row = QHBoxLayout()
        row.addWidget(self.fixed)
        row.addWidget(self.fixed_time, 1)
        form.addRow(row)
        self.show_item(None)

    # -- showing -------------------------------------------------------------------------

    def show_item(self, item: ItemRow | None, computed_start: time | None = None) -> None:
        """Show ``item``; ``computed_start`` is offered as the time when it gets pinned."""
        if self.item is not None and (item is None or item.id != self.item.id):
            self.flush()
            self._session = object()
        self.item = item
        self._loading = True
        try:
            self._load(item)
            start = item.fixed_start if item is not None else None
            start = start or computed_start
            if start is not None and not self.fixed_time.hasFocus():
                self.fixed_time.setTime(QTime(start.hour, start.minute))
        finally:
            self._loading = False

    def _load(self, item: ItemRow | None) -> None:
        for widget in (*self.texts.values(), self.optional, self.min_duration, self.fixed):
            widget.setEnabled(item is not None)
        self.fixed_time.setEnabled(item is not None and item.fixed_start is not None)
        if item is None:
            self.heading.setText(self.tr("No item selected"))
            for edit in self.texts.values():
                edit.setPlainText("")
            return
        self.heading.setText(item.title)
        for name, edit in self.texts.items():
            value = str(getattr(item, name))
            # Never overwrite text typed but not yet committed.
            if edit.toPlainText() != value and self._dirty != name:
                edit.setPlainText(value)
                edit.moveCursor(edit.textCursor().MoveOperation.End)
        self.optional.setChecked(item.optional)
        self.min_duration.setMaximum(item.duration_min)
        if not self.min_duration.hasFocus():
            self.min_duration.setValue(item.min_duration_min or 0)
        self.fixed.setChecked(item.fixed_start is not None)

    # -- committing ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._session = object()
        elif event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

    def _typed(self, name: str) -> None:
        if self._loading or self.item is None:
            return
        self._dirty = name
        self._timer.start()

    def flush(self) -> None:
        """Commit the text being typed now (a pause, focus leaving, another item chosen)."""
        self._timer.stop()
        name, self._dirty = self._dirty, None
        if name is None or self.item is None:
            return
        value = self.texts[name].toPlainText()
        if value != getattr(self.item, name):
            self.edited.emit(self.item.id, {name: value}, self._session)

    def _commit(self, changes: dict[str, Any]) -> None:
        if self._loading or self.item is None:
            return
        if any(getattr(self.item, k) != v for k, v in changes.items()):
            self.edited.emit(self.item.id, changes, None)

    def _min_changed(self) -> None:
        value = self.min_duration.value()
        self._commit({"min_duration_min": value or None})

    def _fixed_changed(self) -> None:
        self.fixed_time.setEnabled(self.fixed.isChecked())
        if not self.fixed.isChecked():
            self._commit({"fixed_start": None})
            return
        if self._loading or self.item is None:
            return
        picked = self.fixed_time.time()
        # Ticking the box on an item with no fixed time pins it where it starts now.
        start = time(picked.hour(), picked.minute())
        self._commit({"fixed_start": start})

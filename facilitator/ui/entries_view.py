"""The Capture tab: every entry of the convening, filtered by kind, item and visibility.

Select one to edit its text below (saved as you type); select many to change
their visibility, move them to another agenda item or delete them (Ctrl+Z
undoes). The parking-lot filter shows parked items and questions with the
actions that close them: resolve, or turn into an agenda item on a later day.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.kinds import EntryKind, Visibility
from facilitator.store import agenda_refs, entries, parking_lot
from facilitator.store.entries import EntryRecord
from facilitator.store.errors import StoreError
from facilitator.ui import capture_dialogs, dialogs
from facilitator.ui.context import AppContext
from facilitator.ui.convening_commands import StoreCommand
from facilitator.ui.entries_model import COLUMNS, TEXT, EntriesModel
from facilitator.ui.entry_commands import (
    DeleteEntries,
    MoveEntries,
    ResolveParked,
    ScheduleParked,
    SetVisibility,
)
from facilitator.ui.i18n import tr
from facilitator.ui.kind_names import kind_name, visibility_name

EDIT_SAVE_MS = 300
PARKED_OPEN, PARKED_ALL = "parked-open", "parked"


def _combo(name: str, label: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(label)
    return combo


class EntriesView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("entriesView")
        self.convening_id: str | None = None
        self.items: list[agenda_refs.ItemRef] = []

        self.kind_filter = _combo("entryKindFilter", self.tr("Show kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in EntryKind:
            self.kind_filter.addItem(kind_name(kind.value), kind.value)
        self.kind_filter.addItem(self.tr("Parking lot: open"), PARKED_OPEN)
        self.kind_filter.addItem(self.tr("Parking lot: all"), PARKED_ALL)
        self.item_filter = _combo("entryItemFilter", self.tr("Show agenda item"))
        self.visibility_filter = _combo("entryVisibilityFilter", self.tr("Show visibility"))
        self.visibility_filter.addItem(self.tr("Any visibility"), None)
        for v in Visibility:
            self.visibility_filter.addItem(visibility_name(v).capitalize(), v.value)
        for combo in (self.kind_filter, self.item_filter, self.visibility_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())

        self.model = EntriesModel(self)
        self.table = QTableView()
        self.table.setObjectName("entriesTable")
        self.table.setAccessibleName(self.tr("Captured entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("entryEditor")
        self.editor.setAccessibleName(self.tr("Text of the selected entry"))
        self.editor.setPlaceholderText(
            self.tr("Select an entry to edit its text; it saves as you type.")
        )
        self.editor.setMaximumHeight(90)
        self.editor.textChanged.connect(self._editor_changed)
        self.table.doubleClicked.connect(lambda _i: self.editor.setFocus())
        self._editing: EntryRecord | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(EDIT_SAVE_MS)
        self._save_timer.timeout.connect(self.flush_edit)
        self.status = QLabel()
        self.status.setObjectName("entriesStatus")

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text, shortcut, slot in (
            (
                "private",
                self.tr("Private"),
                "Ctrl+Alt+1",
                lambda: self.set_visibility(Visibility.PRIVATE),
            ),
            ("team", self.tr("Team"), "Ctrl+Alt+2", lambda: self.set_visibility(Visibility.TEAM)),
            (
                "shared",
                self.tr("Shared"),
                "Ctrl+Alt+3",
                lambda: self.set_visibility(Visibility.SHARED),
            ),
            ("move", self.tr("&Move to item…"), "Ctrl+M", self.move_selected),
            ("delete", self.tr("Delete"), "", self.delete_selected),
            ("resolve", self.tr("&Resolve…"), "Ctrl+R", self.resolve_selected),
            ("schedule", self.tr("Add to a later &day…"), "Ctrl+Shift+D", self.schedule_selected),
        ):
            button = QPushButton(text)
            button.setObjectName(f"entries_{key}")
            button.setToolTip(f"{text.replace('&', '')} ({shortcut or 'Del'})")
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[key] = button
            if not shortcut:
                continue
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        actions.addStretch(1)

        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("&Kind:"), self.kind_filter),
            (self.tr("&Item:"), self.item_filter),
            (self.tr("&Visibility:"), self.visibility_filter),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.editor)
        layout.addWidget(self.status)
        ctx.undo_stack.indexChanged.connect(lambda _i: self.reload())
        # Del in the table deletes entries, not the convening (the window's Del).
        self.table.installEventFilter(self)
        self._selection_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_del = (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and not event.modifiers()
        )
        if is_del and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if is_del and event.type() == QEvent.Type.KeyPress:
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    # -- loading -------------------------------------------------------------------------------

    def set_convening(self, convening_id: str | None) -> None:
        self.flush_edit()
        self.convening_id = convening_id
        self.item_filter.blockSignals(True)
        self.item_filter.clear()
        self.item_filter.addItem(self.tr("All agenda items"), None)
        self.items = agenda_refs.list_items(self.ctx.db, convening_id) if convening_id else []
        self.model.tz = (
            agenda_refs.convening_zone(self.ctx.db, convening_id) if convening_id else None
        )
        for item in self.items:
            self.item_filter.addItem(item.label, item.id)
        self.item_filter.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        self.flush_edit()
        if self.convening_id is None:
            self.model.set_rows([])
            return
        keep = set(self.selected_ids())
        kind = self.kind_filter.currentData()
        visibility = self.visibility_filter.currentData()
        try:
            if kind in (PARKED_OPEN, PARKED_ALL):
                rows = parking_lot.list_parked(
                    self.ctx.db, self.convening_id, open_only=kind == PARKED_OPEN
                )
                if visibility:
                    rows = [r for r in rows if r.visibility.value == visibility]
            else:
                rows = entries.list_entries(
                    self.ctx.db,
                    self.convening_id,
                    kinds=[EntryKind(kind)] if kind else None,
                    visibility=Visibility(visibility) if visibility else None,
                )
        except StoreError:
            rows = []
        item = self.item_filter.currentData()
        if item:
            rows = [r for r in rows if r.item_id == item]
        self.model.set_rows(rows)
        self._select(keep)
        self.status.setText(self.tr("{n} shown").format(n=len(rows)))

    def _select(self, ids: set[str]) -> None:
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for entry_id in ids:
            row = self.model.row_of(entry_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), flags)

    # -- selection and the text editor ---------------------------------------------------------

    def current_item_id(self) -> str | None:
        """The agenda item this tab has in view; the capture bar files under it."""
        value = self.item_filter.currentData()
        return str(value) if value else None

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].id for r in rows]

    def selected_records(self) -> list[EntryRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows]

    def select_entry(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.selectRow(row)

    def reveal_entry(self, entry_id: str) -> bool:
        """Show one entry (a search result) selected and ready to edit, whatever the filters."""
        if self.model.row_of(entry_id) < 0:
            for combo in (self.kind_filter, self.visibility_filter, self.item_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.reload()
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        self.table.clearSelection()
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self.editor.setFocus()
        return True

    def _selection_changed(self) -> None:
        self.flush_edit()
        chosen = self.selected_records()
        parked = bool(chosen) and all(r.kind.value in ("parking_lot", "question") for r in chosen)
        for key, button in self.buttons.items():
            if key in ("resolve", "schedule"):
                button.setEnabled(parked and len(chosen) == 1)
            else:
                button.setEnabled(bool(chosen))
        self._editing = chosen[0] if len(chosen) == 1 else None
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._editing.text if self._editing else "")
        self.editor.blockSignals(False)
        self.editor.setEnabled(self._editing is not None)

    def _editor_changed(self) -> None:
        if self._editing is not None and not self._save_timer.isActive():
            self._save_timer.start()

    def flush_edit(self) -> None:
        """Save the text being edited now (called by the timer and before anything else)."""
        self._save_timer.stop()
        record = self._editing
        if record is None:
            return
        text = self.editor.toPlainText()
        if not text.strip() or text.strip() == record.text:
            return
        try:
            updated = entries.update_entry(self.ctx.db, record.id, text=text)
        except StoreError as exc:
            self.status.setText(str(exc))
            return
        self._editing = updated
        self.model.replace(updated)

    # -- actions -------------------------------------------------------------------------------

    def _push(self, command: StoreCommand, done: str) -> bool:
        try:
            command.apply()
        except StoreError as exc:
            dialogs.show_error(self, self.tr("Facilitator"), str(exc))
            return False
        self.ctx.undo_stack.push(command)
        self.status.setText(self.tr("{done} Undo with Ctrl+Z.").format(done=done))
        return True

    def set_visibility(self, visibility: Visibility) -> None:
        ids = self.selected_ids()
        if ids:
            done = self.tr("{n_ids} made {value}.").format(
                n_ids=len(ids), value=visibility_name(visibility)
            )
            self._push(SetVisibility(self.ctx.db, ids, visibility), done)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._editing = None
            self._push(
                DeleteEntries(self.ctx.db, ids), self.tr("Deleted {n_ids}.").format(n_ids=len(ids))
            )

    def move_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        choices: list[tuple[str, str | None]] = [(tr(capture_dialogs.NO_ITEM), None)]
        choices += [(i.label, i.id) for i in self.items]
        chosen, item_id = capture_dialogs.ask_item(self, choices)
        if chosen:
            self._push(
                MoveEntries(self.ctx.db, ids, item_id),
                self.tr("Moved {n_ids}.").format(n_ids=len(ids)),
            )

    def resolve_selected(self) -> None:
        chosen = self.selected_records()
        if len(chosen) != 1:
            return
        answer = capture_dialogs.ask_resolution(self, chosen[0].text)
        if answer:
            self._push(ResolveParked(self.ctx.db, chosen[0].id, answer), self.tr("Resolved."))

    def schedule_selected(self) -> None:
        chosen = self.selected_records()
        if len(chosen) != 1 or self.convening_id is None:
            return
        days = agenda_refs.list_days(self.ctx.db, self.convening_id)
        item_day = next((i.day_position for i in self.items if i.id == chosen[0].item_id), -1)
        later = [d for d in days if d.position > item_day] or days
        day_id = capture_dialogs.ask_day(self, [(d.label, d.id) for d in later])
        if day_id:
            command = ScheduleParked(self.ctx.db, chosen[0].id, day_id)
            if self._push(command, self.tr("Added to the agenda.")):
                self.set_convening(self.convening_id)  # the new item joins the item filter

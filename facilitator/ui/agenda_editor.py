"""The Agenda tab: the days on the left, the chosen day's items as a table, detail beside it.

Every change goes through an undoable command on the window's undo stack; the
commands call ``refresh`` to re-read the store, so the table always shows what
is stored, never a guess.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTime
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QTimeEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitator.store import agenda
from facilitator.store.agenda import DayPlan, ItemRow
from facilitator.store.errors import StoreError
from facilitator.ui import dialogs
from facilitator.ui.agenda_commands import (
    AddItem,
    DeleteItems,
    EditItem,
    MoveItems,
    SetDayTimes,
)
from facilitator.ui.agenda_days import DayListModel
from facilitator.ui.agenda_detail import ItemDetailPane
from facilitator.ui.agenda_model import AgendaModel, Column
from facilitator.ui.agenda_reuse import ReuseActions
from facilitator.ui.agenda_table import AgendaDelegate, AgendaTable
from facilitator.ui.agenda_totals import DayTotals
from facilitator.ui.context import AppContext
from facilitator.ui.convening_commands import StoreCommand
from facilitator.ui.i18n import plural


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


class AgendaEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("agendaEditor")
        self.convening_id: str | None = None
        self.day: DayPlan | None = None

        self.days_model = DayListModel(self)
        self.days_model.on_move = lambda ids, day, index: self.move_items(ids, day, index)
        self.day_list = QListView()
        self.day_list.setObjectName("agendaDays")
        self.day_list.setAccessibleName(self.tr("Days"))
        self.day_list.setModel(self.days_model)
        self.day_list.setAcceptDrops(True)
        self.day_list.setDropIndicatorShown(True)
        self.day_list.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.day_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.day_list.setSpacing(2)
        self.day_list.setWordWrap(True)
        self.day_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.day_list.selectionModel().currentChanged.connect(self._day_chosen)

        self.model = AgendaModel(self)
        self.model.on_edit = lambda item_id, changes: self.edit(item_id, changes, cell=True)
        self.model.on_move = lambda ids, day, index: self.move_items(ids, day, index)
        self.table = AgendaTable()
        self.table.setModel(self.model)
        self.totals = DayTotals()
        self.table.setItemDelegate(AgendaDelegate(lambda m: self.totals.say(m, True), self.table))
        self.table.add_requested.connect(self.add_item)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = ItemDetailPane()
        self.detail.edited.connect(lambda item_id, changes, s: self.edit(item_id, changes, s))

        self.day_title = QLabel()
        self.day_title.setObjectName("agendaDayTitle")
        self.day_start = self._time_edit("dayStart", self.tr("Day starts at"))
        self.day_end = self._time_edit("dayEnd", self.tr("Day ends at"))
        self.reuse = ReuseActions(self)
        self._build_layout(self._make_toolbar())
        self.set_convening(None)

    # -- building ------------------------------------------------------------------------

    def _time_edit(self, name: str, accessible: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setDisplayFormat("HH:mm")
        edit.editingFinished.connect(self._day_times_edited)
        return edit

    def action(self, text: str, keys: str | None, slot: Callable[[], Any]) -> QAction:
        act = QAction(text, self)
        if keys:
            act.setShortcuts([QKeySequence(k) for k in keys.split("|")])
            act.setToolTip(f"{text.rstrip('…').replace('&', '')} ({keys.split('|')[0]})")
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _make_toolbar(self) -> QToolBar:
        self.add_action = self.action(self.tr("&Add item"), "Ctrl+Return|Ctrl+Enter", self.add_item)
        self.up_action = self.action(self.tr("Move &up"), "Ctrl+Up", lambda: self.move_selected(-1))
        self.down_action = self.action(
            self.tr("Move dow&n"), "Ctrl+Down", lambda: self.move_selected(1)
        )
        # Delete is the table's own key (Del); a shortcut here would clash with the window's.
        self.delete_action = self.action(self.tr("&Delete item"), None, self.delete_selected)
        self.delete_action.setToolTip(self.tr("Delete the selected items (Del; undo with Ctrl+Z)"))
        bar = QToolBar(self.tr("Agenda"))
        bar.setObjectName("agendaToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.add_action, self.up_action, self.down_action, self.delete_action):
            bar.addAction(act)
        bar.addSeparator()
        for act in self.reuse.actions:
            bar.addAction(act)
        return bar

    def _build_layout(self, bar: QToolBar) -> None:
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Da&ys"))
        heading.setObjectName("sectionHeading")
        heading.setBuddy(self.day_list)
        side_layout.addWidget(heading)
        side_layout.addWidget(self.day_list)

        times = QHBoxLayout()
        times.addWidget(self.day_title, 1)
        for text, edit in ((self.tr("&Starts"), self.day_start), (self.tr("&Ends"), self.day_end)):
            label = QLabel(text)
            label.setBuddy(edit)
            times.addWidget(label)
            times.addWidget(edit)

        inner = QSplitter()
        inner.addWidget(self.table)
        inner.addWidget(self.detail)
        inner.setStretchFactor(0, 3)
        inner.setStretchFactor(1, 1)
        # The table is the work; the detail pane is a side note.
        self.detail.setMaximumWidth(300)
        inner.setSizes([800, 260])
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(times)
        main_layout.addWidget(bar)
        main_layout.addWidget(inner, 1)
        main_layout.addWidget(self.totals)

        outer = QSplitter()
        outer.addWidget(side)
        outer.addWidget(main)
        outer.setStretchFactor(1, 1)
        outer.setSizes([150, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(outer)

    # -- showing -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.fit_columns()

    def set_convening(self, convening_id: str | None) -> None:
        self.convening_id = convening_id
        self.day = None
        self.refresh(None, [])

    def refresh(
        self, day_id: str | None = None, select: list[str] | None = None, all_days: bool = True
    ) -> None:
        """Re-read the agenda; show ``day_id`` (else the current day) with ``select`` chosen.

        With ``all_days`` false only the shown day is re-read: an edit inside one day
        touches nothing else, and reading one day keeps typing within a frame.
        """
        if self.convening_id is None:
            self.days_model.set_days([])
            self._show_day(None, [])
            return
        current = self.day.id if self.day else None
        if not all_days and current is not None and day_id in (None, current):
            day = agenda.get_day(self.ctx.db, current)
            self.days_model.replace_day(day)
            self._show_day(day, select or [])
            return
        days = agenda.list_days(self.ctx.db, self.convening_id)
        self.days_model.set_days(days)
        wanted = day_id or current
        shown = next((d for d in days if d.id == wanted), days[0] if days else None)
        self._show_day(shown, select or [])

    def _show_day(self, day: DayPlan | None, select: list[str]) -> None:
        switched = (day.id if day else None) != (self.day.id if self.day else None)
        self.day = day
        column = max(self.table.currentIndex().column(), int(Column.TITLE))
        self.model.set_day(day)
        if day is not None:
            row = self.days_model.row_of(day.id)
            if self.day_list.currentIndex().row() != row:
                self.day_list.setCurrentIndex(self.days_model.index(row))
            self.day_title.setText(day.title or self.tr("Day {n}").format(n=day.number))
            self.day_start.setTime(_qtime(day.start_time))
            self.day_end.setTime(_qtime(day.end_time or day.schedule().end))
        for widget in (self.day_start, self.day_end, self.table):
            widget.setEnabled(day is not None)
        self.totals.show_schedule(self.model.schedule)
        if switched:
            self.table.fit_columns()
        if select:
            self.select_items(select, column)
        elif switched and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, column))
        self._show_detail(self.table.currentIndex())

    def select_items(self, ids: list[str], column: int = Column.TITLE) -> None:
        rows = [r for r in (self.model.row_of(i) for i in ids) if r >= 0]
        if not rows:
            return
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, len(Column) - 1))
        flags = QItemSelectionModel.SelectionFlag
        sm = self.table.selectionModel()
        sm.setCurrentIndex(self.model.index(rows[0], column), flags.NoUpdate)
        sm.select(selection, flags.ClearAndSelect)

    def _day_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and (self.day is None or current.row() < len(self.days_model.days)):
            chosen = self.days_model.days[current.row()]
            if self.day is None or chosen.id != self.day.id:
                self._show_day(chosen, [])

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid() or self.model.schedule is None:
            self.detail.show_item(None)
            return
        scheduled = self.model.schedule.items[current.row()]
        self.detail.show_item(self.model.item_at(current.row()), scheduled.start)

    def selected_items(self) -> list[ItemRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.item_at(r) for r in rows]

    # -- commands ------------------------------------------------------------------------

    def push(self, command: StoreCommand, quiet: bool = False) -> bool:
        """Apply, then put on the undo stack; a refusal is explained and nothing is pushed."""
        try:
            command.apply()
        except StoreError as exc:
            if quiet:
                self.totals.say(str(exc), problem=True)
            else:
                dialogs.show_error(self, self.tr("Agenda"), str(exc))
            return False
        self.totals.say("")
        self.ctx.undo_stack.push(command)
        return True

    def edit(
        self, item_id: str, changes: dict[str, Any], session: object = None, *, cell: bool = False
    ) -> None:
        if self.day is None:
            return
        row = self.model.row_of(item_id)
        old_row = self.model.item_at(row) if row >= 0 else agenda.get_item(self.ctx.db, item_id)
        old = {name: getattr(old_row, name) for name in changes}
        command = EditItem(
            self.ctx.db, old_row, self.day.id, old, changes, self.refresh, session=session
        )
        self.push(command, quiet=cell)

    def add_item(self) -> None:
        if self.day is None:
            return
        current = self.table.currentIndex()
        index = current.row() + 1 if current.isValid() else self.model.rowCount()
        fields = {"title": self.tr("New item"), "duration_min": 30}
        if self.push(AddItem(self.ctx.db, self.day.id, index, fields, self.refresh)):
            self.table.setFocus()
            self.table.edit(self.model.index(index, Column.TITLE))

    def delete_selected(self) -> None:
        items = self.selected_items()
        if self.day is None or not items:
            return
        row = self.model.row_of(items[0].id)
        ids = [i.id for i in items]
        if self.push(DeleteItems(self.ctx.db, self.day.id, ids, self.refresh)):
            row = min(row, self.model.rowCount() - 1)
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, Column.TITLE))
            n = len(ids)
            what = plural(self.tr("%n item(s)", "", n), n)
            self.totals.say(self.tr("Deleted {what}. Undo with Ctrl+Z.").format(what=what))

    def move_selected(self, step: int) -> None:
        items = self.selected_items()
        if self.day is None or not items:
            return
        rows = [self.model.row_of(i.id) for i in items]
        index = rows[0] - 1 if step < 0 else rows[-1] + 2
        if index < 0 or index > self.model.rowCount():
            return
        self.move_items([i.id for i in items], self.day.id, index)

    def move_items(self, ids: list[str], day_id: str, index: int) -> None:
        follow = self.day is not None and day_id == self.day.id
        self.push(MoveItems(self.ctx.db, ids, day_id, index, self.refresh, follow=follow))

    def _day_times_edited(self) -> None:
        if self.day is None:
            return
        start = time(self.day_start.time().hour(), self.day_start.time().minute())
        end = time(self.day_end.time().hour(), self.day_end.time().minute())
        old = (self.day.start_time, self.day.end_time)
        shown_end = self.day.end_time or self.day.schedule().end
        if (start, end) != (self.day.start_time, shown_end):
            self.push(SetDayTimes(self.ctx.db, self.day.id, old, (start, end), self.refresh))

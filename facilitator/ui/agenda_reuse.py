"""Reuse in the agenda editor: copy items to a day or another convening, and blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from facilitator.store import agenda, agenda_blocks, convenings
from facilitator.store.agenda import DayPlan
from facilitator.ui import agenda_dialogs
from facilitator.ui.agenda_commands import CreateItems, SaveBlock
from facilitator.ui.agenda_days import day_label
from facilitator.ui.agenda_model import duration_text
from facilitator.ui.i18n import tr

if TYPE_CHECKING:
    from facilitator.ui.agenda_editor import AgendaEditor


def _day_choice(day: DayPlan, prefix: str = "") -> tuple[str, str]:
    return f"{prefix}{day_label(day).replace(chr(10), ' · ')}", day.id


def _count(n: int) -> str:
    return tr("%n item(s)", "", n)


class ReuseActions:
    def __init__(self, editor: AgendaEditor) -> None:
        self.editor = editor
        self.copy_day_action = editor.action(tr("&Copy to day…"), None, self.copy_to_day)
        self.copy_convening_action = editor.action(
            tr("Copy to con&vening…"), None, self.copy_to_convening
        )
        self.save_block_action = editor.action(tr("Save as &block…"), "Ctrl+B", self.save_block)
        self.insert_block_action = editor.action(
            tr("&Insert block…"), "Ctrl+Shift+B", self.insert_block
        )
        self.actions: list[QAction] = [
            self.copy_day_action,
            self.copy_convening_action,
            self.save_block_action,
            self.insert_block_action,
        ]

    def copy_to_day(self) -> None:
        ed = self.editor
        if ed.convening_id is None or ed.day is None or not ed.selected_items():
            return
        days = agenda.list_days(ed.ctx.db, ed.convening_id)
        choices = [_day_choice(d) for d in days if d.id != ed.day.id]
        self._copy_to(agenda_dialogs.ask_target_day(ed, tr("Copy to day"), choices), days)

    def copy_to_convening(self) -> None:
        ed = self.editor
        if ed.convening_id is None or not ed.selected_items():
            return
        choices = []
        every_day: list[DayPlan] = []
        for c in convenings.list_convenings(ed.ctx.db):
            if c.id != ed.convening_id:
                days = agenda.list_days(ed.ctx.db, c.id)
                every_day += days
                choices += [_day_choice(d, f"{c.title} · ") for d in days]
        picked = agenda_dialogs.ask_target_day(ed, tr("Copy to convening"), choices)
        self._copy_to(picked, every_day)

    def _copy_to(self, day_id: str | None, days: list[DayPlan]) -> None:
        ed = self.editor
        if day_id is None:
            return
        ids = [i.id for i in ed.selected_items()]
        db = ed.ctx.db
        command = CreateItems(
            tr("Copy {count}").format(count=_count(len(ids))),
            db,
            lambda: agenda.copy_items(db, ids, day_id),
            ed.refresh,
        )
        if ed.push(command):
            target = next((d for d in days if d.id == day_id), None)
            where = day_label(target).replace("\n", " · ") if target else tr("the day")
            ed.totals.say(
                tr("Copied {count} to the end of {where}.").format(
                    count=_count(len(ids)), where=where
                )
            )

    def save_block(self) -> None:
        ed = self.editor
        items = ed.selected_items()
        if not items:
            return
        title = agenda_dialogs.ask_block_title(ed, items[0].title)
        if title is not None and ed.push(SaveBlock(ed.ctx.db, title, [i.id for i in items])):
            ed.totals.say(
                tr("Saved {count} as the block “{strip}”.").format(
                    count=_count(len(items)), strip=title.strip()
                )
            )

    def insert_block(self) -> None:
        ed = self.editor
        if ed.day is None:
            return
        blocks = agenda_blocks.list_blocks(ed.ctx.db)
        if not blocks:
            ed.totals.say(
                tr("The block library is empty: select items and use Save as block first.")
            )
            return
        choices = [
            (f"{b.title} ({_count(len(b.items))}, {duration_text(b.total_min)})", b.id)
            for b in blocks
        ]
        block_id = agenda_dialogs.ask_block(ed, choices)
        if block_id is None:
            return
        current = ed.table.currentIndex()
        index = current.row() + 1 if current.isValid() else ed.model.rowCount()
        db, day_id = ed.ctx.db, ed.day.id
        command = CreateItems(
            tr("Insert block"),
            db,
            lambda: agenda_blocks.insert_block(db, block_id, day_id, index),
            ed.refresh,
        )
        ed.push(command)

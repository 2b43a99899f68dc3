"""Check-in at the door: type a few letters, Enter marks the person present.

The search field keeps the focus: Up and Down move through the matches, Enter
checks in the highlighted person (or, when nobody matches, adds what was typed
as a walk-in), Ctrl+Enter adds a walk-in at once ("Name, Organisation" fills in
both). Every check-in is undoable with Ctrl+Z. Fonts are large so the list reads
from a step back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from facilitator.store.participants import ParticipantList, zone_of
from facilitator.ui.context import AppContext
from facilitator.ui.convening_commands import StoreCommand
from facilitator.ui.participant_commands import AddWalkIn, CheckIn, Refresh
from facilitator.ui.participant_models import CheckInModel, present_text

Push = Callable[[StoreCommand], bool]
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def _scaled(widget: QWidget, factor: float, bold: bool = False) -> None:
    # Relative to the desktop font, so a large-font setting stays respected.
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


class CheckInPanel(QWidget):
    def __init__(self, ctx: AppContext, push: Push, refresh: Refresh) -> None:
        super().__init__()
        self.setObjectName("checkInPanel")
        self.ctx, self._push, self._refresh = ctx, push, refresh
        self.listing: ParticipantList | None = None

        self.day = QComboBox()
        self.day.setObjectName("checkInDay")
        self.day.setAccessibleName(self.tr("Day to check in for"))
        self.day.currentIndexChanged.connect(lambda _n: self._show_people())
        self.count = QLabel()
        self.count.setObjectName("presentCount")
        _scaled(self.count, 1.8, bold=True)
        self.search = QLineEdit()
        self.search.setObjectName("checkInSearch")
        self.search.setAccessibleName(self.tr("Find a participant"))
        self.search.setPlaceholderText(
            self.tr("Type a name…   Enter: check in   Ctrl+Enter: walk-in")
        )
        self.search.setClearButtonEnabled(True)
        _scaled(self.search, 2.0)
        self.search.textChanged.connect(self._query_changed)
        self.search.installEventFilter(self)
        self.model = CheckInModel(self)
        self.list = QListView()
        self.list.setObjectName("checkInList")
        self.list.setAccessibleName(self.tr("Matching participants"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSpacing(2)
        _scaled(self.list, 1.6)
        self.list.activated.connect(lambda index: self._activate(index.row()))
        self.list.installEventFilter(self)
        self.feedback = QLabel(" ")
        self.feedback.setObjectName("checkInFeedback")
        self.feedback.setWordWrap(True)
        _scaled(self.feedback, 1.4)

        top = QHBoxLayout()
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.day)
        top.addWidget(day_label)
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.feedback)

    # -- data ------------------------------------------------------------------------------

    def day_id(self) -> str | None:
        value = self.day.currentData()
        return str(value) if value else None

    def show_listing(self, listing: ParticipantList | None) -> None:
        """New data from the store; today's day is chosen the first time a convening shows."""
        fresh = listing is None or self.listing is None
        fresh = fresh or listing.convening_id != self.listing.convening_id  # type: ignore[union-attr]
        keep = self.day_id()
        self.listing = listing
        self.day.blockSignals(True)
        self.day.clear()
        for ref in listing.days if listing else ():
            self.day.addItem(ref.label, ref.id)
        wanted = listing.today.id if fresh and listing and listing.today else keep
        found = self.day.findData(wanted) if wanted else -1
        self.day.setCurrentIndex(found if found >= 0 else 0)
        self.day.blockSignals(False)
        self.setEnabled(bool(listing and listing.days))
        self._show_people()

    def _show_people(self) -> None:
        listing = self.listing
        if listing is None:
            self.model.set_people([], None)
            self.count.setText("")
            return
        day = self.day_id()
        self.model.set_people(listing.participants, day, zone_of(listing.timezone))
        self.count.setText(
            self.tr("{present_count} of {n_participants} here").format(
                present_count=listing.present_count(day), n_participants=len(listing.participants)
            )
        )
        self._highlight(0)

    def _query_changed(self, text: str) -> None:
        self.model.set_query(text)
        self._highlight(0)

    def _highlight(self, row: int) -> None:
        if self.model.rowCount() > 0:
            self.list.setCurrentIndex(self.model.index(max(0, row)))

    # -- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in _ENTER and ctrl:
            self.add_walk_in(self.search.text())
            return True
        if key in _ENTER or (watched is self.list and key == Qt.Key.Key_Space):
            self._activate(self.list.currentIndex().row())
            return True
        if watched is self.search and key in _MOVES:
            # The list moves while the typing stays in the field.
            self.list.keyPressEvent(event)
            return True
        return False

    # -- actions ---------------------------------------------------------------------------

    def _activate(self, row: int) -> None:
        if row < 0:
            return
        person = self.model.record(row)
        if person is None:
            self.add_walk_in(self.model.walk_in_name)
            return
        day = self.day_id()
        if self.listing is None or day is None:
            return
        if person.is_present(day):
            when = present_text(person, day, zone_of(self.listing.timezone)).lstrip("✓ ")
            self._say(
                self.tr("{name} was already checked in at {when}.").format(
                    name=person.name, when=when
                )
            )
        elif self._push(CheckIn(self.ctx.db, person.id, day, person.name, self._refresh)):
            self._say(self.tr("✓ {name} is checked in.  (Ctrl+Z undoes)").format(name=person.name))
        self._restart()

    def add_walk_in(self, typed: str) -> None:
        name, _, organisation = typed.partition(",")
        name = " ".join(name.split())
        day = self.day_id()
        if not name or self.listing is None or day is None:
            return
        command = AddWalkIn(
            self.ctx.db, self.listing.convening_id, day, name, organisation.strip(), self._refresh
        )
        if self._push(command):
            self._say(
                self.tr("✓ Walk-in {name} added and checked in.  (Ctrl+Z undoes)").format(name=name)
            )
        self._restart()

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setAccessibleDescription(text)

    def _restart(self) -> None:
        """Ready for the next person: empty field, keyboard in it."""
        self.search.clear()
        self.search.setFocus()

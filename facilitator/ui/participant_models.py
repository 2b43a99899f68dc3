"""Item models over a convening's participants: the editable table and the door's list."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from facilitator.store.participants import ParticipantRecord
from facilitator.ui.i18n import QT_TR_NOOP, tr

ID_ROLE = Qt.ItemDataRole.UserRole + 1
WALK_IN_ROLE = Qt.ItemDataRole.UserRole + 2
PRESENT_ROLE = Qt.ItemDataRole.UserRole + 3

# (field, header); the fields are those store.participants.update_participant takes.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TR_NOOP("Name")),
    ("role", QT_TR_NOOP("Role")),
    ("organisation", QT_TR_NOOP("Organisation")),
    ("email", QT_TR_NOOP("E-mail")),
    ("group", QT_TR_NOOP("Group")),
)
HERE_COLUMN = len(COLUMNS)

# Called with (participant id, field, new text); True when the change was made.
EditHandler = Callable[[str, str, str], bool]

_Index = QModelIndex | Any  # QPersistentModelIndex is accepted too


def fold(text: str) -> str:
    """Text for matching: accents dropped, case folded ("José" and "jose" are one)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def present_text(person: ParticipantRecord, day_id: str | None, zone: tzinfo | None) -> str:
    """ "✓ 09:12" (the check-in time where the convening is) when present on the day."""
    if not person.is_present(day_id):
        return ""
    assert day_id is not None
    when = person.present[day_id]
    return f"✓ {when.astimezone(zone):%H:%M}" if when else "✓"


class ParticipantTableModel(QAbstractTableModel):
    def __init__(self, on_edit: EditHandler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRecord] = []
        self._day_id: str | None = None
        self._zone: tzinfo | None = None
        self._on_edit = on_edit

    def set_rows(
        self, rows: Sequence[ParticipantRecord], day_id: str | None, zone: tzinfo | None = None
    ) -> None:
        """New data; the same people keep their rows (an edit doesn't make the row jump)."""
        self._day_id, self._zone = day_id, zone
        old = [r.id for r in self._rows]
        if sorted(old) == sorted(r.id for r in rows) and old:
            by_id = {r.id: r for r in rows}
            self._rows = [by_id[i] for i in old]
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> ParticipantRecord:
        return self._rows[row]

    def row_of(self, participant_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == participant_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section][1])
        return self.tr("Here") if section == HERE_COLUMN else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return person.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == HERE_COLUMN:
                return present_text(person, self._day_id, self._zone)
            return person.value(COLUMNS[column][0]) if column < len(COLUMNS) else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == HERE_COLUMN:
            return "present" if person.is_present(self._day_id) else self.tr("not checked in")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() < len(COLUMNS):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() >= len(COLUMNS):
            return False
        person = self._rows[index.row()]
        field = COLUMNS[index.column()][0]
        text = "" if value is None else str(value)
        if " ".join(text.split()) == person.value(field):
            return False
        return self._on_edit(person.id, field, text)


class CheckInModel(QAbstractListModel):
    """The people whose name or organisation matches what was typed; a walk-in row if none."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[ParticipantRecord] = []
        self._shown: list[ParticipantRecord] = []
        self._day_id: str | None = None
        self._zone: tzinfo | None = None
        self.query = ""

    @property
    def walk_in_name(self) -> str:
        """The typed name a walk-in row offers to add ("" when there is none)."""
        return " ".join(self.query.split()) if self.query.strip() and not self._shown else ""

    def set_people(
        self, people: Sequence[ParticipantRecord], day_id: str | None, zone: tzinfo | None = None
    ) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._day_id, self._zone = day_id, zone
        self._shown = self._matching()
        self.endResetModel()

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self.query = query
        self._shown = self._matching()
        self.endResetModel()

    def _matching(self) -> list[ParticipantRecord]:
        words = fold(self.query).split()
        if not words:
            return list(self._people)
        found = []
        for person in self._people:
            name = fold(person.name)
            text = f"{name} {fold(person.organisation)} {fold(person.email)}"
            if all(word in text for word in words):
                starts = any(part.startswith(words[0]) for part in name.split())
                found.append((0 if starts else 1, person))
        found.sort(key=lambda pair: pair[0])
        return [person for _, person in found]

    def record(self, row: int) -> ParticipantRecord | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._shown) or (1 if self.walk_in_name else 0)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        person = self.record(index.row())
        if person is None:  # the walk-in row
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("＋ Add walk-in “{walk_in_name}”  (Enter)").format(
                    walk_in_name=self.walk_in_name
                )
            if role == WALK_IN_ROLE:
                return True
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        here = person.is_present(self._day_id)
        if role == Qt.ItemDataRole.DisplayRole:
            # The name first: it is what the eye looks for at the door.
            org = f"  ·  {person.organisation}" if person.organisation else ""
            mark = present_text(person, self._day_id, self._zone).replace("✓", "✓ here")
            return f"{person.name}{org}" + (f"      {mark}" if mark else "")
        if role == Qt.ItemDataRole.ForegroundRole and here:
            # Those already in are dimmed, so the ones still to come stand out.
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = "present" if here else self.tr("not checked in")
            return f"{person.name}, {person.organisation}, {state}"
        if role == ID_ROLE:
            return person.id
        if role == PRESENT_ROLE:
            return here
        if role == WALK_IN_ROLE:
            return False
        return None

"""The search panel: type, and what was said in every convening appears as you go.

Results come from the full-text index (store.search): newest first, case and
accents ignored, the matched words in bold. Enter or a double-click opens the
result where it lives: its convening, then the capture tab's entry or the
commitments tab's row, whichever tab says it can show one.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPainter, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.capture_kinds import CAPTURE_KINDS
from facilitator.core.kinds import Visibility
from facilitator.store import convenings
from facilitator.store.search import MARK_END, MARK_START, SearchResult, search
from facilitator.ui.context import AppContext
from facilitator.ui.kind_names import kind_name, visibility_name

Index = QModelIndex | QPersistentModelIndex
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
TYPING_PAUSE_MS = 120  # search when typing pauses, not on every key of a fast typist


def describe(r: SearchResult) -> str:
    """The second line of a result: kind, visibility, where and when."""
    where = f"{r.convening_title} › {r.item_title}" if r.item_title else r.convening_title
    when = r.captured_at.strftime("%d %b %Y %H:%M") if r.captured_at else ""
    parts = (kind_name(r.kind), visibility_name(r.visibility), where, when)
    return " · ".join(p for p in parts if p)


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SearchResult] = []

    def set_rows(self, rows: list[SearchResult]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{r.marked('', '')}\n{describe(r)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.text
        if role == HTML_ROLE:
            snippet = html.escape(r.snippet).replace(MARK_START, "<b>").replace(MARK_END, "</b>")
            return f"{snippet}<br><small>{html.escape(describe(r))}</small>"
        if role == RESULT_ROLE:
            return r
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Draws a result's snippet with its matches in bold, in the palette's colours."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(role).name()
        doc.setHtml(f"<div style='color:{colour}'>{index.data(HTML_ROLE) or ''}</div>")
        doc.setTextWidth(max(100, option.rect.width()))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4)


class SearchPanel(QWidget):
    """The query, its filters and the results; ``activated`` carries the chosen result."""

    activated = Signal(object)  # SearchResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("searchPanel")
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setAccessibleName(self.tr("Search every convening"))
        self.query.setPlaceholderText(self.tr("Search notes, decisions, commitments…"))
        self.query.setClearButtonEnabled(True)
        self.kind = _combo(
            "searchKind",
            self.tr("Kind"),
            self.tr("Any kind"),
            [(kind_name(k), k) for k in CAPTURE_KINDS],
        )
        self.visibility = _combo(
            "searchVisibility",
            self.tr("Visibility"),
            self.tr("Any visibility"),
            [(visibility_name(v).capitalize(), v.value) for v in Visibility],
        )
        self.convening = _combo(
            "searchConvening", self.tr("Convening"), self.tr("All convenings"), []
        )
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.model = SearchResultsModel(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.activated.connect(self._activate)
        self.status = QLabel(self.tr("Type to search every convening."))
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)

        filters = QHBoxLayout()
        for combo in (self.kind, self.visibility, self.convening):
            filters.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.kind, self.visibility, self.convening):
            combo.currentIndexChanged.connect(lambda _i: self.run())
        # Down from the query goes to the results; Enter there opens one.
        self.query.returnPressed.connect(self._first_result)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.query)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._first_result)

    def refresh_convenings(self) -> None:
        items = [(c.title, c.id) for c in convenings.list_convenings(self.ctx.db)]
        current = self.convening.currentData()
        self.convening.blockSignals(True)
        self.convening.clear()
        self.convening.addItem(self.tr("All convenings"), None)
        for title, cid in items:
            self.convening.addItem(title, cid)
        self.convening.setCurrentIndex(max(0, self.convening.findData(current)))
        self.convening.blockSignals(False)

    def focus_query(self) -> None:
        self.refresh_convenings()
        self.query.setFocus()
        self.query.selectAll()

    def run(self) -> None:
        self._timer.stop()
        text = self.query.text()
        kind = self.kind.currentData()
        vis = self.visibility.currentData()
        rows = search(
            self.ctx.db,
            text,
            kinds={kind} if kind else None,
            visibilities={vis} if vis else None,
            convening=self.convening.currentData(),
        )
        self.model.set_rows(rows)
        if not text.strip():
            self.status.setText(self.tr("Type to search every convening."))
        elif rows:
            more = self.tr(" (the newest)") if len(rows) >= 50 else ""
            self.status.setText(
                self.tr("{n_rows} found{more}. Enter opens one.").format(
                    n_rows=len(rows), more=more
                )
            )
        else:
            self.status.setText(self.tr("Nothing found for “{strip}”.").format(strip=text.strip()))

    def _first_result(self) -> None:
        if self._timer.isActive():
            self.run()
        if self.model.rowCount() > 0:
            self.results.setCurrentIndex(self.model.index(0))
            self.results.setFocus()

    def _activate(self, index: QModelIndex) -> None:
        result = index.data(RESULT_ROLE)
        if result is not None:
            self.activated.emit(result)


def _combo(name: str, accessible: str, anything: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.addItem(anything, None)
    for text, data in items:
        combo.addItem(text, data)
    return combo

"""The Commitments tab: this convening's commitments, and the last one's still open to review.

At the next convening of a series the facilitator walks through what the cities
promised last time; those open commitments sit under this convening's own,
editable in place (a status changed here is the same record in the ledger).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from facilitator.store import commitments, ledger
from facilitator.ui.context import AppContext
from facilitator.ui.ledger_model import LedgerModel
from facilitator.ui.ledger_view import LedgerPanel, commitments_table, edit_command


class CommitmentsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("commitmentsView")
        self.panel = LedgerPanel(ctx, fixed=True)

        self.review_heading = QLabel()
        self.review_heading.setObjectName("sectionHeading")
        self.review_heading.setWordWrap(True)
        self.review_model = LedgerModel(self)
        self.review_model.edit_requested.connect(self._edit_review)
        self.review_table = commitments_table(self.review_model, "reviewTable", ctx)
        self.review_table.setAccessibleName(self.tr("Open commitments from the last convening"))
        self.review_heading.setBuddy(self.review_table)
        review = QWidget()
        review_layout = QVBoxLayout(review)
        review_layout.setContentsMargins(0, 8, 0, 0)
        review_layout.addWidget(self.review_heading)
        review_layout.addWidget(self.review_table, 1)
        self.review_box = review

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.panel)
        splitter.addWidget(review)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(splitter)
        ctx.undo_stack.indexChanged.connect(lambda _i: self._reload_review())
        self.convening_id: str | None = None

    def set_convening(self, convening_id: str | None) -> None:
        self.convening_id = convening_id
        self.panel.set_convening(convening_id)
        self._reload_review()

    def _reload_review(self) -> None:
        if self.convening_id is None:
            self.review_model.set_rows([], commitments.today_of(self.ctx.db))
            self.review_box.hide()
            return
        review = ledger.review_at(self.ctx.db, self.convening_id)
        self.review_model.set_rows(review.commitments, commitments.today_of(self.ctx.db))
        if review.previous is None:
            self.review_box.hide()
            return
        n = len(review.commitments)
        still = self.tr("{n} still open").format(n=n) if n else self.tr("nothing left open")
        self.review_heading.setText(
            self.tr("From the last convening of this series — {title}: {still}").format(
                title=review.previous.title, still=still
            )
        )
        self.review_box.show()

    def _edit_review(self, commitment_id: str, changes: dict[str, Any]) -> None:
        record = self.review_model.rows[self.review_model.row_of(commitment_id)]
        self.panel.push(edit_command(self.ctx, record, changes, lambda _id: self._reload_review()))

    def select_commitment(self, commitment_id: str) -> bool:
        """Select a commitment in either table (search results land here)."""
        if self.panel.select(commitment_id):
            self.panel.table.setFocus()
            return True
        row = self.review_model.row_of(commitment_id)
        if row < 0:
            return False
        self.review_table.selectRow(row)
        self.review_table.setFocus()
        return True

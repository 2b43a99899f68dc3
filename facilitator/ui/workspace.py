"""The open convening's workspace: one tab per job (overview, agenda, run, capture, …).

Each tab is a widget built from the AppContext with a ``set_convening(id | None)``
method; TAB_FACTORIES lists them in the order they appear.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QTabWidget, QWidget

from facilitator.ui.agenda_editor import AgendaEditor
from facilitator.ui.commitments_view import CommitmentsView
from facilitator.ui.context import AppContext
from facilitator.ui.entries_view import EntriesView
from facilitator.ui.i18n import QT_TR_NOOP, tr
from facilitator.ui.overview_panel import OverviewPanel
from facilitator.ui.participants_view import ParticipantsView
from facilitator.ui.run_view import RunView


class ConveningView(Protocol):
    def set_convening(self, convening_id: str | None) -> None: ...


TabFactory = Callable[[AppContext], QWidget]

# (tab title with its mnemonic, factory)
TAB_FACTORIES: list[tuple[str, TabFactory]] = [
    (QT_TR_NOOP("&Overview"), OverviewPanel),
    (QT_TR_NOOP("&Agenda"), AgendaEditor),
    (QT_TR_NOOP("&Participants"), ParticipantsView),
    (QT_TR_NOOP("&Run"), RunView),
    (QT_TR_NOOP("Capt&ure"), EntriesView),
    (QT_TR_NOOP("Co&mmitments"), CommitmentsView),
]


class Workspace(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.setDocumentMode(True)
        self.views: dict[str, QWidget] = {}
        for title, factory in TAB_FACTORIES:
            view = factory(ctx)
            self.addTab(view, tr(title))
            # Views are named by their English title, whatever the language shown.
            self.views[title.replace("&", "").lower()] = view
        self.convening_id: str | None = None

    def set_convening(self, convening_id: str | None) -> None:
        self.convening_id = convening_id
        for view in self.views.values():
            view.set_convening(convening_id)  # type: ignore[attr-defined]

    def show_view(self, name: str) -> QWidget:
        view = self.views[name]
        self.setCurrentWidget(view)
        return view

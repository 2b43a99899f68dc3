"""The search panel: Ctrl+F, type, see results; Enter opens the result where it lives."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator.store.convenings import NewConvening, create_convening
from facilitator.store.demo import load_demo_spec
from facilitator.ui.commitments_view import CommitmentsView
from facilitator.ui.main_window import MainWindow
from facilitator.ui.search_view import HTML_ROLE, SearchPanel

DEMO_ID = load_demo_spec()["uuid"]


def open_search(qtbot: QtBot, window: MainWindow) -> SearchPanel:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window.follow_up.search_panel
    qtbot.waitUntil(panel.query.hasFocus)
    return panel


class FakeCapture(QWidget):
    """Stands in for the capture tab: it can reveal an entry."""

    def __init__(self) -> None:
        super().__init__()
        self.revealed: list[str] = []

    def set_convening(self, convening_id: str | None) -> None:
        pass

    def reveal_entry(self, entry_id: str) -> None:
        self.revealed.append(entry_id)


def test_typing_shows_results_as_you_go(
    qtbot: QtBot, window: MainWindow, qtmodeltester: object
) -> None:
    panel = open_search(qtbot, window)
    qtbot.keyClicks(panel.query, "stay interv")
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 2)
    assert {r.type for r in panel.model.rows} == {"entry", "commitment"}
    assert "<b>interviews</b>" in panel.model.index(0).data(HTML_ROLE)
    assert "found" in panel.status.text()
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    panel.kind.setCurrentIndex(panel.kind.findData("commitment"))
    assert [r.type for r in panel.model.rows] == ["commitment"]
    panel.query.clear()
    qtbot.keyClicks(panel.query, 'budget "equity C++')
    qtbot.waitUntil(lambda: "Nothing found" in panel.status.text())


def test_a_commitment_result_opens_its_convening_and_row(qtbot: QtBot, window: MainWindow) -> None:
    other = create_convening(window.db, NewConvening("Elsewhere", start_date=date(2027, 1, 1)))
    window.open_convening(other)
    panel = open_search(qtbot, window)
    qtbot.keyClicks(panel.query, "tomas")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    assert panel.results.hasFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.current_id() == DEMO_ID
    view = window.workspace.currentWidget()
    assert isinstance(view, CommitmentsView)
    assert view.panel.selected_id() == panel.model.rows[0].id


def test_an_entry_result_is_revealed_by_the_capture_tab(qtbot: QtBot, window: MainWindow) -> None:
    fake = FakeCapture()
    window.workspace.addTab(fake, "Capture (test)")
    window.workspace.views["capture"] = fake
    panel = open_search(qtbot, window)
    panel.kind.setCurrentIndex(panel.kind.findData("decision"))
    qtbot.keyClicks(panel.query, "formats")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.results.activated.emit(panel.model.index(0))
    assert window.current_id() == DEMO_ID
    assert fake.revealed == [panel.model.rows[0].id]
    assert window.workspace.currentWidget() is fake


def test_an_entry_result_opens_in_the_real_capture_tab_despite_its_filters(
    qtbot: QtBot, window: MainWindow
) -> None:
    from facilitator.ui.entries_view import EntriesView

    capture = window.workspace.views["capture"]
    assert isinstance(capture, EntriesView)
    # The tab is filtered to quotes, which hides the decision the search will find.
    capture.kind_filter.setCurrentIndex(capture.kind_filter.findData("quote"))
    panel = open_search(qtbot, window)
    panel.kind.setCurrentIndex(panel.kind.findData("decision"))
    qtbot.keyClicks(panel.query, "formats")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    found = panel.model.rows[0]
    panel.results.activated.emit(panel.model.index(0))
    assert window.workspace.currentWidget() is capture
    assert capture.selected_ids() == [found.id]
    assert capture.editor.toPlainText() == found.text

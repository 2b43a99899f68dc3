"""File › Import: a preview before anything is written, errors that name the line, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from facilitator.store.convenings import get_overview, list_convenings
from facilitator.ui import import_dialog
from facilitator.ui.import_dialog import ImportDialog
from facilitator.ui.main_window import MainWindow

DATA = Path(__file__).parent.parent / "core" / "data"
AGENDA = DATA / "agenda-city-managers.csv"
PEOPLE = DATA / "participants-city-managers.csv"


def open_dialog(
    window: MainWindow, qtbot: QtBot, kind: import_dialog.Kind, path: Path
) -> ImportDialog:
    dialog = ImportDialog(window.ctx, kind, path.name, path.read_bytes(), window.current_id())
    qtbot.addWidget(dialog)
    return dialog


def test_agenda_preview_shows_rows_and_where_they_go(
    window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    cid = window.current_id()
    assert cid is not None
    before = get_overview(window.db, cid)
    dialog = open_dialog(window, qtbot, "agenda", AGENDA)
    assert dialog.model.rowCount() == 18
    assert dialog.model.index(1, 3).data() == "Welcome and framing"
    qtmodeltester.check(dialog.model)
    assert dialog.target.currentData() == cid
    text = dialog.summary.text()
    assert "18 agenda items go to" in text and "Day 1: 11 items, after its" in text
    dialog.replace.setChecked(True)
    assert "replacing its" in dialog.summary.text()
    # Nothing is written by looking.
    assert get_overview(window.db, cid).items == before.items
    assert dialog.import_button.isEnabled()


def test_import_writes_everything_refreshes_and_undoes(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot, "agenda", AGENDA)
    dialog.target.setCurrentIndex(dialog.target.count() - 1)  # a new convening
    dialog.new_title.setText("Imported exchange")
    assert "a new convening “Imported exchange”" in dialog.summary.text()
    dialog.push = lambda command: window._push(command)
    dialog.refresh = window.reload
    dialog.import_button.click()
    assert dialog.receipt is not None and dialog.receipt.created_convening
    assert window.current_id() == dialog.receipt.convening_id
    assert get_overview(window.db, dialog.receipt.convening_id).items == 18
    window.undo_stack.undo()
    assert "Imported exchange" not in [c.title for c in list_convenings(window.db)]


def test_participant_preview_greys_people_already_there(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot, "participants", PEOPLE)
    assert dialog.model.rowCount() == 12
    # The demo convening already has these people (same e-mails).
    assert len(dialog.model.dimmed) > 0
    assert "already there" in dialog.summary.text()


def test_a_bad_file_shows_the_line_and_writes_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    bad = tmp_path / "agenda.csv"
    lines = AGENDA.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",40,", ",forty,")
    bad.write_text("\n".join(lines), encoding="utf-8")
    counts = [get_overview(window.db, c.id).items for c in list_convenings(window.db)]
    dialog = open_dialog(window, qtbot, "agenda", bad)
    assert not dialog.import_button.isEnabled()
    message = dialog.error_label.text()
    assert 'agenda.csv, line 4, column "duration_min"' in message.replace("&quot;", '"')
    assert "nothing will be written" in message
    dialog.do_import()
    assert [get_overview(window.db, c.id).items for c in list_convenings(window.db)] == counts


def test_file_menu_import_goes_through_the_preview(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_dialog, "pick_csv_file", lambda _parent, _caption: PEOPLE)
    seen: list[ImportDialog] = []

    def accept(dialog: ImportDialog) -> bool:
        seen.append(dialog)
        dialog.target.setCurrentIndex(dialog.target.count() - 1)
        dialog.new_title.setText("From the menu")
        dialog.import_button.click()
        return True

    monkeypatch.setattr(import_dialog, "show_import_dialog", accept)
    window.import_participants_action.trigger()
    assert seen and seen[0].receipt is not None
    assert get_overview(window.db, seen[0].receipt.convening_id).participants == 12
    assert window.windowTitle().startswith("From the menu")
    assert window.undo_stack.undoText() == "Import participants-city-managers.csv"

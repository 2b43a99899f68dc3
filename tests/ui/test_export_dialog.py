"""File › Export…: the withheld preview, the kinds, writing, and the replaceable dialogs."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from facilitator.core.audience import Audience
from facilitator.export.service import ExportKind, ExportResult
from facilitator.ui import export_dialog
from facilitator.ui.export_dialog import ExportDialog
from facilitator.ui.main_window import MainWindow


@pytest.fixture
def dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    current = window.current_id()
    assert current is not None
    d = ExportDialog(window.ctx, current, window)
    qtbot.addWidget(d)
    return d


def test_preview_shows_what_each_audience_will_not_see(dialog: ExportDialog) -> None:
    assert dialog.chosen_audience() is Audience.PARTICIPANTS
    text = dialog.withheld.text()
    assert text.startswith("Withheld from participants: 3 team entries, 1 private entry")
    dialog.audience.setCurrentIndex(dialog.audience.findData(Audience.TEAM))
    assert dialog.withheld.text() == "Withheld from the team: 1 private entry."
    assert dialog.destination.text().endswith("Team summary.docx")


def test_runsheet_fixes_the_audience_to_the_team(dialog: ExportDialog) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(ExportKind.RUNSHEET))
    assert dialog.chosen_audience() is Audience.TEAM
    assert not dialog.audience.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData(ExportKind.COMMITMENTS_CSV))
    assert dialog.audience.isEnabled() and not dialog.template.isEnabled()
    assert dialog.destination.text().endswith(".csv")


def test_export_writes_and_reports(
    dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ExportResult] = []
    monkeypatch.setattr(export_dialog, "show_exported", lambda parent, result: shown.append(result))
    target = tmp_path / "chosen.docx"
    monkeypatch.setattr(export_dialog, "choose_destination", lambda *a: str(target))
    dialog.findChild(QWidget, "exportDestinationBrowse").click()  # type: ignore[union-attr]
    assert dialog.destination.text() == str(target)
    dialog.export_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert shown and shown[0].path == target
    assert docx.Document(str(target)).core_properties.subject == "Summary for participants"


def test_errors_are_shown_and_the_dialog_stays_open(
    dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(export_dialog, "show_error", lambda parent, msg: errors.append(msg))
    dialog.template.setText(str(tmp_path / "missing.docx"))
    dialog.destination.setText(str(tmp_path / "out.docx"))
    dialog.do_export()
    assert errors and "Cannot find the template" in errors[0]
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.exported is None
    assert not (tmp_path / "out.docx").exists()


def test_ctrl_shift_e_opens_the_dialog_for_the_open_convening(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        export_dialog, "open_export_dialog", lambda parent, ctx, cid: opened.append(cid)
    )
    assert window.export_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert opened == [window.current_id()]

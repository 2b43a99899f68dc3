"""Ready for translation: the English .ts is current, complete, and a translation takes effect."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from facilitator.store.database import Database
from facilitator.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "facilitator_en.ts"
TOOL = ROOT / "tools" / "update_translations.py"


def _messages() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            forms = [f.text or "" for f in message.iter("numerusform")]
            if forms:  # a plural "%n item(s)": English has "%n item" and "%n items"
                english = [source.replace("(s)", ""), source.replace("(s)", "s")]
                found[(name, source)] = source if forms == english else " | ".join(forms)
            else:
                found[(name, source)] = message.findtext("translation") or ""
    return found


def test_the_english_ts_file_is_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(TOOL), "--check"], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_it_holds_the_main_windows_menus_and_dialogs_and_english_is_complete() -> None:
    messages = _messages()
    for key in [
        ("MainWindow", "&File"),
        ("MainWindow", "&New convening…"),
        ("MainWindow", "&Help"),
        ("NewConveningDialog", "New convening"),
        ("", "&Settings…"),
        ("", "&Keyboard shortcuts"),
        ("", "Restore from a backup"),
    ]:
        assert key in messages, key
    assert all(translation == source for (_, source), translation in messages.items())


def test_it_holds_the_workspace_tabs_strings() -> None:
    messages = _messages()
    for key in [
        ("RunView", "Room display (F5)"),
        ("RoomDisplay", "Room display"),
        ("AgendaEditor", "&Add item"),
        ("", "Alt+1–7 kind · Alt+V visibility · Tab more · Enter save · Esc close"),
        ("ParticipantsView", "Check-in at the door"),
        ("EntriesView", "Parking lot: open"),
        ("LedgerPanel", "&Overdue only"),
        ("SearchPanel", "Search every convening"),
        ("ExportDialog", "&Document:"),
        ("", "In progress"),  # a commitment status, from a QT_TR_NOOP table
        ("", "Add agenda item"),  # an undo command's text
    ]:
        assert key in messages, key


def test_a_translation_changes_the_window(
    qtbot: QtBot, db: Database, tmp_path: Path, qapp: QApplication
) -> None:
    tree = ET.parse(TS)
    tree.getroot().set("language", "de")
    wanted = {"&File": "&Datei", "&Settings…": "&Einstellungen…"}
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in wanted and translation is not None:
            translation.text = wanted[source]
    german = tmp_path / "facilitator_de.ts"
    tree.write(german, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not beside this Python")
    subprocess.run([str(lrelease), str(german)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(german.with_suffix(".qm")))
    qapp.installTranslator(translator)
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
    finally:
        qapp.removeTranslator(translator)
    file_menu = window.menuBar().findChild(QMenu, "fileMenu")
    assert file_menu.title() == "&Datei"
    assert window.desktop.settings_action.text() == "&Einstellungen…"

"""File › Import agenda… / Import participants…: a preview of a CSV file, then one import.

The file is parsed when the dialog opens; nothing is written until Import is
pressed, and then all of it is written in one transaction (or none, on any
error). A bad file shows what to fix (file, line, column, what was expected)
and the Import button stays off. An import is one step on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal, Protocol

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.agenda_csv import AgendaRow, ImportedAgenda, parse_agenda_csv
from facilitator.core.csv_problems import CsvImportError
from facilitator.core.participants_csv import ParticipantRow, parse_participants_csv
from facilitator.store import convenings, imports
from facilitator.store.errors import StoreError
from facilitator.store.imports import ImportReceipt, Target
from facilitator.ui import dialogs
from facilitator.ui.context import AppContext
from facilitator.ui.convening_commands import StoreCommand
from facilitator.ui.i18n import QT_TR_NOOP, tr
from facilitator.ui.import_preview import ImportCommand, PreviewModel

Kind = Literal["agenda", "participants"]
AGENDA_HEADERS = (
    QT_TR_NOOP("Day"),
    QT_TR_NOOP("Start"),
    QT_TR_NOOP("Min"),
    QT_TR_NOOP("Title"),
    QT_TR_NOOP("Kind"),
    QT_TR_NOOP("Lead"),
    QT_TR_NOOP("Objective"),
)
PEOPLE_HEADERS = (
    QT_TR_NOOP("Name"),
    QT_TR_NOOP("Role"),
    QT_TR_NOOP("Organisation"),
    QT_TR_NOOP("E-mail"),
    QT_TR_NOOP("Group"),
)


class Host(Protocol):
    """What an import needs from the main window."""

    ctx: AppContext
    undo_stack: QUndoStack

    def current_id(self) -> str | None: ...

    def reload(self, select_id: str | None = None) -> None: ...


def pick_csv_file(parent: QWidget, caption: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, caption, "", tr("CSV files (*.csv *.txt);;All files (*)")
    )
    return Path(name) if name else None


def show_import_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def import_csv(host: Host, kind: Kind) -> None:
    """Ask for a file, preview it, and import it if the user says so."""
    parent = host if isinstance(host, QWidget) else None
    path = pick_csv_file(parent or QWidget(), tr("Import {kind} from a CSV file").format(kind=kind))
    if path is None:
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        dialogs.show_error(
            parent,
            tr("Import"),
            tr("{path} could not be read: {value}.").format(path=path, value=exc.strerror or exc),
        )
        return
    dialog = ImportDialog(host.ctx, kind, path.name, data, host.current_id(), parent)
    dialog.push = lambda command: _push(host, command)
    dialog.refresh = host.reload
    show_import_dialog(dialog)


def _push(host: Host, command: StoreCommand) -> bool:
    try:
        command.apply()
    except StoreError as exc:
        dialogs.show_error(host if isinstance(host, QWidget) else None, tr("Import"), str(exc))
        return False
    host.undo_stack.push(command)
    return True


class ImportDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        kind: Kind,
        filename: str,
        data: bytes,
        convening_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(
            self.tr("Import {kind} from {filename}").format(kind=kind, filename=filename)
        )
        self.ctx, self.kind, self.filename = ctx, kind, filename
        self.push: Callable[[StoreCommand], bool] = self._apply_only
        self.refresh: Callable[[str | None], None] = lambda _id: None
        self.receipt: ImportReceipt | None = None
        self.agenda: ImportedAgenda | None = None
        self.people: list[ParticipantRow] = []
        self.error: CsvImportError | None = None
        try:
            if kind == "agenda":
                self.agenda = parse_agenda_csv(data, filename)
            else:
                self.people = parse_participants_csv(data, filename)
        except CsvImportError as exc:
            self.error = exc

        self.target = QComboBox()
        self.target.setObjectName("importTarget")
        self.target.setAccessibleName(self.tr("Import into"))
        for summary in convenings.list_convenings(ctx.db):
            self.target.addItem(summary.title, summary.id)
        self.target.addItem(self.tr("A new convening…"), "")
        found = self.target.findData(convening_id) if convening_id else -1
        self.target.setCurrentIndex(found if found >= 0 else self.target.count() - 1)
        self.new_title = QLineEdit(Path(filename).stem.replace("-", " ").replace("_", " "))
        self.new_title.setObjectName("importNewTitle")
        self.new_title.setAccessibleName(self.tr("Title of the new convening"))
        self.replace = QCheckBox(self.tr("&Replace the items already on those days"))
        self.replace.setObjectName("importReplace")
        self.replace.setToolTip(self.tr("Off: the imported items are added after the day's items."))
        self.replace.setVisible(kind == "agenda")
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("importError")
        self.error_label.setWordWrap(True)
        self.model = PreviewModel(AGENDA_HEADERS if kind == "agenda" else PEOPLE_HEADERS, self)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setAccessibleName(self.tr("Rows to import"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        widths = (50, 110, 50, 300, 90, 150) if kind == "agenda" else (200, 200, 200, 240)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Import &into:"), self.target)
        form.addRow(self.tr("New &title:"), self.new_title)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.replace)
        layout.addWidget(self.error_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.target.currentIndexChanged.connect(lambda _n: self.update_preview())
        self.new_title.textChanged.connect(lambda _t: self.update_preview())
        self.replace.toggled.connect(lambda _on: self.update_preview())
        self.resize(1000, 600)
        self.update_preview()
        self.target.setFocus()

    # -- preview ---------------------------------------------------------------------------

    def chosen_target(self) -> Target:
        cid = str(self.target.currentData() or "")
        if cid:
            return Target(cid, self.target.currentText())
        return Target(None, " ".join(self.new_title.text().split()))

    def update_preview(self) -> None:
        target = self.chosen_target()
        self.new_title.setEnabled(target.is_new)
        if self.error is not None:
            self.error_label.setText(
                self.tr(
                    "<b>This file can't be imported; nothing will be written.</b><br>"
                    "{error}<br>Fix the file and import it again."
                ).format(error=_html(str(self.error)))
            )
            self.summary.setText("")
            self.import_button.setEnabled(False)
            return
        self.error_label.setVisible(False)
        if self.agenda is not None:
            self.summary.setText(self._agenda_summary(self.agenda, target))
            self.model.set_rows([_agenda_cells(row) for row in self.agenda.rows])
        else:
            dupes = imports.duplicate_lines(self.ctx.db, self.people, target)
            rows = [[p.name, p.role, p.organisation, p.email, p.group] for p in self.people]
            skipped = {n for n, p in enumerate(self.people) if p.line in dupes}
            self.model.set_rows(rows, skipped)
            self.summary.setText(self._people_summary(target, len(skipped)))
        self.import_button.setEnabled(bool(target.title))

    def _where(self, target: Target) -> str:
        title = target.title or self.tr("(give it a title)")
        return (
            self.tr("a new convening “{title}”").format(title=title)
            if target.is_new
            else f"“{title}”"
        )

    def _agenda_summary(self, agenda: ImportedAgenda, target: Target) -> str:
        parts = []
        for day in imports.plan_agenda(self.ctx.db, agenda, target):
            if day.new_day:
                what = self.tr("a new day")
            elif day.existing and self.replace.isChecked():
                what = self.tr("replacing its {existing} items").format(existing=day.existing)
            elif day.existing:
                what = self.tr("after its {existing} items").format(existing=day.existing)
            else:
                what = self.tr("an empty day")
            parts.append(
                self.tr("Day {number}: {rows} items, {what}").format(
                    number=day.number, rows=day.rows, what=what
                )
            )
        lines = [
            self.tr("{n_rows} agenda items go to {where}.").format(
                n_rows=len(agenda.rows), where=self._where(target)
            ),
            "; ".join(parts) + ".",
        ]
        if agenda.ignored_columns:
            lines.append(
                self.tr("Ignored columns: {join}.").format(join=", ".join(agenda.ignored_columns))
            )
        lines.append(self.tr("Read as {encoding}.").format(encoding=agenda.encoding))
        return "\n".join(lines)

    def _people_summary(self, target: Target, skipped: int) -> str:
        text = self.tr("{value} participants go to {where}.").format(
            value=len(self.people) - skipped, where=self._where(target)
        )
        if skipped:
            text += self.tr(
                "\n{skipped} already there (same e-mail, or name and organisation) "
                "are skipped (greyed)."
            ).format(skipped=skipped)
        return text

    # -- import ----------------------------------------------------------------------------

    def _apply_only(self, command: StoreCommand) -> bool:
        try:
            command.apply()
        except StoreError as exc:
            dialogs.show_error(self, self.tr("Import"), str(exc))
            return False
        return True

    def do_import(self) -> None:
        target = self.chosen_target()
        if self.error is not None or not target.title:
            return
        agenda, people, replace = self.agenda, self.people, self.replace.isChecked()

        def run() -> ImportReceipt:
            if agenda is not None:
                return imports.import_agenda(self.ctx.db, agenda, target, replace=replace)
            return imports.import_participants(self.ctx.db, people, target)

        command = ImportCommand(
            self.ctx.db,
            run,
            self.tr("Import {filename}").format(filename=self.filename),
            self.refresh,
        )
        if self.push(command):
            self.receipt = command.receipt
            self.accept()


def _agenda_cells(row: AgendaRow) -> list[str]:
    start = row.fixed_start or row.start
    return [
        str(row.day),
        f"{start:%H:%M}" + (tr(" (fixed)") if row.fixed_start else "") if start else "",
        str(row.duration_min),
        row.title,
        row.kind.value,
        row.lead,
        row.objective,
    ]


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")

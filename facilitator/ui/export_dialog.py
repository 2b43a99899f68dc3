"""File › Export…: choose who the document is for, see what they won't see, then write it.

The preview of what is withheld updates as the audience changes, before
anything is written, so nobody sends the team's summary by mistake. The
writing itself is quick (well under a second for a real convening), so it
runs on the UI thread under a busy cursor. Every modal question is a small
module-level function a test can replace.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from facilitator.core.audience import Audience
from facilitator.export.errors import ExportError
from facilitator.export.service import (
    ExportKind,
    ExportResult,
    default_file_name,
    export,
    preview_withheld,
)
from facilitator.store import convenings
from facilitator.store.errors import StoreError
from facilitator.sync import outbox
from facilitator.sync.config import target_from_settings
from facilitator.ui.context import AppContext
from facilitator.ui.i18n import QT_TR_NOOP, tr

W = TypeVar("W", bound=QWidget)
AUDIENCE_LABELS = {
    Audience.PARTICIPANTS: QT_TR_NOOP("Participants"),
    Audience.TEAM: QT_TR_NOOP("Facilitation team"),
}


def choose_destination(parent: QWidget, suggested: str, kind: ExportKind) -> str | None:
    pattern = (
        tr("CSV files (*.csv)")
        if kind is ExportKind.COMMITMENTS_CSV
        else tr("Word documents (*.docx)")
    )
    path, _ = QFileDialog.getSaveFileName(parent, tr("Export to"), suggested, pattern)
    return path or None


def choose_template(parent: QWidget, current: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Word template"), current, tr("Word documents and templates (*.docx *.dotx)")
    )
    return path or None


def open_folder(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_exported(parent: QWidget, result: ExportResult) -> None:
    """Say where it went (and any template warnings); offer to open the folder."""
    box = QMessageBox(parent)
    box.setObjectName("exportDone")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Exported"))
    box.setText(tr("Saved {name}").format(name=result.path.name))
    details = [str(result.path.parent)]
    if result.warnings:
        details += ["", tr("About the template:"), *result.warnings]
    box.setInformativeText("\n".join(details))
    folder = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is folder:
        open_folder(result.path.parent)


def show_error(parent: QWidget, message: str) -> None:
    QMessageBox.critical(parent, tr("Export failed"), message)


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, convening_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.convening_id = convening_id
        self.exported: ExportResult | None = None
        self.title = convenings.get_overview(ctx.db, convening_id).summary.title
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self._named_by_user = False

        self.kind = _named(QComboBox(), "exportKind")
        for kind in ExportKind:
            self.kind.addItem(kind.label, kind)
        self.kind.setAccessibleName(self.tr("Document"))
        self.audience = _named(QComboBox(), "exportAudience")
        for audience, label in AUDIENCE_LABELS.items():
            self.audience.addItem(tr(label), audience)
        self.audience.setAccessibleName(self.tr("Audience"))
        self.withheld = _named(QLabel(), "exportWithheld")
        self.withheld.setWordWrap(True)
        self.withheld.setAccessibleName(self.tr("What this audience will not see"))

        self.template = _named(QLineEdit(ctx.settings.word_template), "exportTemplate")
        self.template.setPlaceholderText(self.tr("Built-in template"))
        self.template.setAccessibleName(self.tr("Word template"))
        template_button = _named(QPushButton(self.tr("Choose…")), "exportTemplateBrowse")
        template_button.clicked.connect(self._pick_template)
        self.destination = _named(QLineEdit(), "exportDestination")
        self.destination.setAccessibleName(self.tr("Save to"))
        self.destination.textEdited.connect(self._user_named)
        destination_button = _named(QPushButton(self.tr("Browse…")), "exportDestinationBrowse")
        destination_button.clicked.connect(self._pick_destination)

        form = QFormLayout(self)
        form.addRow(self.tr("&Document:"), self.kind)
        form.addRow(self.tr("&For:"), self.audience)
        form.addRow("", self.withheld)
        form.addRow(self.tr("&Template:"), _row(self.template, template_button))
        form.addRow(self.tr("&Save to:"), _row(self.destination, destination_button))
        target = target_from_settings(ctx.settings)
        self.deliver = _named(QCheckBox(), "exportDeliver")
        self.deliver.setText(
            self.tr("De&liver to {describe} when online").format(describe=target.describe())
            if target
            else self.tr("Queue for de&livery (no target yet: File › Outbox…)")
        )
        self.deliver.setAccessibleName(self.tr("Deliver when online"))
        form.addRow("", self.deliver)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.do_export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

        self.kind.currentIndexChanged.connect(self._refresh)
        self.audience.currentIndexChanged.connect(self._refresh)
        self._refresh()

    # -- state -------------------------------------------------------------------------

    def chosen_kind(self) -> ExportKind:
        return ExportKind(self.kind.currentData())

    def chosen_audience(self) -> Audience:
        return Audience(self.audience.currentData())

    def _refresh(self) -> None:
        kind = self.chosen_kind()
        fixed = kind.fixed_audience
        if fixed is not None:
            self.audience.blockSignals(True)
            self.audience.setCurrentIndex(self.audience.findData(fixed))
            self.audience.blockSignals(False)
        self.audience.setEnabled(fixed is None)
        self.template.setEnabled(kind is not ExportKind.COMMITMENTS_CSV)
        self.withheld.setText(self._withheld_text(kind))
        if not self._named_by_user:
            folder = Path(self.destination.text()).parent if self.destination.text() else None
            name = default_file_name(self.title, kind, self.chosen_audience())
            self.destination.setText(str((folder or _documents()) / name))

    def _withheld_text(self, kind: ExportKind) -> str:
        if kind is ExportKind.AGENDA:
            return self.tr(
                "An agenda holds no captured notes; facilitator-only fields are left out."
            )
        if kind is ExportKind.RUNSHEET:
            return self.tr("For the team only: includes facilitator notes, methods and materials.")
        withheld = preview_withheld(self.ctx.db, self.convening_id, kind, self.chosen_audience())
        if kind is ExportKind.COMMITMENTS_CSV:
            withheld = type(withheld)(
                withheld.audience,
                private_commitments=withheld.private_commitments,
                team_commitments=withheld.team_commitments,
            )
        return withheld.describe()

    def _user_named(self) -> None:
        self._named_by_user = True

    def _pick_template(self) -> None:
        path = choose_template(self, self.template.text())
        if path:
            self.template.setText(path)

    def _pick_destination(self) -> None:
        path = choose_destination(self, self.destination.text(), self.chosen_kind())
        if path:
            self.destination.setText(path)
            self._named_by_user = True

    # -- writing -----------------------------------------------------------------------

    def do_export(self) -> None:
        target = self.destination.text().strip()
        if not target:
            show_error(self, self.tr("Choose where to save the document."))
            return
        kind = self.chosen_kind()
        template = self.template.text().strip()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.exported = export(
                self.ctx.db,
                self.convening_id,
                kind,
                Path(target),
                audience=self.chosen_audience(),
                template=Path(template) if template and self.template.isEnabled() else None,
                author=self.ctx.settings.organisation,
            )
        except (ExportError, StoreError) as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, str(exc))
            return
        QApplication.restoreOverrideCursor()
        if self.deliver.isChecked():
            self._queue(self.exported.path)
        show_exported(self, self.exported)
        self.accept()

    def _queue(self, path: Path) -> None:
        try:
            outbox.queue_file(self.ctx.db, path, label=self.title)
        except StoreError as exc:
            show_error(self, str(exc))
            return
        host = getattr(self.parent(), "outbox", None)  # the main window's OutboxUi
        if host is not None and hasattr(host, "queued"):
            host.queued()


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


def _row(edit: QLineEdit, button: QPushButton) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return box


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def open_export_dialog(parent: QWidget, ctx: AppContext, convening_id: str) -> ExportResult | None:
    dialog = ExportDialog(ctx, convening_id, parent)
    dialog.exec()
    return dialog.exported

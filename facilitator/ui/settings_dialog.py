"""Edit › Settings… (Ctrl+,): this laptop's preferences, saved beside the database.

Other features add their own section by appending a factory to EXTRA_SECTIONS:
``factory(settings) -> SettingsSection``, a QWidget with a ``title`` and an
``apply(settings) -> Settings`` that returns the settings with its fields changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.capture_kinds import LABELS
from facilitator.core.kinds import EntryKind, Visibility
from facilitator.store.settings import Settings
from facilitator.sync.target_base import TargetError
from facilitator.ui.appearance import TEXT_SCALES
from facilitator.ui.i18n import QT_TR_NOOP, tr
from facilitator.ui.settings_sync import SyncSection


class SettingsSection(Protocol):
    title: str

    def apply(self, settings: Settings) -> Settings: ...


# Factories of extra sections, shown after the built-in ones (the delivery target first).
EXTRA_SECTIONS: list[Callable[[Settings], QWidget]] = []

VISIBILITY_TEXT = {
    Visibility.PRIVATE.value: QT_TR_NOOP("Private (this laptop only)"),
    Visibility.TEAM.value: QT_TR_NOOP("Team (facilitation team, internal summary)"),
    Visibility.SHARED.value: QT_TR_NOOP("Shared (participant summary)"),
}
THEME_TEXT = {
    "system": QT_TR_NOOP("Follow the system"),
    "light": QT_TR_NOOP("Light"),
    "dark": QT_TR_NOOP("Dark"),
}


def pick_template(parent: QWidget, current: str) -> str | None:
    """A Word template chosen in the platform's file dialog (replaced in tests)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, tr("Default Word template"), current, tr("Word documents (*.docx *.dotx)")
    )
    return path or None


def _combo(name: str, accessible: str, choices: dict[str, str], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for value, text in choices.items():
        combo.addItem(tr(text), value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(tr("Settings"))
        self.settings = settings
        layout = QVBoxLayout(self)

        general = QGroupBox(tr("Your organisation"))
        form = QFormLayout(general)
        self.organisation = QLineEdit(settings.organisation)
        self.organisation.setObjectName("settingsOrganisation")
        self.organisation.setAccessibleName(tr("Organisation name"))
        self.organisation.setPlaceholderText(tr("Shown as the author of exported documents"))
        form.addRow(tr("&Organisation name:"), self.organisation)
        self.template = QLineEdit(settings.word_template)
        self.template.setObjectName("settingsTemplate")
        self.template.setAccessibleName(tr("Default Word template"))
        self.template.setPlaceholderText(tr("Facilitator's own styles"))
        self.browse = QPushButton(tr("&Browse…"))
        self.browse.setObjectName("settingsBrowse")
        self.browse.setAccessibleName(tr("Choose the default Word template"))
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(self.browse)
        form.addRow(tr("Word &template:"), row)
        form.labelForField(row).setBuddy(self.template)  # type: ignore[attr-defined]
        layout.addWidget(general)

        capture = QGroupBox(tr("Who sees new captures"))
        form = QFormLayout(capture)
        self.visibility: dict[str, QComboBox] = {}
        for kind in EntryKind:
            combo = _combo(
                f"settingsVisibility_{kind.value}",
                tr("Default visibility of a new {0}").format(tr(LABELS[kind.value]).lower()),
                VISIBILITY_TEXT,
                settings.visibility_for(kind).value,
            )
            self.visibility[kind.value] = combo
            form.addRow(tr(LABELS[kind.value]) + ":", combo)
        self.commitment_visibility = _combo(
            "settingsVisibility_commitment",
            tr("Default visibility of a new commitment"),
            VISIBILITY_TEXT,
            settings.commitment_visibility,
        )
        form.addRow(tr("Commitment:"), self.commitment_visibility)
        layout.addWidget(capture)

        room = QGroupBox(tr("Running and reading"))
        form = QFormLayout(room)
        self.wrap_up = QDoubleSpinBox()
        self.wrap_up.setObjectName("settingsWrapUp")
        self.wrap_up.setAccessibleName(tr("Wrap-up warning, minutes before an item ends"))
        self.wrap_up.setRange(0, 30)
        self.wrap_up.setDecimals(1)
        self.wrap_up.setSingleStep(0.5)
        self.wrap_up.setSuffix(tr(" min before the end"))
        self.wrap_up.setValue(settings.wrap_up_warning_seconds / 60)
        form.addRow(tr("&Wrap-up warning:"), self.wrap_up)
        self.theme = _combo("settingsTheme", tr("Theme"), THEME_TEXT, settings.theme)
        form.addRow(tr("T&heme:"), self.theme)
        self.text_size = QComboBox()
        self.text_size.setObjectName("settingsTextSize")
        self.text_size.setAccessibleName(tr("Text size"))
        for scale in TEXT_SCALES:
            self.text_size.addItem(f"{round(scale * 100)} %", scale)
        nearest = min(TEXT_SCALES, key=lambda s: abs(s - settings.text_scale))
        self.text_size.setCurrentIndex(TEXT_SCALES.index(nearest))
        form.addRow(tr("Te&xt size:"), self.text_size)
        layout.addWidget(room)

        self.sections: list[QWidget] = []
        for factory in [SyncSection, *EXTRA_SECTIONS]:
            section = factory(settings)
            box = QGroupBox(str(getattr(section, "title", "")))
            QVBoxLayout(box).addWidget(section)
            layout.addWidget(box)
            self.sections.append(section)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("settingsButtons")
        self.problem = QLabel()
        self.problem.setObjectName("settingsProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.organisation.setFocus()

    def accept(self) -> None:
        try:
            self.result_settings()
        except TargetError as exc:  # an address that is not http(s), said next to Save
            self.problem.setText(str(exc))
            self.problem.show()
            return
        super().accept()

    def _browse(self) -> None:
        chosen = pick_template(self, self.template.text())
        if chosen:
            self.template.setText(chosen)

    def result_settings(self) -> Settings:
        changed = replace(
            self.settings,
            organisation=self.organisation.text().strip(),
            word_template=self.template.text().strip(),
            default_visibility={
                **self.settings.default_visibility,
                **{k: str(c.currentData()) for k, c in self.visibility.items()},
            },
            commitment_visibility=str(self.commitment_visibility.currentData()),
            wrap_up_warning_seconds=round(self.wrap_up.value() * 60),
            theme=str(self.theme.currentData()),
            text_scale=float(self.text_size.currentData()),
        )
        for section in self.sections:
            changed = section.apply(changed)  # type: ignore[attr-defined]
        return changed


def edit_settings(parent: QWidget | None, settings: Settings) -> Settings | None:
    """The changed settings, or None when cancelled."""
    dialog = SettingsDialog(parent, settings)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_settings()

"""The capture bar: Ctrl+E from anywhere, type, Enter. No forms, no Save button.

Keys while the bar has focus: Alt+1…7 pick the kind (or type ``d: ``, ``q: ``,
``p: ``… at the start), Alt+V cycles who will see it, Tab reaches the kind's
extra fields and the agenda item, Enter saves, Esc closes and keeps the text.

What is being typed is written to ``drafts.json`` at most ~300 ms after each
keystroke (throttled, not debounced, so steady typing still saves), and comes
back after a crash with a note saying so.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from facilitator.core.capture_kinds import CAPTURE_KINDS, COMMITMENT, split_prefix
from facilitator.core.kinds import EntryKind, Visibility
from facilitator.store import agenda_refs, quick_commitments
from facilitator.store.drafts import Draft, clear_draft, save_draft
from facilitator.store.entries import NewEntry
from facilitator.store.errors import StoreError
from facilitator.ui.capture_chips import KindChip, VisibilityChip, next_visibility
from facilitator.ui.capture_extras import CaptureExtras
from facilitator.ui.context import AppContext
from facilitator.ui.convening_commands import StoreCommand
from facilitator.ui.entry_commands import AddCommitment, AddEntry
from facilitator.ui.i18n import QT_TR_NOOP, tr
from facilitator.ui.kind_names import kind_noun

AUTOSAVE_MS = 300
AUTO = "auto"  # item combo: the running item, else the one selected in the window
HINT = QT_TR_NOOP("Alt+1–7 kind · Alt+V visibility · Tab more · Enter save · Esc close")

CurrentId = Callable[[], str | None]


class QuickCapture(QFrame):
    """The capture field with its kind, visibility, item and extra fields."""

    saved = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        convening: CurrentId,
        selected_item: CurrentId = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self._convening, self._selected_item = ctx, convening, selected_item
        self.setObjectName("quickCapture")
        self.host: QWidget = self  # what opening and closing shows and hides
        self.kind = EntryKind.NOTE.value
        self.visibility = ctx.settings.visibility_for(EntryKind.NOTE)
        self._visibility_chosen = False
        self._draft_convening: str | None = None
        self._return_focus: QWidget | None = None

        self.kind_chip = KindChip()
        self.field = QLineEdit()
        self.field.setObjectName("captureField")
        self.field.setAccessibleName(self.tr("Capture"))
        self.field.setPlaceholderText(
            self.tr("Type what was said…  (d: decision  q: question  p: parked)")
        )
        self.visibility_chip = VisibilityChip()
        self.extras = CaptureExtras()
        self.item_combo = QComboBox()
        self.item_combo.setObjectName("captureItem")
        self.item_combo.setAccessibleName(self.tr("Agenda item it is filed under"))
        self.item_combo.setMinimumContentsLength(28)
        self.notice = QLabel()
        self.notice.setObjectName("captureNotice")
        self.hint = QLabel(tr(HINT))
        self.hint.setObjectName("captureHint")

        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.addWidget(self.kind_chip, 0, 0)
        grid.addWidget(self.field, 0, 1, 1, 2)
        grid.addWidget(self.visibility_chip, 0, 3)
        grid.addWidget(self.extras, 1, 1)
        grid.addWidget(self.item_combo, 1, 2)
        grid.addWidget(self.notice, 2, 1)
        grid.addWidget(self.hint, 2, 2, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        self.kind_chip.setMinimumWidth(110)
        self.visibility_chip.setMinimumWidth(80)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.write_draft)
        self.field.textChanged.connect(self._text_changed)
        self.extras.changed.connect(self._touch)
        self.item_combo.activated.connect(lambda _i: self._touch())
        self._make_keys()
        self._apply_kind()

    # -- keys ----------------------------------------------------------------------------------

    def _key(self, keys: list[str], slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_keys(self) -> None:
        for n, kind in enumerate(CAPTURE_KINDS, start=1):
            self._key([f"Alt+{n}"], partial(self.set_kind, kind))
        self._key(["Alt+V"], self.cycle_visibility)
        self._key(["Return", "Enter"], self.save)
        self._key(["Escape"], self.close_bar)

    # -- state ---------------------------------------------------------------------------------

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self._apply_kind()
        self._touch()

    def _apply_kind(self) -> None:
        self.kind_chip.set_kind(self.kind)
        self.extras.show_kind(self.kind)
        if not self._visibility_chosen:
            self.visibility = self._default_visibility(self.kind)
        self.visibility_chip.set_visibility(self.visibility)
        # Tab goes from the text to the kind's extra fields, then to the item.
        first = self.extras.first_field()
        if first is not None:
            QWidget.setTabOrder(self.field, first)

    def _default_visibility(self, kind: str) -> Visibility:
        settings = self.ctx.settings
        if kind == COMMITMENT:
            try:
                return Visibility(settings.commitment_visibility)
            except ValueError:
                return Visibility.SHARED
        return settings.visibility_for(EntryKind(kind))

    def cycle_visibility(self) -> None:
        self.visibility = next_visibility(self.visibility)
        self._visibility_chosen = True
        self.visibility_chip.set_visibility(self.visibility)
        self._touch()

    def _text_changed(self, text: str) -> None:
        prefixed = split_prefix(text)
        if prefixed is not None:
            self.kind = prefixed.kind
            self._apply_kind()
            if prefixed.polarity is not None:
                self.extras.set_polarity(prefixed.polarity)
            self.field.setText(prefixed.rest)  # re-enters with the prefix gone
            return
        self._touch()

    def convening_id(self) -> str | None:
        return self._draft_convening or self._convening()

    # -- agenda item ---------------------------------------------------------------------------

    def refresh_items(self) -> None:
        """Offer the convening's items; the first choice follows the room."""
        keep = self.item_combo.currentData()
        self.item_combo.clear()
        convening = self.convening_id()
        if convening is None:
            return
        try:
            items = agenda_refs.list_items(self.ctx.db, convening)
            self.extras.set_owner_choices(quick_commitments.owner_choices(self.ctx.db, convening))
        except StoreError:
            return
        titles = {i.id: i.title for i in items}
        auto = self._auto_item()
        running = auto is not None and auto == self._running()
        if auto is None:
            auto_text = self.tr("No agenda item (nothing running)")
        else:
            where = self.tr("▶ Now") if running else self.tr("Selected")
            auto_text = f"{where}: {titles.get(auto, '?')}"
        self.item_combo.addItem(auto_text, AUTO)
        self.item_combo.addItem(self.tr("No agenda item"), "")
        for item in items:
            self.item_combo.addItem(item.label, item.id)
        index = self.item_combo.findData(keep) if keep is not None else 0
        self.item_combo.setCurrentIndex(max(index, 0))

    def _running(self) -> str | None:
        convening = self.convening_id()
        return agenda_refs.running_item(self.ctx.db, convening) if convening else None

    def _auto_item(self) -> str | None:
        return self._running() or self._selected_item()

    def item_id(self) -> str | None:
        """The agenda item the next save files under."""
        data = self.item_combo.currentData()
        if data is None or data == AUTO:
            return self._auto_item()
        return str(data) or None

    def _chosen_item(self) -> str | None:
        data = self.item_combo.currentData()
        return None if data in (None, AUTO) else str(data)

    # -- open / close --------------------------------------------------------------------------

    def open_bar(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and not self.isAncestorOf(focus):
            self._return_focus = focus
        self.host.show()
        self.refresh_items()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_bar(self) -> None:
        self.write_draft()
        self.host.hide()
        if self._return_focus is not None:
            self._return_focus.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        # Closing the window hides the bar too: never leave the last keystrokes unsaved.
        if self._autosave.isActive():
            self.write_draft()
        super().hideEvent(event)

    # -- drafts --------------------------------------------------------------------------------

    def _touch(self) -> None:
        if not self._autosave.isActive():
            self._autosave.start()

    def current_draft(self) -> Draft | None:
        convening = self.convening_id()
        if convening is None:
            return None
        return Draft(
            convening_id=convening,
            kind=self.kind,
            text=self.field.text(),
            visibility=self.visibility.value if self._visibility_chosen else "",
            item_id=self._chosen_item(),
            extras=self.extras.values(),
        )

    def write_draft(self) -> None:
        self._autosave.stop()
        data_dir = self.ctx.data_dir
        if data_dir is None:
            return
        draft = self.current_draft()
        if draft is None or not draft.text.strip():
            clear_draft(data_dir)
        else:
            save_draft(data_dir, draft)

    def restore(self, draft: Draft) -> None:
        """Put a leftover draft back in the field, and say so."""
        self._draft_convening = draft.convening_id
        self.kind = draft.kind if draft.kind in CAPTURE_KINDS else EntryKind.NOTE.value
        if draft.visibility in {v.value for v in Visibility}:
            self.visibility, self._visibility_chosen = Visibility(draft.visibility), True
        self._apply_kind()
        self.extras.set_values(draft.extras)
        self.field.setText(draft.text)
        self.refresh_items()
        if draft.item_id:
            self.item_combo.setCurrentIndex(max(self.item_combo.findData(draft.item_id), 0))
        self._say(self.tr("Recovered unsaved text. Enter saves it, Esc keeps it for later."))

    # -- saving --------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.notice.setText(text)

    def save(self) -> None:
        text = self.field.text().strip()
        convening = self.convening_id()
        if not text:
            self._say(self.tr("Type something first."))
            return
        if convening is None:
            self._say(self.tr("Open a convening first; the text is kept."))
            return
        item = self.item_id()
        command: StoreCommand
        if self.kind == COMMITMENT:
            try:
                due = self.extras.due_value()
            except ValueError:
                self._say(self.tr("The due date should look like 2026-04-30."))
                self.extras.due.setFocus()
                return
            owner = self.extras.owner.text()
            command = AddCommitment(self.ctx.db, convening, text, owner, due, self.visibility, item)
        else:
            spec = NewEntry(
                kind=EntryKind(self.kind),
                text=text,
                visibility=self.visibility,
                item_id=item,
                rationale=self.extras.rationale.text(),
                force=self.extras.force_value(),
                speaker=self.extras.speaker.text(),
                polarity=self.extras.polarity_value(),
            )
            command = AddEntry(self.ctx.db, convening, spec, self.ctx.settings)
        try:
            command.apply()
        except StoreError as exc:
            self._say(str(exc))
            return
        self.ctx.undo_stack.push(command)
        self._saved(command, item)

    def _saved(self, command: StoreCommand, item: str | None) -> None:
        record = getattr(command, "record", None)
        label = self.item_combo.currentText() if item else self.tr("no agenda item")
        if self.item_combo.currentData() == AUTO and item:
            label = label.split(": ", 1)[-1]
        when = self.ctx.clock.now().astimezone().strftime("%H:%M")
        self._say(
            self.tr("Saved {lower} at {when} under “{label}”.").format(
                lower=kind_noun(self.kind), when=when, label=label
            )
        )
        self._draft_convening = None
        self.field.clear()
        self.extras.clear()
        self.kind, self._visibility_chosen = EntryKind.NOTE.value, False
        self._apply_kind()
        self.write_draft()
        if record is not None:
            self.saved.emit(record.id)
        self.field.setFocus()

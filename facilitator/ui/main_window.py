"""The main window: the convenings on the left, the open one's overview on the right."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitator import __version__
from facilitator.paths import AppPaths
from facilitator.store import convenings
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.ui import dialogs, import_dialog
from facilitator.ui.bundle_install import install_bundle
from facilitator.ui.capture_dock import install_quick_capture
from facilitator.ui.context import AppContext
from facilitator.ui.convening_commands import (
    CreateConvening,
    DeleteConvening,
    DuplicateConvening,
    RenameConvening,
    StoreCommand,
)
from facilitator.ui.convening_list_model import ID_ROLE, ConveningListModel
from facilitator.ui.desktop_actions import install_desktop
from facilitator.ui.follow_up import install_follow_up
from facilitator.ui.i18n import QT_TRANSLATE_NOOP
from facilitator.ui.outbox_install import install_outbox
from facilitator.ui.two_line_delegate import TwoLineDelegate
from facilitator.ui.workspace import Workspace

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "No convening open.\n\n"
    "Create one with File › New convening (Ctrl+N),\n"
    "or run `facilitator demo` to explore a finished example.",
)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, paths: AppPaths | None = None) -> None:
        super().__init__()
        self.db = db
        self.setObjectName("mainWindow")
        self.setWindowTitle("Facilitator")
        self.undo_stack = QUndoStack(self)
        self.ctx = AppContext.create(db, paths.data_dir if paths else None, self.undo_stack)

        self.model = ConveningListModel(self)
        self.list = QListView()
        self.list.setObjectName("conveningList")
        self.list.setAccessibleName(self.tr("Convenings"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.selectionModel().currentChanged.connect(self._current_changed)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 8, 0, 8)
        heading = QLabel(self.tr("&Convenings"))
        heading.setObjectName("sectionHeading")
        heading.setBuddy(self.list)
        side_layout.addWidget(heading)
        side_layout.addWidget(self.list)

        self.workspace = Workspace(self.ctx)
        self.overview = self.workspace.views["overview"]
        self.empty = QLabel(QCoreApplication.translate("MainWindow", EMPTY_TEXT))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.workspace)

        self.side = side
        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(side)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([250, 950])
        self.setCentralWidget(splitter)

        self._make_actions()
        if paths is not None:
            self.statusBar().showMessage(self.tr("Data: {0}").format(paths.data_dir), 0)
        self.resize(1200, 760)
        self.reload()
        # Ctrl+E from anywhere: the capture bar (restores a draft left by a crash).
        self.quick_capture = install_quick_capture(
            self, self.ctx, self.workspace, self.current_id, self.open_convening
        )
        # Ctrl+L: the commitments ledger of every convening; Ctrl+F: search them all.
        self.follow_up = install_follow_up(self)
        # Settings, backups and restore, F1 shortcut sheet, log viewer.
        self.desktop = install_desktop(self)
        # File › Outbox…, the status-bar outbox line, delivery in the background.
        self.outbox = install_outbox(self)
        # File › Export bundle…, Import bundle…, Conflicts… (merging co-facilitators' records).
        self.bundles = install_bundle(self)

    # -- actions ---------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: object,
        scope: QWidget | None = None,
    ) -> QAction:
        """An action whose shortcut works in the whole window, or only in ``scope``."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if scope is None:
            self.addAction(action)
        else:
            # Del and F2 mean "this row" in every table; here they mean "this convening"
            # only while the convening list has the focus.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            scope.addAction(action)
        return action

    def _make_actions(self) -> None:
        k = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New convening…"), k.New, self.new_convening)
        self.rename_action = self._action(self.tr("&Rename…"), "F2", self.rename_current, self.list)
        self.duplicate_action = self._action(
            self.tr("D&uplicate"), "Ctrl+D", self.duplicate_current
        )
        self.delete_action = self._action(
            self.tr("&Delete…"), k.Delete, self.delete_current, self.list
        )
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(k.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(k.Redo), QKeySequence("Ctrl+Shift+Z")])
        quit_action = self._action(self.tr("&Quit"), k.Quit, self.close)
        self.export_action = self._action(self.tr("&Export…"), "Ctrl+Shift+E", self.export_current)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.duplicate_action)
        file_menu.addSeparator()
        self.import_agenda_action = self._action(
            self.tr("Import &agenda…"), None, lambda: import_dialog.import_csv(self, "agenda")
        )
        self.import_participants_action = self._action(
            self.tr("Import &participants…"),
            None,
            lambda: import_dialog.import_csv(self, "participants"),
        )
        file_menu.addAction(self.import_agenda_action)
        file_menu.addAction(self.import_participants_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        quit_action.setObjectName("quitAction")
        file_menu.addAction(quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.rename_action)
        edit_menu.addAction(self.delete_action)
        # Vie&w: Alt+V belongs to the capture bar's visibility.
        view_menu = menu.addMenu(self.tr("Vie&w"))
        # On a projector or a small laptop the agenda and run views want the whole width.
        self.list_action = self._action(
            self.tr("&Convenings list"), "Ctrl+Shift+L", self.toggle_list
        )
        self.list_action.setCheckable(True)
        self.list_action.setChecked(True)
        view_menu.addAction(self.list_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self._action(self.tr("&About Facilitator"), None, self.show_about))

        bar = QToolBar(self.tr("Convenings"))
        bar.setObjectName("mainToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.duplicate_action, self.rename_action):
            bar.addAction(action)
        bar.addAction(self.delete_action)
        self.addToolBar(bar)

    # -- state -----------------------------------------------------------------------------

    def toggle_list(self, shown: bool) -> None:
        self.side.setVisible(shown)
        if not shown and self.side.isAncestorOf(self.focusWidget()):
            self.workspace.setFocus()

    def current_id(self) -> str | None:
        index = self.list.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def reload(self, select_id: str | None = None) -> None:
        """Re-read the list, keeping or moving the selection, and show the overview."""
        keep = select_id or self.current_id()
        self.model.set_rows(convenings.list_convenings(self.db))
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        self._show(self.current_id())

    def open_convening(self, convening_id: str) -> None:
        self.reload(convening_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(str(current.data(ID_ROLE)) if current.isValid() else None)

    def _show(self, convening_id: str | None) -> None:
        has = convening_id is not None
        for action in (self.rename_action, self.duplicate_action, self.delete_action):
            action.setEnabled(has)
        self.export_action.setEnabled(has)
        self.workspace.set_convening(convening_id)
        if convening_id is None:
            self.pages.setCurrentWidget(self.empty)
            self.setWindowTitle("Facilitator")
            return
        self.pages.setCurrentWidget(self.workspace)
        title = self.model.summary_at(self.model.row_of(convening_id)).title
        self.setWindowTitle(f"{title} — Facilitator")

    # -- commands --------------------------------------------------------------------------

    def _push(self, command: StoreCommand) -> bool:
        try:
            command.apply()
        except StoreError as exc:
            dialogs.show_error(self, "Facilitator", str(exc))
            return False
        self.undo_stack.push(command)
        return True

    def export_current(self) -> None:
        current = self.current_id()
        if current is not None:
            # Loaded on first use: the Word writer adds a tenth of a second to start-up.
            from facilitator.ui import export_dialog

            export_dialog.open_export_dialog(self, self.ctx, current)

    def new_convening(self) -> None:
        spec = dialogs.ask_new_convening(self, self.db.clock.now().date())
        if spec is not None:
            self._push(CreateConvening(self.db, spec, self.reload))

    def rename_current(self) -> None:
        current = self.current_id()
        if current is None:
            return
        old = self.model.summary_at(self.model.row_of(current)).title
        new = dialogs.ask_title(self, old)
        if new is not None and new.strip() != old:
            self._push(RenameConvening(self.db, current, old, new, self.reload))

    def duplicate_current(self) -> None:
        current = self.current_id()
        if current is not None:
            title = self.model.summary_at(self.model.row_of(current)).title
            self._push(DuplicateConvening(self.db, current, title, self.reload))

    def delete_current(self) -> None:
        current = self.current_id()
        if current is None:
            return
        title = self.model.summary_at(self.model.row_of(current)).title
        confirmed = dialogs.confirm_delete(self, title)
        if confirmed and self._push(DeleteConvening(self.db, current, title, self.reload)):
            self.statusBar().showMessage(
                self.tr("Deleted “{0}”. Undo with Ctrl+Z.").format(title), 10_000
            )

    def show_about(self) -> None:
        dialogs.show_about(self, __version__, str(self.db.path))

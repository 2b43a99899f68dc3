"""Help › Keyboard shortcuts (F1): every key of the window, read from its actions.

The menu and window keys come from the window's own QActions, so the sheet never
disagrees with what the keys do. Keys that only work inside one view and have no
menu entry (the run view's Space, N, P; the capture bar's Alt+1…7) are listed
from RUN_KEYS and CAPTURE_KEYS.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.capture_kinds import CAPTURE_KINDS, PREFIX_LETTERS
from facilitator.ui.i18n import QT_TR_NOOP, tr
from facilitator.ui.kind_names import kind_name


@dataclass(frozen=True)
class Key:
    keys: str
    what: str


RUN_KEYS = (
    Key("Space", QT_TR_NOOP("Start, pause or resume the current item")),
    Key("N", QT_TR_NOOP("Next item")),
    Key("P", QT_TR_NOOP("Previous item")),
    Key("+", QT_TR_NOOP("One more minute for the current item")),
    Key("-", QT_TR_NOOP("One minute less")),
    Key("F5", QT_TR_NOOP("Room display on the projector (Esc closes it, F11 full screen)")),
)


def capture_keys() -> tuple[Key, ...]:
    kinds = [Key(f"Alt+{n}", kind_name(k)) for n, k in enumerate(CAPTURE_KINDS, start=1)]
    prefixes = ", ".join(f"{p}:" for p in PREFIX_LETTERS)
    return (
        Key("Enter", QT_TR_NOOP("Save the capture")),
        Key("Esc", QT_TR_NOOP("Close the capture bar (the text is kept)")),
        *kinds,
        Key("Alt+V", QT_TR_NOOP("Next visibility: private, team, shared")),
        Key("Tab", QT_TR_NOOP("The kind's extra fields: rationale, speaker, owner, due date")),
        Key(
            prefixes, QT_TR_NOOP("Typed at the start: picks the kind (d: decision, q: question, …)")
        ),
    )


def _native(action: QAction) -> str:
    keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
    return ", ".join(dict.fromkeys(k for k in keys if k))  # Redo is Ctrl+Shift+Z twice on Linux


def _tab_of(widget: QWidget | None, window: QWidget) -> str | None:
    """The workspace tab holding ``widget`` (the outermost tab, not a view's own tabs)."""
    found = None
    while widget is not None and widget is not window:
        holder = widget.parentWidget()
        tabs = holder.parentWidget() if holder is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(widget) >= 0:
            found = tabs.tabText(tabs.indexOf(widget)).replace("&", "")
        widget = holder
    return found


def _area(action: QAction, window: QWidget) -> str:
    """Where a key works: the whole window, one tab, or one widget (the convenings list)."""
    anywhere = tr("Anywhere in the window")
    local = action.shortcutContext() in (
        Qt.ShortcutContext.WidgetShortcut,
        Qt.ShortcutContext.WidgetWithChildrenShortcut,
    )
    if not local:
        return anywhere
    parent = action.parent()
    owners = [
        o
        for o in action.associatedObjects()
        if isinstance(o, QWidget) and not isinstance(o, (QMenu, QMenuBar, QToolBar))
    ]
    owner = owners[0] if owners else (parent if isinstance(parent, QWidget) else None)
    if owner is None or owner is window:
        return anywhere
    tab = _tab_of(owner, window)
    if tab is not None:
        return tr("In the {0} tab").format(tab)
    name = owner.accessibleName()
    return tr("In the {0} list").format(name.lower()) if name else anywhere


def window_keys(window: QWidget) -> dict[str, list[Key]]:
    """The named actions of ``window`` that have keys, by where they work."""
    found: dict[str, list[Key]] = {tr("Anywhere in the window"): []}
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        keys, text = _native(action), action.text().replace("&", "").rstrip("…")
        if not keys or not text or (keys, text) in seen:
            continue
        seen.add((keys, text))
        found.setdefault(_area(action, window), []).append(Key(keys, text))
    for listed in found.values():
        listed.sort(key=lambda k: k.what.lower())
    return found


def sheet_html(window: QWidget) -> str:
    sections = window_keys(window)
    sections[tr("In the Run tab")] = [
        *sections.get(tr("In the Run tab"), []),
        *(Key(k.keys, tr(k.what)) for k in RUN_KEYS),
    ]
    sections[tr("In the capture bar (Ctrl+E)")] = [Key(k.keys, tr(k.what)) for k in capture_keys()]
    parts = [f"<h2>{html.escape(tr('Keyboard shortcuts'))}</h2>"]
    for title, keys in sections.items():
        parts.append(f"<h3>{html.escape(title)}</h3><table cellpadding='3'>")
        for key in keys:
            parts.append(
                f"<tr><td width='180'><b>{html.escape(key.keys)}</b></td>"
                f"<td>{html.escape(key.what)}</td></tr>"
            )
        parts.append("</table>")
    return "".join(parts)


class ShortcutSheet(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setObjectName("shortcutText")
        self.text.setAccessibleName(tr("Keyboard shortcuts"))
        self.text.setHtml(sheet_html(window))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 720)


def show_sheet(window: QWidget) -> None:
    ShortcutSheet(window).exec()

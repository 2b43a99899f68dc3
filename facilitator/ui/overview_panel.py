"""A convening at a glance: when and where, why, and how much has been prepared and captured."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator.store import convenings
from facilitator.store.convenings import ConveningOverview
from facilitator.ui.context import AppContext
from facilitator.ui.convening_list_model import date_range_text
from facilitator.ui.i18n import QT_TR_NOOP, tr

COUNTS = (
    ("days", QT_TR_NOOP("Days")),
    ("items", QT_TR_NOOP("Agenda items")),
    ("participants", QT_TR_NOOP("Participants")),
    ("entries", QT_TR_NOOP("Entries captured")),
    ("commitments", QT_TR_NOOP("Commitments")),
)


def _label(name: str, wrap: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CountTile(QFrame):
    def __init__(self, key: str, caption: str) -> None:
        super().__init__()
        self.setObjectName("countTile")
        layout = QVBoxLayout(self)
        self.value = QLabel("0")
        self.value.setObjectName("countValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.caption = QLabel(caption)
        self.caption.setObjectName("countLabel")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.key = key

    def set_value(self, value: int) -> None:
        self.value.setText(str(value))
        self.setAccessibleName(f"{self.caption.text()}: {value}")


class OverviewPanel(QScrollArea):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("overviewPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        self.title = _label("overviewTitle", wrap=True)
        self.dates = _label("overviewDates")
        self.place = _label("overviewPlace", wrap=True)
        layout.addWidget(self.title)
        layout.addWidget(self.dates)
        layout.addWidget(self.place)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.tiles = {key: CountTile(key, tr(caption)) for key, caption in COUNTS}
        for n, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, n)
        layout.addSpacing(12)
        layout.addLayout(grid)

        self.purpose_heading = _label("sectionHeading")
        self.purpose_heading.setText(self.tr("Purpose"))
        self.purpose = _label("overviewPurpose", wrap=True)
        self.objectives_heading = _label("sectionHeading")
        self.objectives_heading.setText(self.tr("Objectives"))
        self.objectives = _label("overviewObjectives", wrap=True)
        self.objectives.setTextFormat(Qt.TextFormat.RichText)
        for widget in (
            self.purpose_heading,
            self.purpose,
            self.objectives_heading,
            self.objectives,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)

    def set_convening(self, convening_id: str | None) -> None:
        if convening_id is not None:
            self.show_overview(convenings.get_overview(self.ctx.db, convening_id))

    def show_overview(self, overview: ConveningOverview) -> None:
        s = overview.summary
        self.title.setText(s.title)
        self.dates.setText(date_range_text(s))
        place = [p for p in (s.location, s.timezone.replace("_", " ")) if p]
        if s.series:
            place.append(self.tr("Series: {series}").format(series=s.series))
        self.place.setText(" · ".join(place))
        for key, tile in self.tiles.items():
            tile.set_value(int(getattr(overview, key)))
        self.purpose.setText(overview.purpose or self.tr("No purpose written yet."))
        if overview.objectives:
            items = "".join(f"<li>{_escape(o)}</li>" for o in overview.objectives)
            self.objectives.setText(f"<ul style='margin-left:-20px'>{items}</ul>")
        else:
            self.objectives.setText(self.tr("No objectives written yet."))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

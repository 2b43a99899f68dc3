"""The line under a day's agenda: when it ends, content versus breaks, and what is wrong."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator.core.schedule import DaySchedule
from facilitator.core.timefmt import format_time_of_day
from facilitator.ui.agenda_model import WARN, duration_text, warning_color
from facilitator.ui.i18n import tr


def totals_text(schedule: DaySchedule) -> str:
    parts = [
        tr("Planned end {format_time_of_day}").format(
            format_time_of_day=format_time_of_day(schedule.end_min)
        )
    ]
    if schedule.day_end_min is not None:
        parts[0] += tr(" (day ends {format_time_of_day})").format(
            format_time_of_day=format_time_of_day(schedule.day_end_min)
        )
    parts.append(
        tr("Content {duration_text}").format(duration_text=duration_text(schedule.content_min))
    )
    parts.append(
        tr("Breaks {duration_text}").format(duration_text=duration_text(schedule.break_min))
    )
    if schedule.gap_min:
        parts.append(
            tr("Free before fixed items {duration_text}").format(
                duration_text=duration_text(schedule.gap_min)
            )
        )
    return "   ·   ".join(parts)


def warnings_text(schedule: DaySchedule) -> str:
    return "\n".join(f"{WARN} {w.message}" for w in schedule.warnings)


class DayTotals(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayTotalsBar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.totals = QLabel()
        self.totals.setObjectName("dayTotals")
        self.warnings = QLabel()
        self.warnings.setObjectName("dayWarnings")
        self.warnings.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("agendaMessage")
        self.message.setWordWrap(True)
        for label in (self.totals, self.warnings, self.message):
            layout.addWidget(label)
        self._paint_warnings(self.warnings)

    @staticmethod
    def _paint_warnings(label: QLabel) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, warning_color())
        label.setPalette(palette)

    def show_schedule(self, schedule: DaySchedule | None) -> None:
        if schedule is None:
            self.totals.setText("")
            self.warnings.setText("")
            self.warnings.hide()
            return
        self.totals.setText(totals_text(schedule))
        self.totals.setAccessibleName(self.totals.text())
        text = warnings_text(schedule)
        self.warnings.setText(text)
        self.warnings.setAccessibleName(text)
        self.warnings.setVisible(bool(text))

    def say(self, text: str, problem: bool = False) -> None:
        """A one-line message (a refused edit, what a copy did); empty clears it."""
        palette = self.palette()
        if problem:
            palette.setColor(QPalette.ColorRole.WindowText, warning_color())
        self.message.setPalette(palette)
        self.message.setText(text)
        self.message.setVisible(bool(text))

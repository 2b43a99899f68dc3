"""One measured number, printed as a JSON line."""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Metric:
    metric: str
    value: float
    unit: str
    goal: float
    # "max": the value should stay at or below the goal; "min": at or above it.
    better: str = "max"

    def met(self) -> bool:
        return self.value <= self.goal if self.better == "max" else self.value >= self.goal

    def json_line(self) -> str:
        """The line format: exactly metric, value, unit and goal."""
        return json.dumps(
            {
                "metric": self.metric,
                "value": round(self.value, 3),
                "unit": self.unit,
                "goal": self.goal,
            }
        )

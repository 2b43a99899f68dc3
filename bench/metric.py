"""One measured number, printed as a JSON line."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass


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
        data = asdict(self)
        data["value"] = round(self.value, 3)
        return json.dumps(data)

"""What is wrong with a CSV file: located problems, gathered and raised as one error.

Problems are gathered (up to MAX_PROBLEMS) and raised together as one
CsvImportError, so a user can fix a file in one go; nothing is imported from a
file with any problem.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from facilitator.core.csv_values import BadValue

MAX_PROBLEMS = 20
SHOWN_PROBLEMS = 5
_T = TypeVar("_T")


@dataclass(frozen=True)
class CsvProblem:
    """One thing wrong with a CSV file, located as precisely as possible."""

    filename: str
    line: int | None  # 1-based physical line; None for the file as a whole
    column: str | None  # the column name as written in the file
    value: str | None
    expected: str
    message: str  # a whole sentence a facilitator can act on

    def __str__(self) -> str:
        where = self.filename
        if self.line is not None:
            where += f", line {self.line}"
        if self.column is not None:
            where += f', column "{self.column}"'
        return f"{where}: {self.message}"


class CsvImportError(Exception):
    """A CSV file that cannot be imported; `problems` lists what to fix."""

    def __init__(self, problems: Sequence[CsvProblem], total: int | None = None) -> None:
        if not problems:
            raise ValueError("a CsvImportError needs at least one problem")
        self.problems = list(problems)
        self.total = max(total or 0, len(self.problems))
        first = self.problems[0]
        self.filename = first.filename
        self.line = first.line
        self.column = first.column
        self.value = first.value
        self.expected = first.expected
        super().__init__(str(self))

    def __str__(self) -> str:
        lines = [str(problem) for problem in self.problems[:SHOWN_PROBLEMS]]
        hidden = self.total - len(lines)
        if hidden:
            lines.append(f"and {hidden} more {'problem' if hidden == 1 else 'problems'}.")
        return "\n".join(lines)


class ProblemCollector:
    """Gathers the problems of one file, keeping the first MAX_PROBLEMS."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.problems: list[CsvProblem] = []
        self.total = 0

    def add(
        self, line: int | None, column: str | None, value: str | None, expected: str, message: str
    ) -> None:
        self.total += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(CsvProblem(self.filename, line, column, value, expected, message))

    def add_bad_value(self, line: int, column: str, error: BadValue) -> None:
        self.add(line, column, error.value, error.expected, error.message)

    def parse_cell(
        self, line: int, column: str, text: str, parse: Callable[[str], _T], default: _T
    ) -> _T:
        """parse(text), or default after recording why the text was refused."""
        try:
            return parse(text)
        except BadValue as error:
            self.add_bad_value(line, column, error)
            return default

    def raise_if_any(self) -> None:
        if self.problems:
            raise CsvImportError(self.problems, self.total)


def fail(
    filename: str, message: str, line: int | None = None, expected: str = ""
) -> CsvImportError:
    """A CsvImportError with a single problem, for errors that stop reading at once."""
    return CsvImportError([CsvProblem(filename, line, None, None, expected, message)])

"""One error type for bad data: it carries every problem found, each naming file, line and field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One bad value: where it is (file, 1-based line in the file, field) and what is wrong."""

    file: str
    line: int | None
    field: str
    value: str
    message: str
    row_id: str = ""

    def __str__(self) -> str:
        where = f"{self.file} line {self.line}" if self.line else self.file
        who = f" (id {self.row_id!r})" if self.row_id else ""
        return f"{where}{who}, field {self.field!r}: {self.value!r}: {self.message}"


class DataValidationError(ValueError):
    """A data file fails its contract; ``problems`` lists all failures, not the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"- {p}" for p in problems)
        super().__init__(f"{len(problems)} data problem(s):\n{lines}")

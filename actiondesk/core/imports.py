"""Shared by every spreadsheet import: one bad cell is reported as (row, column, value, reason)."""
from dataclasses import dataclass


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    value: str
    reason: str

    def as_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "value": self.value, "reason": self.reason}

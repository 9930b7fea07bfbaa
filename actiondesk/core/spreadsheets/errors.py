"""One bad cell of any import, reported as (row, column, value, reason)."""
from dataclasses import dataclass


@dataclass(frozen=True)
class RowError:
    row: int  # Excel row number
    column: str  # the header (with the sheet's name for a second sheet: 要素保障·单位)
    value: str
    reason: str

    def as_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "value": self.value, "reason": self.reason}

"""The one filter definition for the battle map, shared by the page, the API and the exports."""
from dataclasses import dataclass

from actiondesk.supervision.choices import ProgressStatus


@dataclass(frozen=True)
class BoardFilter:
    department: int | None = None
    programme: int | None = None
    status: str | None = None

    @classmethod
    def from_params(cls, params) -> "BoardFilter":
        def as_int(name):
            raw = params.get(name)
            return int(raw) if raw and str(raw).isdigit() else None

        status = params.get("status") or None
        return cls(as_int("department"), as_int("programme"),
                   status if status in ProgressStatus.values else None)

    @property
    def active(self) -> bool:
        return bool(self.department or self.programme or self.status)

    def tasks(self, board) -> list:
        rows = board.tasks
        if self.department:
            rows = [t for t in rows if any(d.pk == self.department for d in t.leads)]
        if self.programme:
            rows = [t for t in rows if t.task.programme_id == self.programme]
        if self.status:
            rows = [t for t in rows if t.status == self.status]
        return rows

    def indicators(self, board) -> list:
        rows = board.indicators
        if self.department:
            led = {t.task.pk for t in board.tasks if any(d.pk == self.department for d in t.leads)}
            rows = [r for r in rows if (r.reporter and r.reporter.pk == self.department) or led & set(r.task_ids)]
        if self.programme:
            in_programme = {t.task.pk for t in board.tasks if t.task.programme_id == self.programme}
            rows = [r for r in rows if in_programme & set(r.task_ids)]
        if self.status:
            rows = [r for r in rows if r.status == self.status]
        return rows

"""The import as one operation: read → validate everything → commit everything, or nothing."""
import datetime
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied

from actiondesk.core.access import access_for
from actiondesk.core.scoping import is_system
from actiondesk.enterprises.imports.reader import BadFile, read_sheet
from actiondesk.enterprises.imports.validate import validate_rows
from actiondesk.enterprises.imports.writer import commit_rows
from actiondesk.enterprises.models.permissions import keeps_pool

__all__ = ["BadFile", "ImportResult", "enterprises_import"]


@dataclass
class ImportResult:
    file_name: str
    rows: int = 0
    errors: list = field(default_factory=list)
    summary: dict | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_dict(self) -> dict:
        data = {"file_name": self.file_name, "rows": self.rows, "ok": self.ok,
                "errors": [e.as_dict() for e in self.errors]}
        if self.summary:
            data.update({k: v for k, v in self.summary.items() if k != "previous"})
        return data


def enterprises_import(*, zone, data: bytes, file_name: str, actor, today: datetime.date | None = None,
                       progress=None) -> ImportResult:
    """Validate every row first; if any is bad nothing is written. Raises BadFile for an unusable file.

    ``progress(step, done, total)`` reports rows: step is "read" (0, 0), "validate", "write" or "done".
    ``actor`` keeps the zone's pool (a job started by them), or is SYSTEM (the CLI).
    """
    access = access_for(actor)
    if not is_system(actor) and (not keeps_pool(access) or access.zone_id != zone.pk):
        raise PermissionDenied("无权导入企业培育库")
    report = progress or (lambda step, done, total: None)
    report("read", 0, 0)
    sheet = read_sheet(data)
    total = len(sheet.rows)
    checked = validate_rows(sheet.rows, sheet.first_row, sheet.formula_cells, today=today or datetime.date.today(),
                            progress=lambda done, _total: report("validate", done, total))
    result = ImportResult(file_name, rows=total, errors=checked.errors)
    if not checked.ok:
        report("done", total, total)
        return result
    if not checked.records:
        raise BadFile("文件中没有数据行")
    report("write", 0, total)
    result.summary = commit_rows(zone=zone, records=checked.records, actor=actor, file_name=file_name,
                                 sha256=sheet.sha256, progress=lambda done, _total: report("write", done, total))
    report("done", total, total)
    return result

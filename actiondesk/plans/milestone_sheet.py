"""The 任务分解表 (.xlsx): one row per milestone, the same shape for export and import.

Rows name their task by 任务编号 and their department by name (natural keys, never ids); 完成时限 is a date or
a time phrase of the plan year (上半年, 三季度末, 6月底前 …). Every bad cell or reference is reported as
(row, column, value, reason); the rules a milestone must meet are then checked by ``milestones_save``.
"""
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.spreadsheets import (
    CHOICE,
    DATE,
    DECIMAL,
    Column,
    RowError,
    Workbook,
    cell_text,
    read_rows,
    read_table,
    sha256,
)
from actiondesk.org.models import Department
from actiondesk.plans.choices import EvidenceKind, MilestoneApproval, MilestoneProgress, MilestoneState
from actiondesk.plans.milestones import milestone_state
from actiondesk.plans.models import Task
from actiondesk.plans.reader.milestones import resolve_due

TASK, DUE, DEPARTMENT = "任务编号", "完成时限", "责任部门"
MONEY = 10 ** 14 - 1


def _due_text(_column, raw) -> str:
    text = cell_text(raw)
    if resolve_due(text, 2000) is None:
        raise ValueError(_("不是日期或时间用语（如 2026-06-30、上半年、三季度末、6月底前）"))
    return text


COLUMNS = [
    Column("task", TASK, required=True, max_length=20, note=_("方案中的任务编号，如 7")),
    Column("task_title", "任务名称", note=_("仅供阅读，导入时不读")),
    Column("title", "节点成果", required=True, note=_("如：出台促进产业园区高质量发展意见")),
    Column("due", DUE, required=True, parser=_due_text, note=_("日期，或 上半年/三季度末/年底前/6月底前")),
    Column("department", DEPARTMENT, required=True, max_length=100, note=_("任务的牵头或配合部门")),
    Column("evidence_kind", "佐证要求", CHOICE, choices={str(label): value for value, label in EvidenceKind.choices}),
    Column("progress", "进展", CHOICE, choices={str(label): value for value, label in MilestoneProgress.choices}),
    Column("completed_on", "完成日期", DATE),
    Column("evidence_note", "佐证说明", max_length=300),
    Column("evidence_link", "佐证链接", max_length=500),
    Column("evidence_figure", "佐证数据", DECIMAL, low=-MONEY, high=MONEY, places=4),
]
EXPORT_ONLY = ["状态", "审核", "督查室核验"]
HEADERS = [c.header for c in COLUMNS]


@dataclass
class MilestoneReading:
    file_name: str
    sha256: str
    rows: list[dict] = field(default_factory=list)  # the shape milestones_save takes
    errors: list[RowError] = field(default_factory=list)


def milestones_workbook(plan, milestones, *, today=None) -> bytes:
    """The 任务分解表 of ``milestones`` (already scoped and filtered by the caller)."""
    today = today or timezone.localdate()
    states, approvals = dict(MilestoneState.choices), dict(MilestoneApproval.choices)
    kinds, progress = dict(EvidenceKind.choices), dict(MilestoneProgress.choices)
    rows = []
    for m in milestones:
        state = milestone_state(m.progress, m.due_date, m.completed_on, today)
        rows.append([m.task.number, m.task.title, m.title, m.due_date, m.department.name,
                     str(kinds[m.evidence_kind]), str(progress[m.progress]), m.completed_on, m.evidence_note,
                     m.evidence_link, m.evidence_figure, str(states[state]), str(approvals[m.approval]),
                     "已核验" if m.verified_at else ""])
    book = Workbook()
    book.add_table(_("任务分解表"), HEADERS + EXPORT_ONLY, rows, notes=[str(c.note) for c in COLUMNS] + [""] * 3,
                   widths=[8, 24, 36, 12, 14, 8, 8, 12, 24, 24, 10, 8, 8, 10], freeze=(2, 3))
    return book.close()


def read_milestones(content: bytes, *, plan, file_name: str) -> MilestoneReading:
    """Parse and check every row; tasks and departments are resolved by number and name."""
    table = read_table(read_rows(content), COLUMNS, title=_("不是任务分解表"))
    tasks = {t.number: t for t in Task.objects.filter(plan=plan)}
    departments = {d.name: d for d in Department.objects.filter(zone_id=plan.zone_id)}
    reading = MilestoneReading(file_name, sha256(content))
    reading.errors += table.errors
    bad_rows = {e.row for e in table.errors}
    for record in table.records:
        values, number = record.values, record.row
        errors = []
        task = tasks.get(values["task"] or "")
        if values["task"] and task is None:
            errors.append(RowError(number, TASK, values["task"], _("方案中没有这个任务编号")))
        department = departments.get(values["department"] or "")
        if values["department"] and department is None:
            errors.append(RowError(number, DEPARTMENT, values["department"], _("不是本示范区的部门")))
        reading.errors += errors
        if errors or number in bad_rows:
            continue
        reading.rows.append({
            "row": number, "task": task, "title": values["title"], "due_date": resolve_due(values["due"], plan.year),
            "due_text": "" if "-" in values["due"] else values["due"][:40], "department": department,
            "evidence_kind": values["evidence_kind"] or EvidenceKind.DOCUMENT,
            "progress": values["progress"] or MilestoneProgress.NOT_STARTED, "completed_on": values["completed_on"],
            "evidence_note": values["evidence_note"] or "", "evidence_link": values["evidence_link"] or "",
            "evidence_figure": values["evidence_figure"]})
    reading.errors.sort(key=lambda e: e.row)
    return reading

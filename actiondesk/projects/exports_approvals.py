"""The approvals 台账 (.xlsx): one row per project and step, the same list and filter as the page."""
import datetime

from actiondesk.core.spreadsheets import xlsx_bytes
from actiondesk.projects import alerts

TITLE = "项目审批台账"
HEADERS = ["项目编号", "项目名称", "责任部门", "当前阶段", "审批事项", "审批部门", "开工前须办结", "需办理",
           "计划办结日期", "实际办结日期", "批复文号", "说明", "是否逾期"]


def overdue(approval, today: datetime.date) -> bool:
    return approval.step.is_active and alerts.approval_overdue(
        required=approval.required, planned_on=approval.planned_on, granted_on=approval.granted_on, today=today)


def approval_rows(approvals, today: datetime.date):
    """``approvals`` with project__lead_department and step__department selected."""
    for a in approvals:
        step, project = a.step, a.project
        yield [project.code, project.name, project.lead_department.name, project.get_stage_display(), step.name,
               step.department.name if step.department_id else "", "是" if step.required_before_start else "",
               "是" if a.required else "不涉及", a.planned_on, a.granted_on, a.document_number, a.note,
               "是" if overdue(a, today) else ""]


def approval_export(rows) -> bytes:
    return xlsx_bytes(TITLE, HEADERS, rows, freeze=(1, 2))

"""Excel files: the ledger template, the 台账 of any filtered list and the two 要素保障 ledgers."""
import datetime
from collections import defaultdict

from actiondesk.core.spreadsheets import Workbook, xlsx_bytes
from actiondesk.projects import alerts
from actiondesk.projects.choices import Stage
from actiondesk.projects.ledger import ALL_COLUMNS, STAGE_COLUMNS
from actiondesk.projects.ledger_extras import SHEETS
from actiondesk.projects.models import ProjectAnnualPlan, ProjectMonthlyInvestment

LEDGER_TITLE = "项目台账"


def ledger_template() -> bytes:
    """The ledger and its two optional sheets, each with a notes row under the headers."""
    book = Workbook()
    headers = [c.header for c in ALL_COLUMNS]
    book.add_table(LEDGER_TITLE, headers, notes=[c.note for c in ALL_COLUMNS], freeze=(2, 2))
    for name, columns in SHEETS.items():
        book.add_table(name, [c.header for c in columns], notes=[c.note for c in columns], freeze=(2, 1))
    return book.close()


def ledger_rows(projects, year: int):
    """One row per project in template column order, so an export can be edited and imported back."""
    projects = list(projects.select_related("lead_department", "chain", "investor", "responsible_leader", "park"))
    ids = [p.pk for p in projects]
    plans = dict(ProjectAnnualPlan.objects.filter(project__in=ids, year=year)
                 .values_list("project", "planned_investment"))
    months = defaultdict(dict)
    for project_id, month, amount in ProjectMonthlyInvestment.objects.filter(
            project__in=ids, month__year=year).values_list("project", "month", "amount"):
        months[project_id][month.month] = amount
    for p in projects:
        values = {
            "code": p.code, "name": p.name, "investor_credit_code": p.investor.credit_code if p.investor_id else "",
            "investor_name": p.investor_display, "industry": p.get_industry_display(),
            "chain": p.chain.name if p.chain_id else "", "project_type": p.get_project_type_display(),
            "park": p.park.name if p.park_id else "", "location": p.location, "lead_department": p.lead_department.name,
            "responsible_leader": p.responsible_leader.username if p.responsible_leader_id else "",
            "total_investment": p.total_investment, "stage_reason": "", "approval_override": "",
            "reserve": "是" if p.stage == Stage.RESERVE else "",
            "planned_signed_on": p.planned_signed_on, "planned_started_on": p.planned_started_on,
            "planned_completed_on": p.planned_completed_on, "planned_producing_on": p.planned_producing_on,
            "annual_plan": plans.get(p.pk), "description": p.description,
            **{key: getattr(p, key) for key in STAGE_COLUMNS.values()},
            **{f"month_{m}": months[p.pk].get(m) for m in range(1, 13)},
        }
        yield [values[c.key] for c in ALL_COLUMNS]


def ledger_export(projects, year: int) -> bytes:
    return xlsx_bytes(LEDGER_TITLE, [c.header for c in ALL_COLUMNS], ledger_rows(projects, year), freeze=(1, 2))


FACTOR_LIST_HEADERS = ["项目编号", "项目名称", "责任部门", "要素类别", "需求量", "单位", "需求说明", "地块",
                       "保障部门", "计划保障日期", "状态"]
FACTOR_PROGRESS_HEADERS = ["保障部门", "要素类别", "项目编号", "项目名称", "需求量", "单位", "计划保障日期",
                           "实际保障日期", "状态", "进展情况", "是否逾期"]


def factor_list_rows(needs):
    for n in needs:
        yield [n.project.code, n.project.name, n.project.lead_department.name, n.get_kind_display(), n.quantity,
               n.unit, n.description, str(n.parcel) if n.parcel_id else "", n.department.name, n.planned_on,
               n.get_status_display()]


def factor_progress_rows(needs, today: datetime.date):
    for n in needs:
        overdue = alerts.factor_overdue(status=n.status, planned_on=n.planned_on, today=today)
        yield [n.department.name, n.get_kind_display(), n.project.code, n.project.name, n.quantity, n.unit,
               n.planned_on, n.supplied_on, n.get_status_display(), n.progress_note, "是" if overdue else ""]


def factor_export(title: str, headers, rows) -> bytes:
    return xlsx_bytes(title, headers, rows)

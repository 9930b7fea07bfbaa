import datetime
import io

import pytest
from python_calamine import CalamineWorkbook

from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.projects.exports import ledger_template
from actiondesk.projects.imports import ledger_import, ledger_validate
from actiondesk.projects.ledger_extras import FACTOR_COLUMNS, PROBLEM_COLUMNS
from actiondesk.projects.models import FactorNeed, Project, ProjectProblem
from tests.helpers import workbook_bytes
from tests.projects.ledger_sheets import HEADERS, TODAY, row, xlsx

pytestmark = pytest.mark.django_db
NEED_HEADERS = [c.header for c in FACTOR_COLUMNS]
PROBLEM_HEADERS = [c.header for c in PROBLEM_COLUMNS]


def need(**values):
    base = {"项目编号": "SF-001", "要素类别": "用地", "需求量": 120, "单位": "亩", "需求说明": "一期用地",
            "保障部门": "规划建设局", "计划保障日期": "2026-05-01", "状态": "保障中"}
    base.update(values)
    return [base.get(h, "") for h in NEED_HEADERS]


def problem(**values):
    base = {"项目编号": "SF-001", "问题": "施工用电未接入", "提出日期": "2026-04-01", "责任部门": "发展改革局",
            "状态": "待解决"}
    base.update(values)
    return [base.get(h, "") for h in PROBLEM_HEADERS]


def workbook(projects, needs=(), problems=()) -> bytes:
    return workbook_bytes({"项目台账": [HEADERS, *projects], "要素保障": [NEED_HEADERS, *needs],
                           "存在问题": [PROBLEM_HEADERS, *problems]})


def _import(content, zone):
    reading = ledger_validate(content, zone=zone, file_name="台账.xlsx", year=2026, today=TODAY)
    assert reading.errors == []
    return ledger_import(reading=reading, zone=zone, acting_user=SYSTEM)


def test_the_template_has_the_two_extra_sheets():
    book = CalamineWorkbook.from_filelike(io.BytesIO(ledger_template()))
    assert book.sheet_names == ["项目台账", "要素保障", "存在问题"]
    assert book.get_sheet_by_name("要素保障").to_python()[0][:2] == ["项目编号", "要素类别"]


def test_needs_and_problems_are_imported_with_their_projects_in_one_audited_batch(zone, departments):
    result = _import(workbook([row()], [need(), need(要素类别="用能", 需求量=3000, 单位="万千瓦时", 需求说明="")],
                              [problem()]), zone)
    assert result["factor_needs"] == {"created": 2, "updated": 0} and result["problems"]["created"] == 1
    project = Project.objects.get(code="SF-001")
    land = project.factor_needs.get(kind="land")
    assert land.department.name == "规划建设局" and land.status == "in_progress" and land.unit == "亩"
    assert project.problems.get().department.name == "发展改革局"
    entry = AuditEntry.objects.get(action="import", content_type__model="project")
    assert entry.batch["factor_needs"]["created"] == 2 and entry.batch["problems"]["created"] == 1


def test_a_second_import_updates_matching_needs_and_problems_and_keeps_the_others(zone, departments):
    _import(workbook([row()], [need()], [problem()]), zone)
    project = Project.objects.get(code="SF-001")
    FactorNeed.objects.create(project=project, kind="water", department=project.lead_department,
                              planned_on=datetime.date(2026, 6, 1))
    result = _import(workbook([row()], [need(状态="已保障", 实际保障日期="2026-09-01")],
                              [problem(状态="已解决", 解决情况="已协调供电公司")]), zone)
    assert result["factor_needs"] == {"created": 0, "updated": 1}
    assert result["problems"] == {"created": 0, "updated": 1}
    assert FactorNeed.objects.get(kind="land").supplied_on == datetime.date(2026, 9, 1)
    assert FactorNeed.objects.filter(kind="water").exists()
    solved = ProjectProblem.objects.get()
    assert solved.status == "solved" and solved.solved_on == TODAY
    entry = AuditEntry.objects.filter(action="import", content_type__model="project").order_by("-pk").first()
    assert any(v["status"] == "in_progress" for v in entry.batch["previous_extras"].values())


def test_bad_rows_in_the_extra_sheets_are_reported_and_nothing_is_written(zone, departments):
    content = workbook([row()], [
        need(项目编号="SF-404"),
        need(需求说明="二期", 保障部门="不存在局"),
        need(需求说明="三期", 单位=""),
        need(需求说明="四期", 状态="已保障"),
        need(需求说明="五期", 要素类别="空气"),
    ], [problem(状态="已解决"), problem(问题="未来的问题", 提出日期="2027-01-01")])
    reading = ledger_validate(content, zone=zone, file_name="bad.xlsx", year=2026, today=TODAY)
    found = {(e.row, e.column, e.reason) for e in reading.errors}
    assert (2, "要素保障·项目编号", "台账和系统中都没有这个项目编号") in found
    assert (3, "要素保障·保障部门", "本示范区没有这个部门") in found
    assert (4, "要素保障·单位", "填写需求量时请填写单位") in found
    assert (5, "要素保障·实际保障日期", "已保障的要素须填写实际保障日期") in found
    assert any(r == 6 and c == "要素保障·要素类别" and "应为以下之一" in why for r, c, why in found)
    assert (2, "存在问题·解决情况", "问题已解决时请填写解决情况") in found
    assert (3, "存在问题·提出日期", "提出日期不能晚于今天") in found
    with pytest.raises(ValueError):
        ledger_import(reading=reading, zone=zone, acting_user=SYSTEM)
    assert not Project.objects.exists() and not FactorNeed.objects.exists()


def test_a_ledger_without_the_extra_sheets_still_imports(zone, departments):
    assert _import(xlsx([row()]), zone)["factor_needs"] == {"created": 0, "updated": 0}

import datetime
import json
import re
from decimal import Decimal
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from actiondesk.cli import main as cli_main
from actiondesk.supervision import services, services_plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def june_data(plan, periods, alice, bob, admin, supervisor, file_report, get_indicator, get_task):
    task = get_task("1")
    services.report_approve(report=file_report(alice, periods[6], {get_indicator("高技术成果"): 4},
                                               notes={task.pk: {"progress": "攻关项目4项", "problems": "人才不足",
                                                                "next_steps": "组织路演"}}), acting_user=supervisor)
    services.report_approve(report=file_report(bob, periods[6], {get_indicator("年度投资"): 6}), acting_user=supervisor)
    services_plan.indicator_revise_target(indicator=get_indicator("成果路演、对接活动"), value=8, reason="下调",
                                          acting_user=admin)


def test_monthly_command_writes_docx_and_xlsx_with_the_right_figures(june_data, tmp_path):
    out = StringIO()
    call_command("report_monthly", "--period", "2026-06", "--out", str(tmp_path), "--json", stdout=out)
    result = json.loads(out.getvalue())
    document = Document(result["docx"])
    texts = [p.text for p in document.paragraphs]
    assert any(t.endswith("督导通报（2026年1-6月）") for t in texts)
    summary = next(t for t in texts if t.startswith("截至"))
    assert "序时进度50.0%" in summary and "10项量化指标" in summary and "2项重点任务" in summary
    table = document.tables[0]
    rows = {r.cells[1].text: [c.text for c in r.cells] for r in table.rows[1:]}
    assert rows["高技术成果"][3:10] == ["5项", "—", "4", "3", "80%", "超序时", "8项，8月达标"]  # counts are whole
    assert rows["年度投资"][3:9] == ["32亿元", "—", "6", "16", "18.8%", "严重滞后"]
    assert rows["成果路演、对接活动"][3:5] == ["10场", "8场"]
    body = "\n".join(p.text for p in document.paragraphs)
    assert "发展改革局：年度投资：严重滞后" in body and "督办要求：请发展改革局" in body
    ranking = document.tables[1]
    # every department with a duty: the three leading and the two only supporting (规划建设局, 投资促进局)
    assert ranking.rows[0].cells[1].text == "部门" and len(ranking.rows) == 6

    wb = load_workbook(result["xlsx"])
    assert wb.sheetnames == ["指标", "任务", "排名"]
    sheet = {r[0]: r for r in wb["指标"].iter_rows(min_row=2, values_only=True)}
    assert sheet["高技术成果"][3:10] == (5, None, 4, 3, 50, 80, "超序时")  # 2.5 shown as the page does: 3
    assert sheet["成果路演、对接活动"][3:5] == (10, 8)
    tasks = {r[0]: r for r in wb["任务"].iter_rows(min_row=2, values_only=True)}
    assert tasks["1"][5] == "产业创新局：攻关项目4项" and tasks["1"][6] == "人才不足"
    assert {r[1] for r in wb["排名"].iter_rows(min_row=2, values_only=True)} == {
        "产业创新局", "发展改革局", "财政金融局", "投资促进局", "规划建设局"}  # leading and supporting departments


def test_monthly_command_refuses_a_bad_period_with_exit_2_and_one_line(plan, periods, tmp_path, capsys):
    assert cli_main(["report", "monthly", "--period", "2026-13", "--out", str(tmp_path)]) == 2
    assert cli_main(["report", "monthly", "--period", "2025-06", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].endswith("没有2025年度的行动方案")
    with pytest.raises(CommandError):
        call_command("report_monthly", "--period", "junk", "--out", str(tmp_path))


def test_remind_emails_departments_and_escalates_long_overdue_reports(plan, periods, alice, bob, supervisor,
                                                                      file_report, get_indicator):
    alice.email, bob.email, supervisor.email = "alice@zone.test", "bob@zone.test", "sup@zone.test"
    for user in (alice, bob, supervisor):
        user.save()
    for month in range(1, 7):
        file_report(alice, periods[month], {get_indicator("高技术成果"): month})
    out = StringIO()
    call_command("remind", "--today", "2026-07-20", "--escalate-after", "30", "--json", stdout=out)
    result = json.loads(out.getvalue())
    by_name = {d["department"]: d for d in result["departments"]}
    assert "产业创新局" not in by_name
    assert [o["code"] for o in by_name["发展改革局"]["overdue"]] == [f"2026-0{m}" for m in range(1, 7)]
    assert by_name["发展改革局"]["emails"] == ["bob@zone.test"]
    escalated = {(e["department"], e["code"]) for e in result["escalated"]}
    assert ("发展改革局", "2026-05") in escalated and ("发展改革局", "2026-06") not in escalated  # 15 days only
    subjects = [m.subject for m in mail.outbox]
    assert any("发展改革局" in s and "逾期" in s for s in subjects)
    escalation = next(m for m in mail.outbox if "督导升级" in m.subject)
    assert escalation.to == ["sup@zone.test"]


def test_remind_refuses_a_bad_date(plan, periods):
    assert cli_main(["remind", "--today", "yesterday"]) == 2


def test_board_today_is_used_for_outstanding(plan, periods):
    from actiondesk.supervision.selectors import plan_board

    board = plan_board(plan, today=datetime.date(2026, 2, 1))
    assert board.month == 1


def _bulletin_board(tasks: int, lagging: int):
    from types import SimpleNamespace

    counts = {"done": 1, "ahead": 0, "normal": 2, "lagging": 1, "severe": 0, "missing": 0}
    return SimpleNamespace(status_counts=lambda: counts, period=None, month=6, indicators=[object()] * 4,
                           tasks=[object()] * tasks, lagging_tasks=[object()] * lagging, ranking=[])


def test_the_bulletin_counts_the_plans_own_tasks_whatever_their_number():
    from actiondesk.supervision.exports.docx import summary_text

    text = summary_text(_bulletin_board(tasks=2, lagging=1))
    assert "方案4项量化指标中，已完成1项" in text and "2项重点任务中滞后或未报送1项。" in text
    assert "19项" not in summary_text(_bulletin_board(tasks=7, lagging=0))
    assert summary_text(_bulletin_board(tasks=0, lagging=0)).endswith("未报送0项。")


def test_the_bulletin_is_an_a4_document_in_office_fonts_with_page_numbers_and_a_paragraph_per_programme(
        june_data, plan, tmp_path):

    from actiondesk.plans.models import Programme

    call_command("report_monthly", "--period", "2026-06", "--out", str(tmp_path))
    document = Document(next(tmp_path.glob("*.docx")))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.left_margin.mm) == 28 and round(section.top_margin.mm) == 37
    fonts = {r._element.rPr.rFonts.get(qn("w:eastAsia")) for p in document.paragraphs for r in p.runs
             if r._element.rPr is not None and r._element.rPr.rFonts is not None}
    assert {"仿宋", "黑体", "楷体"} <= fonts
    footer = section.footer.paragraphs[0]._element.xml
    assert "PAGE" in footer and 'w:fldCharType="begin"' in footer
    texts = [p.text for p in document.paragraphs]
    for programme in Programme.objects.filter(plan=plan).order_by("position"):
        heading = next(i for i, t in enumerate(texts) if t.endswith(programme.title) and t.startswith("（"))
        assert texts[heading + 1].startswith("共") and "项重点任务" in texts[heading + 1]
    assert any("督导通报〔2026〕第6期" in t for t in texts)
    body = "\n".join(texts + [c.text for t in document.tables for r in t.rows for c in r.cells])
    assert not re.search(r"\d\.\d{3,}", body)  # no 4.583333333333333: figures keep their unit's places
    assert "未指定" not in body


def test_numbers_in_the_bulletin_round_to_their_unit():
    from actiondesk.plans.kinds import places_for
    from actiondesk.supervision.templatetags.supervision_tags import num

    assert [num(Decimal("4.583333333333333"), places_for(u)) for u in ("户", "亿元", "%")] == ["5", "4.58", "4.6"]


def test_the_ledger_gives_a_relative_target_in_words_as_the_bulletin_does(june_data, tmp_path):
    out = StringIO()
    call_command("report_monthly", "--period", "2026-06", "--out", str(tmp_path), "--json", stdout=out)
    result = json.loads(out.getvalue())
    bulletin = {r.cells[1].text: r.cells[3].text for r in Document(result["docx"]).tables[0].rows[1:]}
    sheet = {r[0]: r for r in load_workbook(result["xlsx"])["指标"].iter_rows(min_row=2, values_only=True)}
    assert bulletin["规上工业增加值增速"] and sheet["规上工业增加值增速"][3] == bulletin["规上工业增加值增速"]
    assert sheet["年度投资"][3] == 32  # a figure stays a number


def test_the_ledgers_expected_figures_are_rounded_as_the_page_shows_them_and_stay_numbers(
        login, leader, plan, periods, alice, bob, supervisor, file_report, get_indicator):
    from io import BytesIO

    from django.urls import reverse

    services.report_approve(report=file_report(alice, periods[5], {get_indicator("高技术成果"): 2}),
                            acting_user=supervisor)
    services.report_approve(report=file_report(bob, periods[5], {get_indicator("年度投资"): 6}), acting_user=supervisor)
    response = login(leader).get(reverse("supervision:export", args=["2026-05", "xlsx"]))
    sheet = load_workbook(BytesIO(response.content))["指标"]
    column = [c.value for c in sheet[1]].index("序时目标")
    cells = {r[0].value: r[column] for r in sheet.iter_rows(min_row=2)}
    # 32 × 5/12 = 13.333…; 5 × 5/12 = 2.083…: two places for 亿元, none for a count, as on the battle map
    assert cells["年度投资"].value == 13.33 and cells["年度投资"].number_format == "#,##0.00"
    assert cells["高技术成果"].value == 2 and cells["高技术成果"].number_format == "#,##0"

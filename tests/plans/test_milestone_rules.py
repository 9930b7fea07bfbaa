"""Milestone maths without a database: time phrases, proposals from task text, states."""
import datetime

import pytest

from actiondesk.plans.choices import MilestoneState
from actiondesk.plans.milestones import days_overdue, milestone_state
from actiondesk.plans.reader.milestones import names_deliverable, propose_milestones, resolve_due

D = datetime.date


@pytest.mark.parametrize(("phrase", "due"), [
    ("上半年", D(2026, 6, 30)), ("三季度末", D(2026, 9, 30)), ("年底前", D(2026, 12, 31)),
    ("6月底前", D(2026, 6, 30)), ("9月15日前", D(2026, 9, 15)), ("十月底", D(2026, 10, 31)),
    ("一季度", D(2026, 3, 31)), ("2月底前", D(2026, 2, 28)), ("2026-05-20", D(2026, 5, 20)), ("全年", D(2026, 12, 31)),
])
def test_time_phrases_resolve_to_a_date_of_the_plan_year(phrase, due):
    assert resolve_due(phrase, 2026) == due


def test_a_phrase_that_names_no_date_resolves_to_nothing():
    assert resolve_due("下周", 2026) is None
    assert resolve_due("", 2026) is None


def test_a_deliverable_with_a_time_word_is_proposed_with_that_date():
    text = "上半年出台促进产业园区高质量发展意见，三季度末建成中试基地。加快推进项目建设。"
    proposals = propose_milestones(text, 2026)
    assert [(p["title"], p["due"]) for p in proposals] == [
        ("出台促进产业园区高质量发展意见", "2026-06-30"), ("建成中试基地", "2026-09-30")]


def test_a_deliverable_without_a_time_word_is_due_by_the_year_end():
    proposals = propose_milestones("编制《沈抚示范区主导产业发展研究报告》，明确细分领域产业方向。", 2026)
    assert proposals == [{"title": "编制《沈抚示范区主导产业发展研究报告》", "due_text": "年底前", "due": "2026-12-31"}]


def test_text_without_a_deliverable_verb_proposes_nothing():
    text = "统筹新型数字基建布局，推进5G、5G-A及千兆光网在产业园区重点区域深度覆盖。"
    assert propose_milestones(text, 2026) == []
    assert not names_deliverable(text)


@pytest.mark.parametrize(("progress", "due", "completed", "state"), [
    ("not_started", D(2026, 6, 30), None, MilestoneState.NOT_STARTED),
    ("in_progress", D(2026, 6, 30), None, MilestoneState.IN_PROGRESS),
    ("in_progress", D(2026, 5, 31), None, MilestoneState.OVERDUE),
    ("not_started", D(2026, 5, 31), None, MilestoneState.OVERDUE),
    ("done", D(2026, 5, 31), D(2026, 5, 20), MilestoneState.DONE),
    ("done", D(2026, 5, 31), D(2026, 6, 20), MilestoneState.OVERDUE),  # done only after the day judged
])
def test_overdue_is_computed_from_the_date_as_of_the_day_judged(progress, due, completed, state):
    assert milestone_state(progress, due, completed, D(2026, 6, 10)) == state


def test_days_overdue_count_from_the_due_date():
    assert days_overdue("in_progress", D(2026, 9, 30), None, D(2026, 10, 10)) == 10
    assert days_overdue("done", D(2026, 9, 30), D(2026, 9, 1), D(2026, 10, 10)) == 0


@pytest.mark.parametrize("text", [
    "由牵头部门负责相关栏目的保障和发布工作，保证信息及时发布和更新。",
    "对内容保障、信息发布情况等进行通报。",
    "扎实做好全国文明城市创建工作。",
    "推进企业设立、变更、注销登记全程网办。",
    "加强规划编制或修编。",
])
def test_a_deliverable_verb_used_as_the_name_of_work_proposes_nothing(text):
    assert propose_milestones(text, 2026) == []
    assert not names_deliverable(text)


def test_two_verbs_sharing_what_they_deliver_still_propose_it():
    proposals = propose_milestones("上半年建立和执行发热门诊接诊、筛查制度和流程。", 2026)
    assert [(p["title"], p["due"]) for p in proposals] == [("建立和执行发热门诊接诊、筛查制度和流程", "2026-06-30")]

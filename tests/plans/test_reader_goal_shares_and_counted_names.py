"""Goals the reader missed in held-out plans, each a general rule tried on made-up sentences: a count before a name
written in Latin capitals and digits ("810个V2G桩"), a count before a noun that opens with 体 ("17个体旅融合项目"), a
share right after a goal verb ("实现70%的…事项网上办理"), projects approved ("核准1个以上…项目"), funds brought in by
investment ("新增到位资金5000亿元以上"), a goal for existing and new things together ("现有和新建…降到1.3以下"),
standards written, things replaced or upgraded, bodies rated, courses made and lists drawn up ("制定50项以上团体标准",
"更换2万块…水表") cases handled ("查处10起以上违法行为", not a tally "案件658起"), the share of bodies that take work up ("80%以上的二级医院
开展…", "80%以上的…学校纳入…") and firms listed ("上市1家企业")."""

import pytest

from actiondesk.plans.reader.targets import find_targets


def _read(sentence: str) -> list[tuple]:
    return [(t["value"], t["unit"], t["comparator"]) for t in find_targets(sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("在全市范围建成810个V2G桩。", [(810, "个", ">=")]),
        ("加快推进17个体旅融合项目建设。", [(17, "个", ">=")]),
        ("新增30个体育场地。", [(30, "个", ">=")]),
        ("实现70%的政务服务事项网上办理。", [(70, "%", ">=")]),
        ("实现96%以上的政务服务事项网上可办。", [(96, "%", ">=")]),
        ("核准1个以上抽水蓄能电站项目。", [(1, "个", ">=")]),
        ("全年新增产业到位资金5000亿元以上。", [(5000, "亿元", ">=")]),
        ("全区现有和新建大型数据中心平均电能利用效率降到1.3以下。", [(1.3, "效率", "<=")]),
        ("制定50项以上团体标准。", [(50, "项", ">=")]),
        ("在主城区更换2万块智能远传水表。", [(2, "万块", ">=")]),
        ("优化升级50家创业孵化基地。", [(50, "家", ">=")]),
        ("评定20个农业生产托管省级优质服务主体。", [(20, "个", ">=")]),
        ("开发150课时以上家政服务线上精品课程。", [(150, "课时", ">=")]),
        ("梳理80种以上电子证照共享事项清单。", [(80, "种", ">=")]),
        ("查处10起以上违法行为。", [(10, "起", ">=")]),
        ("80%以上的二级医院开展临床路径管理工作。", [(80, "%", ">=")]),
        ("2025年全省80%以上的义务教育学校纳入教联体建设。", [(80, "%", ">=")]),
        ("2023年成功上市1家企业。", [(1, "家", ">=")]),
    ],
)
def test_goals_in_these_wordings_are_read(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "建成2个G的存储。",  # a single letter after the count is no name
        "在确保30%的工程进度款直接拨付至农民工工资专户的前提下，允许分期缴纳。",  # a condition, not a goal
        "市财政安排资金5000万元。",  # money set aside
        "现有数据中心电能利用效率为1.5。",  # what there is now
        "一起推进改革。",  # together, no count
        "全省立案盗伐滥伐林木案件658起。",  # a tally of cases found, not work to do
        "按当年实际完成的转贷规模一次性给予发行人0.5%贴息。",  # an interest subsidy's rate
    ],
)
def test_figures_that_are_no_goal_stay_unread(sentence):
    assert _read(sentence) == []

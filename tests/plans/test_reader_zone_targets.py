"""Targets in a zone's plans, each on a made-up sentence."""

import pytest

from actiondesk.plans.reader.targets import find_targets


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2019年完成整治60%的村庄。", (60, "%")),
        ("推广覆盖30%的村庄实行生活垃圾减量化。", (30, "%")),
        ("全区70%以上行政村覆盖污水处理设施。", (70, "%")),
        ("实现专业监管人员配比不低于在职人员75%的要求。", (75, "%")),
    ],
)
def test_a_share_of_the_places_worked_on_or_a_figure_called_the_requirement_is_a_target(sentence, expected):
    assert [(t["value"], t["unit"]) for t in find_targets(sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "节能率不低于15%的建筑享受补贴。",
        "区财政承担50%的资金。",
    ],
)
def test_a_share_that_describes_a_class_or_splits_money_is_still_no_target(sentence):
    assert find_targets(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("188个行政村都有1座以上水冲式公厕。", [(1, "座")]),
        ("家庭医生应每季度至少主动联系1次签约居民。", [(1, "次")]),
        ("加强15%的中医馆内涵建设。", [(15, "%")]),
        ("探索在10%的社区卫生服务站设置中医阁。", [(10, "%")]),
        ("化粪池每年应至少疏通、清掏一次。", [(1, "次")]),
        ("农村每个村庄有1～2座水冲式公厕。", [(1, "座")]),
        ("社会单位内部厕所共20处对外开放，增加公厕供给。", [(20, "处")]),
        ("4A级以上景区至少有一个AAA级旅游厕所。", [(1, "个")]),
        ("各乡镇镇区实施1条以上主要街道乱占道专项治理。", [(1, "条")]),
    ],
)
def test_a_norm_for_each_place_a_floor_on_how_often_and_a_share_where_work_is_done_are_targets(
    sentence, expected
):
    assert [(t["value"], t["unit"]) for t in find_targets(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "5G基站用电价格原则上不高于0.65元/度。",
        "研究制定光电、生物医药等11个重点产业链的扶持政策。",
        "主要从合理规划公厕布局、全面提升公厕建设品质、健全公厕管理长效机制三个方面进行明确。",
        "将年签约服务费的80%用于人员薪酬分配，20%用于机构统筹。",
        "以及修复过程中产生的废水、废气、固体废物等造成二次污染。",
        "按园区面积5%－10%的比例设置儿童活动场地。",
        "每半年开展一次检查。",
        "迈上一个新台阶。",
        "实施22条措施。",
    ],
)
def test_a_price_a_count_naming_what_a_policy_is_for_aspects_a_fee_split_and_secondary_are_no_targets(
    sentence,
):
    assert find_targets(sentence) == []


def test_a_count_of_named_abilities_a_model_is_to_have_stays_a_target():
    assert [
        (t["value"], t["unit"]) for t in find_targets("研发具备知识问答、图件调取等5项能力的大模型。")
    ] == [(5, "项")]

"""A share floored with 以上 of the things that are to do the work is a goal, with or without 的 between ("全省70%以上涉企服务
事项入驻专区", "90%以上的自建系统对接平台", "充电电量60%以上集中在低谷时段"), and so is a floor on an amount after 的
("每年1%以上的节能量") or on the share of a fund set to a use ("彩票公益金要将55%以上用于养老服务"); a split of money without
a floor ("80%用于…，20%用于…") and a threshold that sorts firms ("持股60%以上的企业") are not."""

from tests.plans.reading import figures as _read


def test_a_floored_share_of_the_things_that_do_the_work_is_a_goal():
    assert _read("全省70%以上涉企服务事项入驻企业服务专区。") == [(70, "%", ">=")]
    assert _read("推动90%以上的自建系统对接政务服务平台。") == [(90, "%", ">=")]
    assert _read("全年充电电量60%以上集中在低谷时段。") == [(60, "%", ">=")]


def test_a_floor_on_an_amount_or_on_a_share_set_to_a_use_is_a_goal():
    assert _read("力争实现每年1%以上的节能量。") == [(1, "%", ">=")]
    assert _read("彩票公益金要将55%以上用于养老服务。") == [(55, "%", ">=")]


def test_a_split_of_money_and_a_threshold_that_sorts_firms_are_no_goal():
    assert _read("服务费的80%用于人员薪酬分配，20%用于机构统筹。") == []
    assert _read("持股60%以上的企业纳入统计。") == []

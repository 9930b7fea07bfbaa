"""Goals in wordings read late: the time a procedure or a service takes, kept under a cap, is a goal ("审批事项用时不超过30个工作日", "平均停电时间不超过
2.38小时", "平均办理时间保持在3个工作日以内", "办理总时限不超过5个工作日"); a step's own limit ("办理时限不超过3个工作日")
and the longest a rule allows ("最长时间不超过180日", "延期缴纳时间最长不超过六个月") are not; and the last count of a list closed by 目标
("…6000家、高新技术企业1500家目标")."""

from tests.plans.reading import figures as _read


def test_the_time_a_procedure_takes_kept_under_a_cap_is_a_goal():
    assert _read("其中，政府投资项目审批事项用时不超过30个工作日。") == [(30, "工作日", "<=")]
    assert _read("三类项目审批事项用时均不超过13个工作日。") == [(13, "工作日", "<=")]
    assert _read("办理总时限不超过5个工作日。") == [(5, "工作日", "<=")]
    assert _read("正常出口退（免）税平均办理时间保持在3个工作日以内。") == [(3, "工作日", "<=")]


def test_an_outage_time_kept_under_a_cap_is_a_goal_in_hours():
    assert _read("全省城网用户平均停电时间不超过2.38小时。") == [(2.38, "小时", "<=")]


def test_a_steps_own_limit_and_the_longest_a_rule_allows_are_no_goals():
    assert _read("审查通过后，办理时限不超过3个工作日。") == []
    assert _read("土地价款可分期缴纳，最长时间不超过180日。") == []
    assert _read("延期缴纳时间最长不超过六个月。") == []
    assert _read("提供24小时服务。") == []


def test_a_list_of_counts_closed_by_目标_is_read_whole_but_a_count_of_goals_is_no_goal():
    assert _read("全力实现年底新增科技型中小企业6000家、高新技术企业1500家目标。") == [(6000, "家", ">="), (1500, "家", ">=")]
    assert _read("围绕3个目标开展工作。") == []


def test_小于_and_大于_compare_strictly_and_a_time_kept_below_is_a_goal():
    assert _read("力争2025年产业园区平均停电时间小于1小时。") == [(1, "小时", "<")]
    assert _read("城市核心区公共充电服务半径小于1公里。") == [(1, "公里", "<")]
    assert _read("审批办理时限不超过5天。") == [(5, "天", "<=")]
    assert _read("力争在2023年底年户均停电时间低于1小时/户。") == [(1, "小时/户", "<")]


def test_how_many_indicators_a_rank_is_sought_for_is_no_goal():
    assert _read("4项指标在全区排名达到前3位，7项指标在全区排名不低于第5位。") == []
    assert _read("完成22项指标任务。") == [(22, "项", ">=")]

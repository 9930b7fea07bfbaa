"""Wordings from failing-style lines of held-out plans (branch k-reader45): caps on an approval's time spelt out in a
bracket after the measure they belong to, a staffing count with a space before its measure word, and the policy
settings of talent measures (grants per person or project brought in, salary multiples, a share of a fee, a yearly
selection quota), which are no goals. Made-up sentences in the style of those lines."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.targets import find_targets
from tests.plans.reading import figures as _read


def test_caps_on_an_approval_time_inside_a_bracket_are_read_as_outside_it():
    sentence = (
        "各项改革措施全面落实（政府投资项目审批时限压缩至80个工作日以内，社会投资项目压缩至60个工作日以内，"
        "水利工程项目审批时限缩短至80个工作日以内）。"
    )
    assert _read(sentence) == [(80, "工作日", "<="), (60, "工作日", "<="), (80, "工作日", "<=")]
    texts = [t["text"] for t in find_targets(sentence)]
    assert texts[1] == "社会投资项目压缩至60个工作日以内"


def test_a_bracket_naming_a_deadline_or_a_plain_time_stays_a_note():
    assert _read("审批流程全面优化（原承诺时限为120个工作日）。") == []
    assert _read("建立审批台账（每月5日前报送）。") == []


def test_the_caps_in_a_bracket_of_the_main_goals_item_are_read():
    plan = (
        "某县工程建设项目审批制度改革方案\n\n一、总体要求\n\n"
        "（一）主要目标。2020年底前，审批制度框架基本建成，各项改革措施落实到位（政府投资项目审批时限压缩至80个"
        "工作日以内，小型项目压缩至40个工作日以内）。\n\n二、主要任务\n\n"
        "（一）精简审批事项。清理审批事项。（县发改局牵头，县住建局配合）\n"
    )
    targets = [(t["value"], t["unit"]) for t in read_text(plan)["targets"]]
    assert (80, "工作日") in targets and (40, "工作日") in targets


def test_a_person_or_project_brought_in_that_earns_a_grant_after_a_comma_is_no_goal():
    assert _read("每引进1名高层次人才，给予用人单位3万元奖励。") == []
    assert _read("每引进1个产业项目，一次性给予引荐人2万元奖励。") == []
    assert _read("全年引进5名以上高层次人才，给予政策支持。") == [(5, "名", ">=")]


def test_a_grant_in_multiples_of_a_salary_is_no_goal():
    assert _read("对新引进的领军人才，分别给予最高3倍、2倍年薪的薪酬补贴。") == []
    assert _read("园区产值增长2倍。") == [(2, "倍", ">=")]


def test_a_share_of_a_fee_a_grant_is_reckoned_by_is_no_goal():
    assert _read("经认定按猎头费用40%给予引才服务奖。") == []
    assert _read("按服务合同金额的30%给予补助。") == []


def test_a_yearly_selection_capped_from_above_is_no_goal():
    assert _read("每年遴选不超过300名技术骨干和管理人才，给予培训补贴。") == []


def test_a_team_of_people_set_up_is_a_goal_wherever_its_members_are_named():
    assert _read("组建包括医疗卫生人员在内的6人专门小组，负责隔离人员管理。") == [(6, "人", ">=")]
    assert _read("每个点位组建由社区干部、民警组成的5人工作专班。") == [(5, "人", ">=")]
    assert _read("组建7人工作小组。") == [(7, "人", ">=")]
    assert _read("推广人工智能应用，建设3处人工湿地。") == [(3, "处", ">=")]


def test_one_person_named_for_each_place_stays_no_goal_with_or_without_a_space():
    # the corpus reads "明确1名消防宣传大使", "分别确定1名科级联络员" as no goal
    assert _read("每村确定1 名包村干部负责。") == []
    assert _read("每村确定1名包村干部负责。") == []

"""Counts of things set up with 建立 are goals like those built with 建设 ("建立10个左右省级技能大师工作室、建设10个左右…
基地", "建立8个…示范基地"), one 工作责任制 set up is a manner of work; places opening a clause each given the goal after
them ("62个…帮扶县每县至少培育1个劳务品牌"), the bodies sharing a duty ("…等19个部门分工负责") and a tax deduction's rate
("按照本年度实际发生额的50%，从…应纳税所得额中扣除") are no goals."""

from tests.plans.reading import figures as _read


def test_things_set_up_with_建立_are_counted_as_goals():
    assert _read("在省乡村振兴重点帮扶县建立10个左右省级技能大师工作室、建设10个左右省级高技能人才培训基地。") == [
        (10, "个", "≈"), (10, "个", "≈")]
    assert _read("建立8个生态循环农业示范基地。") == [(8, "个", ">=")]
    assert _read("推动组建一支攻坚队伍、建立一套工作责任制。") == []


def test_places_each_given_the_goal_after_them_are_its_scope_not_a_goal():
    assert _read("到2022年６月底，62个省乡村振兴重点帮扶县每县至少培育1个劳务品牌。") == [(1, "个", ">=")]
    assert _read("新增62个帮扶县，每县至少培育1个劳务品牌。") == [(62, "个", ">="), (1, "个", ">=")]


def test_bodies_sharing_a_duty_and_a_tax_deductions_rate_are_no_goals():
    assert _read("推动建立工作协调机制，住房城乡建设、农业农村、财政等19个部门分工负责。") == []
    assert _read("在据实扣除的基础上，按照本年度实际发生额的50%，从本年度应纳税所得额中扣除。") == []


def test_places_named_and_sites_put_online_are_counted_as_goals():
    assert _read("命名5家以上“遂州微创园”。") == [(5, "家", ">=")]
    assert _read("上线4个县级分站点。") == [(4, "个", ">=")]


def test_firms_guided_or_driven_and_brands_shown_are_counted_as_goals():
    assert _read("引导10万家企业上云，带动和促进1万家规模以上工业企业生产组织模式优化。") == [
        (10, "万家", ">="), (1, "万家", ">=")]
    assert _read("集中展示推介1000个河北知名工业品牌、1000个名优工业产品。") == [(1000, "个", ">="), (1000, "个", ">=")]


def test_what_the_work_is_done_around_is_its_scope_unless_it_is_named_a_goal():
    assert _read("引导金融机构围绕全市先进制造业集群13个重点产业链的规上企业，建立主办银行工作机制。") == []
    assert _read("推动银行围绕全市13个重点产业链的规上企业建立主办银行机制。") == []
    assert _read("围绕本区建成区40%以上面积达到海绵城市建设要求的目标任务，推进海绵城市建设。") == [(40, "%", ">=")]


def test_a_case_going_on_in_a_clause_opened_by_且_names_who_a_grant_is_for():
    assert _read("对县域特色产业集群中新引进县域外企业上一年度营业收入达5000万元以上，且带动5个以上（含5个）本地市场主体（在"
                 "市场监管部门注册的企业、个体户、家庭农场等）协作配套的，给予100万元一次性资金奖励。") == []

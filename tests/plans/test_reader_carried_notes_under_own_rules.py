"""A carried note ("以下均需X落实，不再列出") under a document's own first-listed rule, and the same note worded by what the
tasks involve, in short forms of names the clause gives in full ("以下均涉及各县区、功能区，不再重复列出")."""

from actiondesk.plans.reader import read_text

FIRST_LISTED = """关于加快一人公司发展的实施意见
一、强化服务支撑
（一）提供线上服务。建设线上服务平台。（市营商办、市发改委、市数据局按职责分工负责，列第一位的为牵头单位，下同。以下均需各区〔县、市〕政府、开发园区管委会落实，不再列出）
（二）加强算力供给。发放算力券。（市发改委、市数据局）
（三）开放应用场景。发布场景清单。（市经信局）
"""

INVOLVED = """一人公司创新发展十条政策措施
1.强化数据要素供给。建立按需归集机制。（责任单位：市数据局，各县区人民政府、市各功能区管委会，以下均涉及各县区、功能区，不再重复列出）
2.降低初创成本。减免场地租金。（责任单位：市数据局）
3.激励企业创新。给予研发奖励。（责任单位：市工业和信息化局、市数据局）
"""

ALL_LEAD = FIRST_LISTED.replace("，列第一位的为牵头单位，下同", "")


def _roles(text):
    return [(t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_carried_units_support_every_task_where_the_document_says_the_first_listed_unit_leads():
    assert _roles(FIRST_LISTED) == [
        (["市营商办"], ["市发改委", "市数据局", "各区〔县、市〕政府", "开发园区管委会"]),
        (["市发改委"], ["市数据局", "各区〔县、市〕政府", "开发园区管委会"]),
        (["市经信局"], ["各区〔县、市〕政府", "开发园区管委会"]),
    ]


def test_without_a_stated_rule_carried_units_lead_beside_the_list_as_before():
    assert _roles(ALL_LEAD)[2] == (["市经信局", "各区〔县、市〕政府", "开发园区管委会"], [])


def test_a_note_of_what_later_tasks_involve_carries_the_full_names_its_short_forms_stand_for():
    assert _roles(INVOLVED) == [
        (["市数据局", "各县区人民政府", "市各功能区管委会"], []),
        (["市数据局", "各县区人民政府", "市各功能区管委会"], []),
        (["市工业和信息化局", "市数据局", "各县区人民政府", "市各功能区管委会"], []),
    ]


KEY_TASKS = """2016年重点工作任务
一、全面深化公立医院改革
（一）巩固县级医院改革。完善补偿机制。（卫生委、财政部负责，编办、发展改革委参与。排在第一位的部门为牵头部门，下同）
（二）落实政府责任。落实投入政策。（发展改革委、财政部分别负责）
（三）构建流通新秩序。规范流通。（商务部分别负责，人社部、卫生委参与）
"""


def test_under_a_first_listed_rule_only_the_first_unit_of_a_responsible_group_leads():
    assert _roles(KEY_TASKS) == [
        (["卫生委"], ["财政部", "编办", "发展改革委"]),
        (["发展改革委"], ["财政部"]),
        (["商务部"], ["人社部", "卫生委"]),
    ]


def test_fen_bie_before_the_duty_word_is_no_part_of_the_last_name():
    without_rule = KEY_TASKS.replace("。排在第一位的部门为牵头部门，下同", "")
    assert _roles(without_rule) == [
        (["卫生委", "财政部"], ["编办", "发展改革委"]),
        (["发展改革委", "财政部"], []),
        (["商务部"], ["人社部", "卫生委"]),
    ]


def test_an_bu_ze_fen_bie_before_the_role_word_is_no_part_of_a_name():
    from actiondesk.plans.reader.departments import parse_clause_rule

    assert parse_clause_rule("发展改革委、财政部按职责分别牵头，各地区负责")[:2] == (["发展改革委", "财政部"], ["各地区"])
    assert parse_clause_rule("民政部牵头，财政部、各地区按职责分别负责")[:2] == (["民政部"], ["财政部", "各地区"])
    assert parse_clause_rule("市场监管总局、民政部按职责分别负责")[:2] == (["市场监管总局", "民政部"], [])


LABELLED = """水污染防治攻坚战工作方案
1.开展黑臭水体整治。全面消除黑臭水体。
牵头单位：县市政中心
配合单位：县发改委、县水利局，各乡镇、街道，县产管委负责落实(以下均需各乡镇、街道，县产管委落实，不再列出）
2.建设污水处理设施。新建污水处理厂。
牵头单位：县市政中心
配合单位：县发改委
"""


def test_a_carried_note_printed_in_a_support_line_carries_its_units_as_supports_and_leaves_no_bracket_in_a_name():
    assert _roles(LABELLED) == [
        (["县市政中心"], ["县发改委", "县水利局", "各乡镇、街道", "县产管委"]),
        (["县市政中心"], ["县发改委", "各乡镇、街道", "县产管委"]),
    ]


def test_a_note_carrying_units_that_organise_the_work_carries_them_as_leads():
    text = """甲市培优行动方案
一、支持措施
（一）支持进阶上档。给予资金奖补。〔责任单位：市经济信息化局、市财政局，以下均需各县（市、区）人民政府，甲经开区管委会组织实施，不再列出〕
（二）支持技改创新。加大技改支持。〔责任单位：市发展改革委〕
"""
    assert _roles(text) == [
        (["市经济信息化局", "市财政局", "各县（市、区）人民政府", "甲经开区管委会"], []),
        (["市发展改革委", "各县（市、区）人民政府", "甲经开区管委会"], []),
    ]

"""Members of standing groups (branch k-reader53): a '成 员：' line whose members carry a note '（联络单位，name，phone）'
(the noted member leads only where the document's own rule says so), a quota tail '等单位各1人' that is neither a name
nor a goal, squads whose units stand inside a sentence '成员由X、Y等工作人员组成', and a count inside the name of a set
of rules ('消防知识21条'). Made-up plans."""

from actiondesk.plans.reader import read_text

_NOTICE_RULE = "为方便联系，各检查组联络单位负责牵头组织协调本组检查工作事宜。\n"

_INSPECTION = """某区2024年国庆节假日旅游专项检查方案
{rule}一、职责分工
（一）交通安全组
组 长：张 三
副 组 长：李四
成 员：区交通局（联络单位，王五，13900001111）、公安局交警大队、综合执法局执法队等单位各2人。
检查内容：
1.检查营运车辆资质；
2.查处非法营运行为。
（二）乡村民宿组
组 长：赵六
成 员：甲镇（联络单位，钱七，13900002222）、乙乡（联络单位，孙八13900003333）等属地乡镇、各自牵头组织开展辖区内检查。区消防大队、旅游局（产业科）等单位各派1人。
检查内容：
1.检查民宿消防设施。
二、工作要求
各成员单位要高度重视。
"""


def _tasks(text: str) -> dict:
    return {task["number"]: task for task in read_text(text)["tasks"]}


def test_the_liaison_member_leads_its_group_where_the_notice_says_liaison_units_lead():
    tasks = _tasks(_INSPECTION.format(rule=_NOTICE_RULE))
    assert tasks["（一）"]["title"] == "交通安全组"
    assert tasks["（一）"]["lead"] == ["区交通局"]
    assert tasks["（一）"]["support"] == ["公安局交警大队", "综合执法局执法队"]
    assert tasks["（一）"]["rule"] == "standing_group_liaison"


def test_without_the_notices_rule_every_member_leads_and_the_note_is_still_no_part_of_a_name():
    tasks = _tasks(_INSPECTION.format(rule=""))
    assert tasks["（一）"]["lead"] == ["区交通局", "公安局交警大队", "综合执法局执法队"]
    assert tasks["（一）"]["support"] == [] and tasks["（一）"]["rule"] == "standing_group"


def test_a_person_and_a_phone_in_a_note_are_no_part_of_a_units_name():
    for task in _tasks(_INSPECTION.format(rule="")).values():
        for name in task["lead"] + task["support"]:
            assert "联络单位" not in name and "139" not in name and "王五" not in name


def test_several_noted_members_all_lead_and_a_clause_among_the_members_is_no_member():
    group = _tasks(_INSPECTION.format(rule=_NOTICE_RULE))["（二）"]
    assert group["lead"] == ["甲镇", "乙乡"]  # '等属地乡镇' drops from the last noted name
    assert group["support"] == ["区消防大队", "旅游局（产业科）"]  # '各派1人' drops from the last name


def test_a_quota_of_people_each_member_sends_is_no_goal():
    reading = read_text(_INSPECTION.format(rule=_NOTICE_RULE))
    assert reading["targets"] == []


def test_a_note_naming_the_lead_unit_itself_needs_no_rule_of_the_notice():
    text = _INSPECTION.format(rule="").replace("（联络单位，王五，", "（牵头单位，王五，")
    assert _tasks(text)["（一）"]["lead"] == ["区交通局"]


_SQUADS = """某乡2024年火灾隐患排查整治工作方案
一、整治内容及分工安排
（一）火灾隐患排查整治工作
排查整治组下分三个整治小组：
1．人员密集场所排查整治小组。
组 长：人武部长
成员由派出所、消防办和综治办的工作人员及各村“两委”成员组成，负责对人员密集场所进行排查整治，并跟踪整改。对新办营业执照的场所要确保100%过消防关。
2．工厂企业排查整治小组。
组 长：分管安全生产副乡长
成员由安监站、消防办等工作人员组成，负责对工厂企业进行排查整治。
3．学校排查整治小组。
组长：党委宣传委员
由中心学校、中心幼儿园负责人、派出所等工作人员组成，负责对学校进行排查整治。
（二）宣传教育工作
加强消防知识21条和消防逃生知识的宣传。
二、工作要求
各村要高度重视。
"""


def test_a_squad_reads_the_units_inside_its_members_sentence_all_leading():
    tasks = _tasks(_SQUADS)
    assert tasks["1．"]["title"] == "人员密集场所排查整治小组"
    assert tasks["1．"]["lead"] == ["派出所", "消防办", "综治办", "各村“两委”成员"]
    assert tasks["1．"]["support"] == [] and tasks["1．"]["rule"] == "standing_group"
    assert tasks["2．"]["lead"] == ["安监站", "消防办"]


def test_a_squads_leader_line_names_a_post_and_the_staff_a_unit_sends_drops_from_its_name():
    tasks = _tasks(_SQUADS)
    # '组长：' unspaced, '由…组成' without 成员, '负责人' dropped from a name
    assert tasks["3．"]["lead"] == ["中心学校", "中心幼儿园", "派出所"]
    assert all("部长" not in name for task in tasks.values() for name in task["lead"])


def test_a_goal_after_the_squads_members_sentence_stays_a_goal():
    targets = read_text(_SQUADS)["targets"]
    assert [(target["value"], target["unit"]) for target in targets] == [(100, "%")]


def test_a_count_inside_the_name_of_a_set_of_rules_is_no_goal():
    reading = read_text("某乡宣传工作方案\n一、主要任务\n（一）加强消防知识21条和消防逃生知识的宣传。\n")
    assert reading["targets"] == []

"""Headings that name who is responsible over items that name no one. Where the items are numbered straight through
the groups ("（一）土地（牵头部门：X）" / "1.…" / "2.…" / "（二）纳税（牵头部门：Y）" / "3.…"), the numbers make them the
plan's own list: each item is a task with its heading's units, however many headings carry a clause (numbered afresh in
each group, the headings stay the tasks). A safeguards part whose heading names its leads ("六、…组织保障（牵头部门：
X、Y）") over numbered items without a clause hands them its units too: its items are tasks, not safeguards."""

from actiondesk.plans.reader import read_text

_HEAD = "某市优化营商环境任务清单\n\n一、全力打造政策环境\n"


def _tasks(items: str):
    return [(t["number"], t["title"], t["lead"], t["support"]) for t in read_text(_HEAD + items)["tasks"]]


_THROUGH = ("（一）土地（牵头部门：市自然资源局）\n"
            "1.推行标准地出让。全面推行工业用地标准地出让。\n"
            "2.优化用地审批。压缩用地审批环节。\n"
            "（二）纳税（牵头部门：市税务局；配合部门：市财政局）\n"
            "3.推进非接触式办税。拓展网上办税事项。\n"
            "4.优化退税服务。加快办理出口退税。\n")


def test_items_numbered_through_the_groups_are_the_tasks_with_their_headings_units():
    assert _tasks(_THROUGH) == [
        ("1", "推行标准地出让", ["市自然资源局"], []),
        ("2", "优化用地审批", ["市自然资源局"], []),
        ("3", "推进非接触式办税", ["市税务局"], ["市财政局"]),
        ("4", "优化退税服务", ["市税务局"], ["市财政局"]),
    ]


def test_items_numbered_afresh_in_each_group_leave_the_headings_the_tasks():
    items = _THROUGH.replace("3.推进", "1.推进").replace("4.优化", "2.优化")
    assert [(number, lead) for number, _, lead, _ in _tasks(items)] == [
        ("（一）", ["市自然资源局"]), ("（二）", ["市税务局"])]


def test_a_safeguards_part_whose_heading_names_its_leads_hands_them_to_its_items():
    items = ("1.推行标准地出让。全面推行工业用地标准地出让。（牵头部门：市自然资源局）\n"
             "2.优化用地审批。压缩用地审批环节。（牵头部门：市自然资源局）\n"
             "二、全力强化营商环境组织保障（牵头部门：市委办、市政府办）\n"
             "3.强化主体责任。各地区、各部门要将优化营商环境作为头号工程。\n"
             "4.强化督查考核。将优化营商环境纳入绩效评价。\n")
    assert _tasks(items)[2:] == [("3", "强化主体责任", ["市委办", "市政府办"], []),
                                 ("4", "强化督查考核", ["市委办", "市政府办"], [])]


def test_a_safeguards_part_without_a_clause_of_its_own_stays_safeguards():
    items = ("1.推行标准地出让。全面推行工业用地标准地出让。（牵头部门：市自然资源局）\n"
             "二、全力强化营商环境组织保障\n"
             "2.强化主体责任。各地区、各部门要将优化营商环境作为头号工程。\n")
    reading = read_text(_HEAD + items)
    assert [t["number"] for t in reading["tasks"]] == ["1"]
    assert reading["safeguards"] == ["强化主体责任"]


def test_items_numbered_through_groups_and_a_part_without_groups_are_all_tasks():
    items = (_THROUGH + "二、全力打造政务环境\n"
             "5.推进“高效办成一件事”。全年新增集成办事项10个。（责任单位：行政审批局）\n"
             "6.深化预算管理改革。（责任单位：财政局）\n")
    assert [(number, lead) for number, _, lead, _ in _tasks(items)] == [
        ("1", ["市自然资源局"]), ("2", ["市自然资源局"]), ("3", ["市税务局"]), ("4", ["市税务局"]),
        ("5", ["行政审批局"]), ("6", ["财政局"])]

"""Made-up annexed 分工表 in the layouts of yearly 工作要点 (k-reader27): measures numbered across the whole table under
序号 rows that span them, a note under the table that makes the first unit lead, and lists without row numbers whose
rows end with their schedule cell beside columns of officials."""

from actiondesk.plans.reader import read_text

HEAD = "某区2024年生态环境保护工作要点\n一、加强生态建设。全年推进各项工作。\n附件\n2024年某区生态环境保护工作要点分工表\n"

MEASURES = (
    "序号\n主要工作任务\n具体工作措施\n完成\n时限\n主要责任单位\n任务来源\n"
    "1\n推进生态建设\n1、成立生态建设领导小组\n3月\n区发改局\n区环保局\n"
    "1、某区2024年工作要点（某委〔2024〕1号）\n2、全省生态环境保护工作会议\n"
    "2、制定生态建设实施方案，并报省里\n6月\n区环保局\n"
    "3、组织各镇开展创建工作\n12月\n区环保局\n区发改局\n相关镇人民政府\n"
    "2\n整治畜禽养殖污染\n4、划定禁养区\n6月\n区农业局、区规划局\n某区2024年目标责任书\n"
    "5、关闭第一批养殖场\n全年\n相关镇人民政府\n区农业局\n"
)
NOTE = "注：主要责任单位第一个为牵头单位，其余为主要配合单位。\n某区管委会办公室\n2024年3月1日印发\n"


def _tasks(text: str) -> list[tuple]:
    return [
        (t["number"], t["title"], t["lead"], t["support"], t["group"])
        for t in read_text(HEAD + text)["tasks"]
    ]


def test_measures_numbered_across_the_table_are_one_task_each_under_their_group_row():
    tasks = _tasks(MEASURES)
    assert [(number, title, group) for number, title, _, _, group in tasks] == [
        ("1", "成立生态建设领导小组", "推进生态建设"),
        ("2", "制定生态建设实施方案，并报省里", "推进生态建设"),
        ("3", "组织各镇开展创建工作", "推进生态建设"),
        ("4", "划定禁养区", "整治畜禽养殖污染"),
        ("5", "关闭第一批养殖场", "整治畜禽养殖污染"),
    ]


def test_a_task_source_column_numbered_anew_in_each_group_is_neither_a_measure_nor_a_unit():
    tasks = _tasks(MEASURES)
    assert [(lead, support) for _, _, lead, support, _ in tasks] == [
        (["区发改局", "区环保局"], []),
        (["区环保局"], []),
        (["区环保局", "区发改局", "相关镇人民政府"], []),
        (["区农业局", "区规划局"], []),
        (["相关镇人民政府", "区农业局"], []),
    ]


def test_a_note_under_the_table_makes_the_first_unit_of_every_row_lead():
    reading = read_text(HEAD + MEASURES + NOTE)
    assert [(t["lead"], t["support"], t["rule"]) for t in reading["tasks"]] == [
        (["区发改局"], ["区环保局"], "table_measure+table_note_first"),
        (["区环保局"], [], "table_measure"),
        (["区环保局"], ["区发改局", "相关镇人民政府"], "table_measure+table_note_first"),
        (["区农业局"], ["区规划局"], "table_measure+table_note_first"),
        (["相关镇人民政府"], ["区农业局"], "table_measure+table_note_first"),
    ]
    assert "某区管委会办公室" not in {name for t in reading["tasks"] for name in t["lead"] + t["support"]}


def test_a_table_whose_rows_hold_one_measure_each_is_not_read_as_measures():
    one_each = (
        "序号\n主要工作任务\n具体工作措施\n完成时限\n牵头单位\n"
        "1\n推进生态建设\n1、成立生态建设领导小组\n3月\n区发改局\n"
        "2\n整治畜禽养殖污染\n2、划定禁养区\n6月\n区农业局\n"
    )
    assert all(rule != "table_measure" for rule in (t["rule"] for t in read_text(HEAD + one_each)["tasks"]))


OFFICIALS = (
    "类别\n项目内容\n责任领导\n责任处室\n责任人\n完成时限\n"
    "改 革 创 新\n试行企业自助登记系统\n张三\n许可处\n李四\n12月\n"
    "试点简易注销\n张三\n许可处\n李四\n3月\n"
    "现 场 会 议\n组织“应急处置”推演会\n王 五\n食品处\n赵六\n10月\n"
    "类别\n项目内容\n责任领导\n责任处室\n责任人\n完成时限\n"
    "强 化 监 管\n启用信用评价管理系统，开展分级管理\n张三\n王 五\n信用处\n药械处\n李四赵六\n6月\n"
)


def test_rows_without_numbers_end_with_their_schedule_cell_and_officials_are_no_units():
    tasks = _tasks(OFFICIALS)
    assert [(title, lead, support, group) for _, title, lead, support, group in tasks] == [
        ("试行企业自助登记系统", ["许可处"], [], "改革创新"),
        ("试点简易注销", ["许可处"], [], "改革创新"),
        ("组织“应急处置”推演会", ["食品处"], [], "现场会议"),
        ("启用信用评价管理系统，开展分级管理", ["信用处", "药械处"], [], "强化监管"),
    ]


def test_a_task_cell_written_over_two_lines_is_no_group_cell_and_keeps_both_lines():
    wrapped = (
        "类别\n项目内容\n责任领导\n责任处室\n责任人\n完成时限\n"
        "改 革 创 新\n试行企业自助登记系统\n张三\n许可处\n李四\n12月\n"
        "完善全程电子化登记改革，\n实现网络签章\n张三\n许可处\n李四\n6月\n"
    )
    assert [(title, group) for _, title, _, _, group in _tasks(wrapped)] == [
        ("试行企业自助登记系统", "改革创新"),
        ("完善全程电子化登记改革，实现网络签章", "改革创新"),
    ]


def test_rows_without_numbers_or_officials_still_end_with_their_schedule_cell():
    plain = (
        "类别\n项目内容\n责任处室\n完成时限\n"
        "改 革 创 新\n试行企业自助登记系统\n许可处\n12月\n试点简易注销\n许可处\n3月\n"
        "强 化 监 管\n启用信用评价管理系统\n信用处\n药械处\n6月\n"
    )
    assert [(title, lead, group) for _, title, lead, _, group in _tasks(plain)] == [
        ("试行企业自助登记系统", ["许可处"], "改革创新"),
        ("试点简易注销", ["许可处"], "改革创新"),
        ("启用信用评价管理系统", ["信用处", "药械处"], "强化监管"),
    ]


def test_a_measure_cell_written_over_two_lines_is_one_measure():
    wrapped = MEASURES.replace("2、制定生态建设实施方案，并报省里\n", "2、制定生态建设实施方案，\n并报省里\n")
    tasks = _tasks(wrapped)
    assert [number for number, *_ in tasks] == ["1", "2", "3", "4", "5"]
    assert read_text(HEAD + wrapped)["tasks"][1]["text"] == "制定生态建设实施方案，并报省里"

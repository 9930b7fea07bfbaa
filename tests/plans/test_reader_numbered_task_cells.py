"""An annexed task table without a 序号 column whose rows print their number at the head of the task cell
("工作任务 / 牵头单位 / 责任单位 / 工作要求": "1.推进政策公开" / units / a requirement), some 牵头 cells empty."""

from actiondesk.plans.reader import read_text

TABLE = (
    "某区政务公开工作主要任务分解表\n"
    "工作任务\n牵头单位\n责任单位\n工 作 要 求\n"
    "一、加强公开解读\n（一）推进决策公开\n"
    "1.推进政策执行公开透明\n区直有关单位，各乡镇人民政府\n制定出台涉及公共利益的政策文件，要对公开相关信息作出明确规定。\n"
    "2.做好权责清单公开工作\n区审批局\n区直有关单位，各乡镇人民政府\n全面完成权责清单融合工作，均应及时向社会公开。\n"
    "工作任务\n牵头单位\n责任单位\n工 作 要 求\n"
    "（二）加强政策解读\n"
    "3.落实第一解读人职责\n区宣传部、网信办\n区直有关单位\n各单位主要领导每年至少1次通过在线访谈解读重大政策。\n"
    "6.贯彻落实信息公开条例\n区办公室\n区直有关单位，各乡镇人民政府\n出台后各级各部门要调整完善相关配套措施。\n"
)


def _rows(text):
    return [(t["number"], t["title"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_rows_numbered_in_their_task_cell_are_read_with_their_units():
    assert _rows(TABLE) == [
        ("1", "推进政策执行公开透明", ["区直有关单位", "各乡镇人民政府"], []),
        ("2", "做好权责清单公开工作", ["区审批局"], ["区直有关单位", "各乡镇人民政府"]),
        ("3", "落实第一解读人职责", ["区宣传部", "网信办"], ["区直有关单位"]),
        ("6", "贯彻落实信息公开条例", ["区办公室"], ["区直有关单位", "各乡镇人民政府"]),
    ]


def test_a_figure_in_the_requirement_cell_is_the_rows_target():
    targets = read_text(TABLE)["targets"]
    assert [(t["value"], t["unit"], t["task"]) for t in targets] == [(1, "次", "3")]


def test_a_numbered_group_cell_over_a_task_sentence_is_no_row():
    text = (
        "某区消防工作任务清单\n类别\n项目\n主要任务\n牵头单位\n配合单位\n"
        "一、做好政策保障\n1.做好规划配套\n编制消防专项规划，明确消防站点布局。\n区应急局\n区规划局\n"
        "2.完善经费保障\n将消防经费纳入财政预算，逐年加大投入。\n区财政局\n区应急局\n"
    )
    assert [(t["lead"], t["support"]) for t in read_text(text)["tasks"]] == [
        (["区应急局"], ["区规划局"]),
        (["区财政局"], ["区应急局"]),
    ]

"""Names in label lines and in a 考核指标任务分解表 one cell a line (一级指标 / 二级指标 / 序号 / 三级指标 / 考核标准 /
评价方法 / 责任单位) (made-up documents): a note sending the reader to an annex is no part of a name, and a 评价方法 cell
right before a unit cell is not run into the unit's name, in a row's first item or in its later ones."""

from actiondesk.plans.reader import read_text

BODY = (
    "乙镇2023年城乡建设实施方案\n一、重点任务\n（一）生态工程\n"
    "1.推进公园建设。配合区交通局，推进东山公园建设。\n"
    "牵头处室：资源处、建设处（详见附件1）；\n配合部门：相关村居。\n"
    "2.推进绿道建设。配合区交通局，推进绿道建设。\n"
    "牵头处室：建设处（见附件2）。\n"
)
TABLE = (
    "附件2\n2023年城乡建设考核指标任务分解表\n一级指标\n二级指标\n序号\n三级指标\n考核标准\n评价方法\n责任单位\n"
    "一、城市更新工程\n1.城市照明\n"
    "1\n路灯改造\n完成年度路灯改造任务。\n现场调研查阅资料\n交通建设局\n"
    "2\n杆线整治\n*1.废旧电杆拆除部分，由省电力公司提供考核结果；\n现场调研查阅资料\n供电公司\n"
    "*2.通信杆塔改造部分，由省通信管理局提供考核结果。\n现场调研查阅资料\n通管办\n"
    "3\n井盖整治\n完成窨井盖普查建档。\n现场调研查阅资料\n城乡交建中心\n"
)


def _read():
    return read_text(BODY + TABLE)


def test_a_note_sending_to_an_annex_is_no_part_of_the_name_before_it():
    tasks = {t["title"]: t for t in _read()["tasks"]}
    assert tasks["推进公园建设"]["lead"] == ["资源处", "建设处"]
    assert tasks["推进绿道建设"]["lead"] == ["建设处"]


def test_an_assessment_method_cell_is_not_run_into_the_unit_after_it():
    leads = [t["lead"] for t in _read()["tasks"] if t["title"].startswith(("杆线整治", "路灯改造", "井盖整治"))]
    assert leads == [["交通建设局"], ["供电公司"], ["通管办"], ["城乡交建中心"]]


def test_a_later_item_of_a_row_with_a_method_cell_is_a_task_of_its_own():
    rows = [t for t in _read()["tasks"] if t["title"].startswith("杆线整治")]
    assert [t["number"] for t in rows] == ["2-1", "2-2"] and rows[1]["lead"] == ["通管办"]


STARRED = TABLE + (
    "4\n安置房建设\n*1.9月底前列入计划的项目按时开工；\n现场调研查阅资料\n交通建设局\n"
    "2.完成年度工作任务；\n城乡交建中心\n*3.城市可渗透面积比例达到25%。\n资源生态局\n"
)


def test_items_marked_with_a_star_or_opening_with_a_month_are_items_of_the_row():
    rows = [t for t in read_text(BODY + STARRED)["tasks"] if t["number"].startswith("4")]
    assert [(t["title"], t["lead"]) for t in rows] == [
        ("安置房建设", ["交通建设局"]), ("安置房建设", ["城乡交建中心"]), ("安置房建设", ["资源生态局"])]


HEADED = TABLE + (
    "二、典型样板\n4.新区建设样板\n"
    "4\n样板建设情况\n完成各类典型样板年度计划的项目建设。\n专家推荐\n海坛片区管理局\n"
    "5.生态廊道样板\n5\n资源生态局\n"
    "6.主干道整治样板\n6\n城乡交建中心\n"
)


def test_rows_under_one_spanning_cell_each_under_a_heading_of_its_own_are_named_by_their_headings():
    rows = [t for t in read_text(BODY + HEADED)["tasks"] if t["number"] in ("4", "5", "6")]
    assert [(t["title"], t["lead"]) for t in rows] == [
        ("新区建设样板", ["海坛片区管理局"]), ("生态廊道样板", ["资源生态局"]), ("主干道整治样板", ["城乡交建中心"])]
    assert rows[1]["text"] == rows[0]["text"]  # the spanning cell is the words they share


SCORED = TABLE + (
    "二、组织保障\n4.宣传发动\n"
    "4\n在主流媒体宣传\n在省级主流媒体宣传报道5次及以上。\n查阅资料\n区建设局\n"
    "三、奖励加分项\n5.获得表彰\n"
    "5\n获得国家级表彰\n在全国会议上作典型经验交流的1项及以上。\n查阅资料\n区建设局\n"
)


def test_a_bonus_rows_figures_say_what_earns_points_and_are_no_goals_of_the_plan():
    reading = read_text(BODY + SCORED)
    assert [t["lead"] for t in reading["tasks"] if t["number"] == "5"] == [["区建设局"]]
    targets = {(t["value"], t["unit"]) for t in reading["targets"]}
    assert (5, "次") in targets and (1, "项") not in targets

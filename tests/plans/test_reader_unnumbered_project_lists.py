"""An annexed project list without a 序号 column, one cell a line (项目类别 / 项目名称 / 建设内容及规模 / 建设年限 /
总投资 / 年度工作计划 over 计划投资 and 计划形象进度 / 牵头处室（牵头部门） / 责任部门（建设单位）), empty cells left out
(made-up documents): every project is a task titled by its name cell, and a bracketed body in a unit cell is a unit of
that column where the column's label carries a bracketed note."""

from actiondesk.plans.reader import read_text

BODY = (
    "乙镇2023年城乡建设实施方案\n一、重点任务\n1.推进道路建设。配合区交通局，推进东环路建设。\n"
    "牵头处室：建设处；\n配合部门：相关联合党委及村居。\n"
)
HEADER = (
    "附件1\n2023年乙镇城乡建设项目任务清单表\n项目类别\n项目名称\n建设内容及规模\n建设\n年限\n总投资（万元）\n"
    "2023年工作计划\n牵头处室 （ 牵头部门）\n责任部门 （建设单位）\n计划投资（万元）\n计划形象进度\n"
)
ROWS = (
    "一、道路工程\n"
    "城市道路建设\n"
    "东环路\n项目全长约800m，城市次干路，双向4车道。\n2022-2024\n5000\n2000\n基本完工\n"
    "建设处\n（区交通局）\n区城投集团 （区路桥公司）\n"
    "西环路\n项目全长约600m。\n2023\n300\n300\n完工\n"
    "建设处 （区交通局）\n/\n"
    "二、乡村工程\n"
    "美丽乡村\n"
    "庭院整治\n完成庭院整治50户。\n2023\n/\n/\n完成\n"
    "党群处 （区妇联）\n东山联合党委及东山村、\n西山村\n"
    "村道硬化\n工程包含4条村道，项目建设总里程12公里。2023年完成硬化村道3公里。\n2023\n200\n200\n"
    "建设处\n相关联合党委\n及村居 （区交建公司）\n"
    "附件2\n考核办法（略）\n"
)


def _read():
    return read_text(BODY + HEADER + ROWS)


def _projects(reading):
    return [t for t in reading["tasks"] if t["rule"].endswith("+project_rows")]


def test_every_project_of_an_unnumbered_list_is_a_task_titled_by_its_name_cell():
    titles = [t["title"] for t in _projects(_read())]
    assert titles == ["东环路", "西环路", "庭院整治", "村道硬化"]


def test_a_bracketed_body_under_a_label_with_a_bracketed_note_is_a_unit_of_that_column():
    east, west, *_ = _projects(_read())
    assert east["lead"] == ["建设处", "区交通局"]
    assert east["support"] == ["区城投集团", "区路桥公司"]
    assert west["lead"] == ["建设处", "区交通局"] and west["support"] == []


def test_a_unit_cell_over_several_lines_keeps_its_villages_and_communities():
    *_, yard, road = _projects(_read())
    assert yard["lead"] == ["党群处", "区妇联"]
    assert yard["support"] == ["东山联合党委", "东山村", "西山村"]
    assert road["lead"] == ["建设处"]  # no progress cell printed, no bracket in the lead cell
    assert road["support"] == ["相关联合党委", "村居", "区交建公司"]


def test_the_category_and_section_cells_group_the_projects_and_are_no_tasks():
    projects = _projects(_read())
    assert [t["group"] for t in projects] == ["城市道路建设", "城市道路建设", "美丽乡村", "美丽乡村"]
    titles = [t["title"] for t in _read()["tasks"]]
    assert "城市道路建设" not in titles and "道路工程" not in titles


def test_the_progress_cell_and_the_content_sentences_that_commit_to_a_result_state_the_projects_goals():
    targets = {(t["value"], t["unit"]) for t in _read()["targets"]}
    assert (50, "户") in targets and (3, "公里") in targets


def test_a_content_sentence_describing_the_project_states_no_goal():
    targets = {(t["value"], t["unit"]) for t in _read()["targets"]}
    assert (12, "公里") not in targets and (4, "条") not in targets


def test_a_label_without_a_bracketed_note_keeps_a_bracketed_body_with_its_name():
    text = BODY + HEADER.replace("牵头处室 （ 牵头部门）", "牵头处室").replace("责任部门 （建设单位）", "责任部门") + ROWS
    east = _projects(read_text(text))[0]
    assert east["support"] == ["区城投集团（区路桥公司）"]


def test_a_content_cell_over_two_lines_leaves_the_name_cell_above_it():
    rows = ROWS.replace("项目全长约800m，城市次干路，双向4车道。", "项目全长约800m，城市次干路，\n双向4车道。")
    east = _projects(read_text(BODY + HEADER + rows))[0]
    assert (east["title"], east["group"], east["lead"]) == ("东环路", "城市道路建设", ["建设处", "区交通局"])


def test_a_slash_under_the_lead_column_names_no_lead():
    rows = ROWS.replace("完工\n建设处 （区交通局）\n/\n", "完工\n/\n区城投集团\n")
    west = _projects(read_text(BODY + HEADER + rows))[1]
    assert (west["lead"], west["support"]) == ([], ["区城投集团"])

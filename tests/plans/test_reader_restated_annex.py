"""An annexed task table whose rows restate the body's paragraphs (made-up documents): both readings stay, as the
corpus reads a commitment stated twice twice; the annex's rows are tasks of their own, numbered by the table."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.table_cells import split_row

RESTATED = (
    "甲市关于推进乙建设的指导意见\n"
    "一、主要任务\n"
    "（一）重点安排\n"
    "1．重点区域\n"
    "以丙带推动主城区开放融合。加强社区公园建设。（责任部门：相关区政府、市绿化局）\n"
    "以丁公园引领新城品质提升。打造高品质公园。（责任部门：甲区、乙区、丙区政府，新片区管委会）\n"
    "2．重大项目\n"
    "积极推进环城公园带建设。新增35处公园。（责任部门：市规划局）\n"
    "附表\n"
    "重点安排表\n"
    "任务编号\n分项任务\n工作任务\n主要部门\n"
    "1\n重点区域\n以丙带推动主城区开放融合\n相关区政府、市绿化局\n"
    "2\n以丁公园引领新城品质提升\n甲区、乙区、丙区政府，\n新片区管委会\n"
    "3\n重大项目\n积极推进环城公园带建设\n市规划局\n"
)


def test_an_annexed_table_numbered_by_task_and_naming_main_departments_restates_the_body_as_tasks_of_its_own():
    tasks = read_text(RESTATED)["tasks"]
    annex = [(t["number"], t["title"], t["lead"], t["rule"]) for t in tasks if t["rule"] == "table"]
    assert annex == [
        ("1", "以丙带推动主城区开放融合", ["相关区政府", "市绿化局"], "table"),
        ("2", "以丁公园引领新城品质提升", ["甲区", "乙区", "丙区政府", "新片区管委会"], "table"),
        ("3", "积极推进环城公园带建设", ["市规划局"], "table")]
    assert len(tasks) == 6  # the three body paragraphs keep their own reading


def test_a_sub_field_cell_printed_only_in_the_first_row_of_its_rows_names_the_group_of_them_all_not_the_title():
    annex = [t for t in read_text(RESTATED)["tasks"] if t["rule"] == "table"]
    assert [(t["group"], t["title"]) for t in annex] == [
        ("重点区域", "以丙带推动主城区开放融合"), ("重点区域", "以丁公园引领新城品质提升"),
        ("重大项目", "积极推进环城公园带建设")]


def test_a_unit_cell_wrapped_after_a_comma_keeps_its_first_line_of_places_sharing_one_government():
    assert split_row(["以丁公园引领", "甲区、乙区、丙区政府，", "新片区管委会"], 2) == (
        ["以丁公园引领"], ["甲区", "乙区", "丙区政府", "新片区管委会"], [])
    # A work cell ending in a comma is no unit line.
    assert split_row(["推进甲工作，", "市规划局"], 1) == (["推进甲工作，"], ["市规划局"], [])


def test_catch_alls_after_a_named_division_under_a_division_column_and_a_support_column_support():
    # k-reader35: "责任处室" and "配合单位" side by side, one name a line: the catch-alls after the named 处 are the
    # 配合单位 cell's (they support), not more lines of the lead cell; two named 处 before them both lead.
    text = (
        "一、主要任务\n（一）开展排查。全面排查。（旅游处牵头，各联合党委配合）\n二、工作要求\n加强领导。\n"
        "附件\n整治任务分工表\n工作任务\n责任处室\n配合单位\n完成时限\n"
        "（1）开展排查，全面排查景区设施。\n旅游处\n社会事业处\n各联合党委\n各包村工作大队\n2021年5月底前\n"
        "（2）加强巡查，重点时段巡查。\n综治处\n各联合党委\n各包村工作大队\n2021年6月底前\n"
        "（3）强化宣传，发放提示。\n宣传处\n建设处\n2021年6月底前\n"
    )
    rows = [(t["number"], t["lead"], t["support"]) for t in read_text(text)["tasks"] if t["rule"] == "annex_table"]
    assert rows == [
        ("（1）", ["旅游处", "社会事业处"], ["各联合党委", "各包村工作大队"]),
        ("（2）", ["综治处"], ["各联合党委", "各包村工作大队"]),
        ("（3）", ["宣传处"], ["建设处"]),
    ]

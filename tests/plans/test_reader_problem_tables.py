"""A problem table ("存在问题 / 整改目标和措施 / 责任单位") printed one cell per line, without row numbers: a problem cell
spanning the rows that answer it, printed once before them; unit cells 'X牵头，Y、Z' (no role word after the comma)."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.spanned_rows import worded_cell
from actiondesk.plans.reader.targets import find_targets

TABLE = (
    "某区整改任务分解表\n"
    "存在问题\n整改目标和措施\n责任单位\n"
    "投资增长动力不足\n出台扩大有效投资的实施意见，谋划实施一批项目。\n区经发局牵头，区交建局、环土局\n"
    "推广PPP等建设运营模式，调动社会投资主体积极性。\n区财金局、经发局牵头\n"
    "产业结构不够优，龙头企业偏少\n实施企业技术改造专项行动，完成技改投资48亿元。\n区经发局牵头，区财金局\n"
    "办事难\n清理公共服务事项前置条件，精简申办材料。\n区社会事业局（医改办）牵头，区财金局\n"
)


def _rows(text):
    return [(t["title"], t["group"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_each_measure_of_a_problem_table_is_a_task_of_its_problem():
    assert _rows(TABLE) == [
        (
            "出台扩大有效投资的实施意见，谋划实施一批项目",
            "投资增长动力不足",
            ["区经发局"],
            ["区交建局", "环土局"],
        ),
        ("推广PPP等建设运营模式，调动社会投资主体积极性", "投资增长动力不足", ["区财金局", "经发局"], []),
        (
            "实施企业技术改造专项行动，完成技改投资48亿元",
            "产业结构不够优，龙头企业偏少",
            ["区经发局"],
            ["区财金局"],
        ),
        ("清理公共服务事项前置条件，精简申办材料", "办事难", ["区社会事业局（医改办）"], ["区财金局"]),
    ]


def test_a_figure_of_a_measure_cell_is_a_target():
    assert [(t["value"], t["unit"]) for t in read_text(TABLE)["targets"]] == [(48, "亿元")]


def test_names_after_the_lead_group_of_a_unit_cell_support_it():
    assert worded_cell("区经发局牵头，区交建局、环土局") == (
        ["区经发局"],
        ["区交建局", "环土局"],
        "lead_then_names",
    )
    assert worded_cell("区经发局牵头，区直有关单位") == (["区经发局"], ["区直有关单位"], "lead_then_names")


def test_a_lead_group_before_words_that_are_no_units_is_no_wording():
    assert worded_cell("区经发局牵头，加快推进项目建设") is None


def test_a_coverage_for_the_places_counted_after_dui_is_the_goal():
    found = find_targets("三级综合性医院对58个公立医院改革试点县的县级综合医院对口支援全覆盖。")
    assert [(t["value"], t["unit"], t["rule"]) for t in found] == [(100, "%", "coverage")]
    assert [(t["value"], t["unit"]) for t in find_targets("对全区1918个垃圾箱房进行升级改造。")] == [
        (1918, "个")
    ]


def test_the_articles_of_a_named_text_put_into_effect_are_no_target():
    found = find_targets(
        "实施智能制造专项行动，落实加快发展智能制造九条措施，组织省级智能制造重点项目100项。"
    )
    assert [(t["value"], t["unit"]) for t in found] == [(100, "项")]
    assert [(t["value"], t["unit"]) for t in find_targets("实施1条以上主要街道治理。")] == [(1, "条")]

"""Styles of k-reader49: an annexed 任务完成计划表 split one cell a line whose rows print no number, short task cells
and short 责任部门 cells ('区局' / '分局') followed by a schedule cell; rates per year; a space between a figure and its
unit; a fall to a figure read as a cap; counts of the plan's own parts. Invented text in the style."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.targets import find_targets

BODY = (
    "某区2019年餐饮监管工作方案\n一、工作目标\n提升餐饮食品安全水平。\n二、工作任务\n（一）加强日常监管。\n"
)
TABLE = (
    "附件\n2019年餐饮监管工作任务完成计划表\n项 目\n工 作 任 务\n责任部门\n工作进度\n"
    "日常监管\n按照属地管理原则，实施分区监管，明确监管责任人。\n区局\n分局\n全年\n"
    "开展飞行检查12家次\n区局\n全年\n"
    "学校食品安全\n与幼儿园签订责任书达100%\n区局\n6月前\n"
    "专项治理\n节假日期间食品安全专项整治\n区局\n分局\n重大节日\n"
    "对执法人员开展2次业务培训\n区局\n适时\n"
)


def test_short_task_cells_above_unit_cells_are_rows_though_a_schedule_cell_closes_each_row():
    tasks = [t for t in read_text(BODY + TABLE)["tasks"] if t["rule"].startswith("annex_table")]
    assert [(t["text"], t["lead"]) for t in tasks] == [
        ("按照属地管理原则，实施分区监管，明确监管责任人。", ["区局", "分局"]),
        ("开展飞行检查12家次", ["区局"]),
        ("与幼儿园签订责任书达100%", ["区局"]),
        ("节假日期间食品安全专项整治", ["区局", "分局"]),
        ("对执法人员开展2次业务培训", ["区局"]),
    ]


def test_the_cell_right_after_a_rows_unit_cells_is_its_schedule_not_the_next_rows_name():
    tasks = [t for t in read_text(BODY + TABLE)["tasks"] if t["rule"].startswith("annex_table")]
    assert tasks[-1]["title"] == "对执法人员开展2次业务培训"
    assert tasks[0]["title"] == "日常监管"  # a name cell after the row above's schedule still names its row


def _found(text: str) -> list:
    return [(t["text"], t["value"], t["unit"], t["comparator"]) for t in find_targets(text)]


def test_a_frequency_written_as_a_rate_per_year_keeps_its_denominator():
    assert _found("对500人以上就餐的幼儿园食堂至少3次/年，其余单位至少1次/年。") == [
        ("对500人以上就餐的幼儿园食堂至少3次/年", 3, "次/年", ">="),
        ("其余单位至少1次/年", 1, "次/年", ">="),
    ]


def test_a_figure_and_its_unit_are_read_across_one_space_as_pdf_texts_print_them():
    assert _found("覆盖率达到100%，其中A级达到 2 %以上。") == [
        ("覆盖率达到100%", 100, "%", ">="),
        ("其中A级达到 2 %以上", 2, "%", ">="),
    ]
    assert [(value, unit) for _, value, unit, _ in _found("落实“十三五”期间8.50 万亩耕地保护任务。")] == [
        (8.5, "万亩")
    ]
    assert [(value, unit) for _, value, unit, _ in _found("在山区布设 3 套自动监测站。")] == [(3, "套")]


def test_a_score_before_a_word_opening_with_a_units_character_is_no_spaced_figure():
    assert _found("1 组织领导 6 组织领导 积极配合开展工作。") == []
    assert _found("4 支持配合工作情况 4 协同配合工作") == []


def test_the_length_of_a_named_works_describes_it_though_its_name_holds_verbs():
    assert _found("滨海步道整治提升工程长约2.6 公里，占地面积约26000平方米。") == []
    assert _found("堤岸加固工程全长约1.5公里。") == []
    assert [(value, unit) for _, value, unit, _ in _found("新建滨海步道5公里。")] == [(5, "公里")]


def test_a_level_brought_down_to_a_figure_is_a_cap():
    assert _found("力争城镇居民恩格尔系数稳步下降至28%。") == [
        ("力争城镇居民恩格尔系数稳步下降至28%", 28, "%", "<=")
    ]
    assert _found("全区细颗粒物平均浓度降至33微克/立方米。")[0][1:] == (33, "微克/立方米", "<=")
    assert _found("城镇调查失业率降低到5%以内。")[0][1:] == (5, "%", "<=")


def test_counts_of_the_plans_own_parts_are_no_goals():
    assert _found("通过开展五项主题活动，提升群众满意度。") == []
    assert _found("区防汛防台指挥部下设一办六组。") == []
    assert _found("领导小组下设4个专项工作组。") == []
    assert _found("年内开展五项主题活动。")[0][1:3] == (5, "项")


def test_one_of_a_thing_after_its_noun_closing_a_clause_of_work_counts():
    assert _found("每名村干部撰写调研报告一篇。") == [("每名村干部撰写调研报告一篇", 1, "篇", ">=")]
    assert _found("每个片区新建监测井一口。")[0][1:3] == (1, "口")
    assert _found("发现一处，整改一处。") == []
    assert _found("推动工作迈上一个新台阶。") == []


def test_inspections_counted_in_jiaci_keep_their_unit():
    assert _found("开展“双随机”飞行检查12家次。")[0][1:3] == (12, "家次")

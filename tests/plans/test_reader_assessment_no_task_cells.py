"""A province's 考核指标任务分解表 passed down to a district, one cell a line (序号 / 考核指标 / 分值 / 考核标准 / 责任单位;
made-up documents): sub-rows per 考核标准 item, short unit names, "无任务" where the district has nothing to do, two
names run together, and bonus and deduction rows whose score prints the next row's number."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import split_names

HEAD = (
    "丁片区城乡建设品质提升考核工作方案\n一、工作目标\n全面完成省考核指标任务。\n二、工作措施\n"
    "（一）压实责任。各责任单位对照考核指标抓好落实。（责任单位：综合办）\n附件\n"
    "省城乡建设品质提升考核指标任务分解表\n序号\n考核指标\n分值\n考核标准\n责任单位\n"
)
ROWS = (
    "1\n城市更新\n10\n1.完成老旧小区改造任务，未完成的扣2分。\n城市提升办\n"
    "2.完成背街小巷整治任务，每少1条扣0.5分。\n城市提升办农村提升办\n3.建立城市体检工作机制的，得1分。\n规划处\n"
    "2\n农村生活污水治理\n8\n1.完成农村生活污水治理任务的，得4分。\n农村提升办\n2.建成省级示范村的，得4分。\n无任务\n"
    "3\n历史文化保护\n6\n1.完成历史建筑测绘建档的，得3分。\n无任务\n2.开展传统村落保护的，得3分。\n农村提升办\n"
    "4\n园林绿化\n4\n完成年度绿化任务的，得4分。\n无任务\n"
    "5\n加分项\n5\n获得国家级表彰的，加2分。\n城市提升办\n"
    "6\n扣分项\n-10\n发生重大安全事故的，扣5分。\n建设管理处\n"
)


def _rows(text: str = HEAD + ROWS):
    return [(t["title"], t["lead"]) for t in read_text(text)["tasks"] if t["rule"].startswith("table")]


def test_an_item_whose_unit_cell_says_no_task_is_no_task_and_the_items_beside_it_still_read():
    rows = _rows()
    assert rows[3][0].startswith("农村生活污水治理") and "示范村" not in rows[3][0]
    assert rows[3][1] == ["农村提升办"]
    assert (
        rows[4][0].startswith("历史文化保护")
        and "测绘建档" not in rows[4][0]
        and rows[4][1] == ["农村提升办"]
    )


def test_a_row_whose_only_unit_cell_says_no_task_is_dropped_and_lends_no_units_below():
    rows = _rows()
    assert not any(title.startswith("园林绿化") for title, _ in rows)
    assert len(rows) == 7


def test_bonus_and_deduction_rows_are_read_though_a_score_prints_the_next_rows_number():
    rows = _rows()
    assert rows[5][0].startswith("加分项") and rows[5][1] == ["城市提升办"]
    assert rows[6][0].startswith("扣分项") and rows[6][1] == ["建设管理处"]


def test_two_short_names_of_one_kind_run_together_are_two_units():
    rows = _rows()
    assert rows[1] == ("城市更新", ["城市提升办", "农村提升办"])
    assert split_names("区委办公室区府办公室") == ["区委办公室", "区府办公室"]
    # a company and its branch, or a body's own division, stay one name
    assert split_names("甲省电信股份有限公司乙市分公司") == ["甲省电信股份有限公司乙市分公司"]
    assert split_names("区市场监管局区域协调处") == ["区市场监管局区域协调处"]


def test_without_a_score_column_a_figure_equal_to_the_next_number_still_opens_the_next_row():
    text = HEAD.replace("分值\n", "") + (
        "1\n城市更新\n1.完成老旧小区改造任务。\n城市提升办\n2\n农村污水治理\n1.完成治理任务。\n农村提升办\n"
    )
    assert [lead for _, lead in _rows(text)] == [["城市提升办"], ["农村提升办"]]

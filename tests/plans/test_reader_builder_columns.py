"""A task table whose 建设主体 column (the hospitals and firms that build each row's dataset) stands before its 责任单位
column: the 责任单位 cell is the row's lead and the builder's names are neither the row's units nor its words; a 领域 cell
printed in a group's first row only ("医疗健康（牵头单位：省卫生健康委）") leaves the 名称 cell the row's title. And
"数据集约900TB" is a dataset of about 900 TB (数据集 + 约), not 集约."""

from actiondesk.plans.reader import read_text
from tests.plans.reading import figures

_HEADER = ["序号", "领域", "数据集名称", "建设主体", "简要描述", "应用场景", "责任单位", "拟投入运营时间"]
_ROWS = [
    ["1", "医疗健康（牵头单位：省卫生健康委）", "临床诊疗数据集", "省卫生健康信息中心", "归集治理门诊、住院等临床诊疗数据。",
     "用于大模型训练。", "省卫生健康委", "2025年12月"],
    ["2", "门诊数据集", "杭州市中医院", "归集治理门诊数据。", "用于AI诊断模型。", "杭州市卫生健康委", "2025年12月"],
    ["3", "交通运输（牵头单位：省交通运输厅）", "高速公路数据集", "浙江沪杭甬高速公路股份有限公司", "归集高速公路事件数据。",
     "用于交通管理。", "省交通集团", "2025年12月"],
]
_PLAN = ("某省数据集建设行动方案\n\n一、重点任务\n（一）推进数据集建设。（牵头单位：省数据局）\n附件\n数据集建设重点任务清单\n"
         + "\n".join(_HEADER + [cell for row in _ROWS for cell in row]) + "\n")


def test_the_unit_column_after_a_builder_column_leads_each_row():
    rows = [(t["number"], t["title"], t["lead"]) for t in read_text(_PLAN)["tasks"][1:]]
    assert rows == [("1", "临床诊疗数据集", ["省卫生健康委"]), ("2", "门诊数据集", ["杭州市卫生健康委"]),
                    ("3", "高速公路数据集", ["省交通集团"])]


def test_a_builders_name_is_no_part_of_the_rows_words():
    assert all("杭州市中医院" not in t["text"] for t in read_text(_PLAN)["tasks"])


def test_a_dataset_of_about_a_size_is_about_it():
    assert figures("形成城市图像数据集约900TB。") == [(900, "TB", "≈")]

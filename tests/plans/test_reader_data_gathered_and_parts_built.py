"""Data a plan gathers and sources it joins are goals ("累计收集150万例…数据", "接入全省120多家4A级景区"), and so are the parts
of what it builds listed after 包括 ("建设一批…数据集，包括文本数据20TB以上、图像数据25TB以上") — where a list after 包括 of what
there is today stays no goal ("本区移交设施包括：排水管道562公里")."""

import pytest

from tests.plans.reading import figures


@pytest.mark.parametrize("sentence, expected", [
    ("累计收集150万例人工智能宫颈癌筛查数据。", [(150, "万例", ">=")]),
    ("接入全省120多家4A级景区的数据。", [(120, "家", ">=")]),
    ("建设一批多模态行业高质量数据集，包括文本数据20TB以上、图像数据25TB以上。", [(20, "TB", ">="), (25, "TB", ">=")]),
])
def test_data_gathered_sources_joined_and_parts_built_are_goals(sentence, expected):
    assert figures(sentence) == expected


def test_a_list_of_what_there_is_today_is_no_goal():
    assert figures("本区移交设施包括：排水管道562公里。") == []

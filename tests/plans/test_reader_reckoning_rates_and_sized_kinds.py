"""Two settings that are no goals: the rate a sum is reckoned at, capped ("对…单个项目按照不超过项目设备（含软件）投资额的10%，
…给予最高2000万元支持"), and a sum bounded before the kind of case it sizes ("对…总投资1000万元以下项目，合并编制…") — where
the count of such cases stays a goal ("新开工1亿元以上项目15个", "力争撬动…资本投入20亿元以上参与水利项目建设")."""

import pytest

from tests.plans.reading import figures


@pytest.mark.parametrize("sentence", [
    "对引进和购置设备实施产线升级类单个项目按照不超过项目设备（含软件）投资额的10%，对智改数转类单个项目按照不超过项目设备"
    "（含软件）投资额的20%，对节能环保降碳和安全生产类单个项目按照不超过项目固定资产（含软件）投资额的15%，给予最高2000万元支持。",
    "对建设内容单一、技术方案简单、总投资1000万元以下项目，合并编制审批项目可行性研究报告和初步设计概算。",
])
def test_a_capped_reckoning_rate_and_a_sum_that_sizes_a_kind_are_no_goals(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("新开工1亿元以上项目15个。", [(15, "个", ">=")]),
    ("力争撬动金融和社会资本投入20亿元以上参与水利项目建设。", [(20, "亿元", ">=")]),
])
def test_counts_of_sized_cases_and_sums_of_work_stay_goals(sentence, expected):
    assert figures(sentence) == expected

"""A ratio printed without a measure word after its indicator reads with the indicator's noun as its unit, also when the
indicator's Latin abbreviation and a modal verb stand between ("电能利用效率（PUE）应低于1.25")."""

from tests.plans.reading import figures as _read


def test_an_efficiency_ratio_capped_after_its_bracketed_abbreviation_is_a_target():
    assert _read("新建数据中心能源利用效率（PUE）不高于1.3。") == [(1.3, "效率", "<=")]
    assert _read("新建数据中心电能利用效率（PUE）应低于1.25。") == [(1.25, "效率", "<")]
    assert _read("新建大型数据中心电能利用效率(PUE)降低至1.3以下。") == [(1.3, "效率", "<=")]


def test_a_bracketed_word_that_is_no_abbreviation_does_not_make_a_bare_figure_a_target():
    assert _read("电能利用效率（新建）为1.3。") == []

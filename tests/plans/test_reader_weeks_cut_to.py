"""The time of a procedure cut down to a number of weeks ("伦理审查总体流程时间压缩至3周以内") is a cap, as one cut to days
or months is; a week's pace ("每周开展1次") stays no goal."""

import pytest

from tests.plans.reading import figures


@pytest.mark.parametrize("sentence, expected", [
    ("力争将伦理审查总体流程时间压缩至3周以内。", [(3, "周", "<=")]),
    ("将临床试验启动时间压缩至25周以内。", [(25, "周", "<=")]),
    ("审批时限压缩至40个工作日以内。", [(40, "工作日", "<=")]),
])
def test_a_time_cut_to_weeks_is_a_cap(sentence, expected):
    assert figures(sentence) == expected

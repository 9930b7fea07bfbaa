"""No goal in an item's short title that names a set by a Chinese numeral ("实现两个归位。…"), nor in coverage the plan
says it will not seek ("不搞一刀切、全覆盖")."""

from actiondesk.plans.reader.targets import find_targets


def _texts(text):
    return [t["text"] for t in find_targets(text)]


def test_a_chinese_count_that_is_the_whole_title_of_an_item_names_its_set():
    assert (
        _texts("实现两个归位。推进监管职能归位，将经营决策归位于企业。\n打造三支团队。培育经营团队。") == []
    )


def test_an_arabic_count_in_a_title_and_a_title_alone_on_its_line_still_count():
    assert _texts("新建3个公园。推进绿化。") == ["新建3个公园"]
    assert _texts("建成两个中心。\n") == ["建成两个中心"]


def test_coverage_said_not_to_be_sought_is_no_goal():
    assert _texts("坚持一企一策，不搞一刀切、全覆盖，稳妥推进改革。") == []
    assert _texts("建立联系点，实现全覆盖。") == ["实现全覆盖"]

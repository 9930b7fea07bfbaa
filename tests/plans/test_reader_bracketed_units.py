"""Equipment counted by the piece or the set ("2000台（套）以上") keeps both measure words as its unit, and so does a
count of homes with the households it serves ("95000套（户）"); 吨标煤 is a unit like 吨标准煤; a floor followed by its split in
brackets is a target beside each count."""

from tests.plans.reading import figures as _read


def test_a_set_in_brackets_after_a_count_of_equipment_is_part_of_the_unit():
    assert _read("推进“机器换人”，完成“机器换工”2000台（套）以上。") == [(2000, "台（套）", ">=")]
    assert _read("更新检测设备50个（套）。") == [(50, "个（套）", ">=")]


def test_households_in_brackets_after_a_count_of_homes_are_printed_with_its_unit():
    assert _read("建设和筹集保障性住房95000套（户）。") == [(95000, "套（户）", ">=")]


def test_tonnes_of_standard_coal_written_short_are_a_unit():
    assert _read("实施节能技改项目200项，实现节能量50万吨标煤。") == [
        (200, "项", ">="),
        (50, "万吨标煤", ">="),
    ]


def test_a_bracketed_percent_is_no_measure_word():
    assert all(unit == "个" for _, unit, _ in _read("新建服务站2个(%)。"))


def test_a_floor_followed_by_its_split_in_brackets_is_a_target_with_each_count():
    assert _read("新增停车位，其他设区市各1500个以上（莆田800个、平潭200个）。") == [
        (1500, "个", ">="),
        (800, "个", ">="),
        (200, "个", ">="),
    ]


def test_a_floor_of_the_things_counted_still_qualifies_the_count_after_it():
    assert _read("建成1000亩以上开放休闲林地5个。") == [(5, "个", ">=")]

"""A magnitude printed without a figure ("保持在万亿元以上") counts one of it; cubic metres by their everyday name ("万方")
and concentrations written in letters ("ug/m3") are units; "3方面" and "双方" are not."""

from tests.plans.reading import figures


def test_a_trillion_printed_without_a_figure_is_one_trillion():
    assert figures("甲产业营业收入保持在万亿元以上。") == [(1, "万亿元", ">=")]
    assert figures("带动全市工业投资累计突破万亿元。") == [(1, "万亿元", ">=")]


def test_a_figure_before_the_trillion_and_a_thousand_as_a_numeral_read_as_before():
    assert figures("产值达到1.2万亿元。") == [(1.2, "万亿元", ">=")]
    assert figures("地区生产总值突破千亿元。") == [(1000, "亿元", ">=")]


def test_cubic_metres_by_their_everyday_name_are_a_unit():
    assert figures("储气设施能力提高到306万方。") == [(306, "万方", ">=")]
    assert figures("完成河道清淤20万方以上。") == [(20, "万方", ">=")]


def test_aspects_and_parties_are_no_cubic_metres():
    assert figures("从3方面入手，甲乙双方签约。") == []


def test_a_concentration_written_in_letters_is_a_unit():
    assert figures("细颗粒物年平均浓度31.4ug/m3以下。") == [(31.4, "ug/m3", "<=")]
    assert figures("臭氧浓度控制在160μg/m³以内。") == [(160, "μg/m³", "<=")]


def test_thousands_and_hundreds_after_arabic_digits_are_magnitudes_kept_in_the_unit():
    # "1千家" is read as "50万亩" is: the magnitude word in the unit (1 千家), never the digit dropped.
    assert figures("参与诚信创建企业超过1千家。") == [(1, "千家", ">=")]
    assert figures("培育乡村工匠2千名以上。") == [(2, "千名", ">=")]
    # 千 or 百 that opens a unit or names a tier stays the unit's.
    assert figures("新增光伏装机容量2千瓦以上。") == [(2, "千瓦", ">=")]
    assert figures("建成绿道3千米。") == [(3, "千米", ">=")]


def test_people_counted_in_ten_thousands_without_a_measure_word_are_people():
    assert figures("全省各类返乡下乡人员超过50万。") == [(50, "万人", ">=")]

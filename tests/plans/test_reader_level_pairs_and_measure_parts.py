"""Levels of places sharing one government word, a part of measures titled with a safeguards word, and two settings of
support measures (made-up text in the styles of the seventy-seventh batch)."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import split_names
from tests.plans.reading import figures


def test_levels_of_places_sharing_one_government_stay_one_name():
    assert split_names("各市〔州〕、各县〔市、区、特区〕人民政府") == ["各市〔州〕、各县〔市、区、特区〕人民政府"]
    assert split_names("各市（州）、各县（市、区）人民政府") == ["各市（州）、各县（市、区）人民政府"]
    assert split_names("省住房城乡建设厅、市州、县市区人民政府") == ["省住房城乡建设厅", "市州、县市区人民政府"]


def test_each_level_with_a_body_of_its_own_stays_apart():
    assert split_names("各区、各街道") == ["各区", "各街道"]
    assert split_names("各市州、市委组织部") == ["各市州", "市委组织部"]


PLAN = """某市冬春季稳经济若干措施
一、激发消费潜力
（一）开展促消费活动。组织开展系列促消费活动。
（二）发放消费券。分季度发放惠民消费券。
（三）繁荣夜间经济。打造夜间消费街区。
牵头单位：市商务局，责任单位：各县区人民政府
二、稳定就业保障民生
（四）落实创业担保贷款。提供创业担保贷款支持。
（五）实施稳岗返还。按规定返还失业保险费。
（六）落实劳务奖补。给予一次性交通费补助。
牵头单位：市人社局，责任单位：各县区人民政府
三、扩大外贸
（七）支持外贸企业。支持企业开拓市场。
（八）支持跨境电商。培育跨境电商主体。
（九）支持外贸综合服务。提升服务能力。
牵头单位：市商务局
四、保障措施
各部门要加强协调配合。
"""


def test_a_part_titled_with_a_safeguards_word_among_parts_of_measures_is_one_of_them():
    tasks = {task["title"]: task for task in read_text(PLAN)["tasks"]}
    assert tasks["稳定就业保障民生"]["lead"] == ["市人社局"]
    assert set(tasks) == {"激发消费潜力", "稳定就业保障民生", "扩大外贸"}


def test_an_inclusive_size_that_sorts_cases_and_a_rebate_rate_are_no_goals():
    assert figures("对30人（含）以下的参保企业给予支持。") == []
    assert figures("大型企业返还30%，全年新增就业1万人以上。") == [(1, "万人", ">=")]

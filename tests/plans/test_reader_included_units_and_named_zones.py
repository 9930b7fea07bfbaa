"""A carried note worded by what every measure's units include ('各项措施责任单位均包括X，以下不再列出') and 和 between a
government and a named zone ('各省辖市政府和济源示范区') — made up after the eighty-fourth batch."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import split_names

PLAN = """某省加快重大项目建设扩大有效投资若干措施
一、推进新型工业化项目建设。加快工业项目建设。(责任单位:省工业和信息化厅,各市〔州〕人民政府。各项措施责任单位均包括各市〔州〕人民政府,以下不再列出)
二、推进能源基地项目建设。加快能源项目建设。(责任单位:省能源局、省发展改革委)
三、推进交通项目建设。加快交通项目建设。(责任单位:省交通运输厅)
"""


def test_units_every_measure_includes_lead_every_later_task():
    tasks = {task["title"]: task for task in read_text(PLAN)["tasks"]}
    assert tasks["推进能源基地项目建设"]["lead"] == ["省能源局", "省发展改革委", "各市〔州〕人民政府"]
    assert tasks["推进交通项目建设"]["lead"] == ["省交通运输厅", "各市〔州〕人民政府"]


def test_and_between_a_government_and_a_named_zone_parts_two_units():
    assert split_names("各省辖市政府和济源示范区、航空港区管委会") == ["各省辖市政府", "济源示范区", "航空港区管委会"]
    assert split_names("十五运会和残特奥会广州赛区执委会") == ["十五运会和残特奥会广州赛区执委会"]
    assert split_names("各乡镇党委和人民政府") == ["各乡镇党委和人民政府"]


SCOPE_NOTE = """某市促进房地产业良性循环和健康发展若干措施
一、加大购房补贴力度。对购买新建商品住房的给予补贴。(责任单位:市住房城乡建设局、市财政局)
二、加强信息公开。建立常态化信息发布机制。(责任单位:市委宣传部、市委网信办、市公安局)
本措施自公布之日起施行。各县市(含渌口区)可参照执行。
"""


def test_a_bracket_saying_what_a_place_includes_is_no_clause():
    tasks = {task["title"]: task for task in read_text(SCOPE_NOTE)["tasks"]}
    assert tasks["加强信息公开"]["lead"] == ["市委宣传部", "市委网信办", "市公安局"]

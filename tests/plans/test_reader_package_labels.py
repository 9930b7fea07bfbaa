"""Investment packages closed by '牵头部门：' / '推进单位：' label lines: the bodies that push the package on support
the leading departments (k-reader33)."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import parse_clause_rule


def _units(text):
    return [(t["number"], t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_pushing_units_beside_a_lead_label_support_it():
    assert parse_clause_rule("牵头部门：甲局；推进单位：乙集团有限公司")[:2] == (["甲局"], ["乙集团有限公司"])


def test_packages_closed_by_lead_and_pushing_unit_lines_are_led_and_supported():
    text = (
        "二、重点领域\n（一）搬迁工程包，全年力争完成投资3亿元\n1.投资重点\n实施搬迁。\n2.主要措施\n（1）用好资金。\n（2）简化审批。\n"
        "牵头部门：甲局、乙局\n推进单位：丙集团有限公司\n"
        "（二）电网工程包，全年力争完成投资1亿元\n1.投资重点\n新建变电站。\n2.主要措施\n（1）加强管理。\n（2）协调征迁。\n"
        "牵头部门：丁局、戊电力公司\n推进单位：戊电力公司\n"
    )
    assert _units(text) == [
        ("（一）", ["甲局", "乙局"], ["丙集团有限公司"]),
        ("（二）", ["丁局", "戊电力公司"], []),
    ]

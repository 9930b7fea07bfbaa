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


def test_a_summary_table_numbered_by_outline_numerals_reads_full_rows_and_skips_parent_and_total_rows():
    text = (
        "二、重点领域\n（一）搬迁工程包\n（1）用好资金。\n（2）简化审批。\n牵头部门：甲局\n推进单位：丙集团有限公司\n"
        "附件\n工程包汇总表\n序号\n工程包及项目名称\n计划完成投资(亿元)\n投资重点内容\n推进单位\n牵头部门\n合计\n5.20\n"
        "一\n搬迁工程包\n3.30\n实施搬迁群众住房建设。\n丙集团有限公司\n甲局\n"
        "二\n信息网络工程包\n1.90\n"
        "（一）\n光纤网络建设\n0.50\n实施通信配套工程。\n丁集团有限公司\n乙局\n"
        "（二）\n无线网络覆盖\n1.40\n推进基站建设。\n戊电信公司、乙局\n乙局\n"
    )
    rows = [(t["number"], t["title"], t["lead"], t["support"]) for t in read_text(text)["tasks"][1:]]
    assert rows == [
        ("一", "搬迁工程包", ["甲局"], ["丙集团有限公司"]),
        ("二（一）", "光纤网络建设", ["乙局"], ["丁集团有限公司"]),
        ("二（二）", "无线网络覆盖", ["乙局"], ["戊电信公司"]),
    ]


def test_a_full_rows_bare_figure_under_a_column_stating_its_unit_is_a_target_and_parent_and_total_figures_are_not():
    text = (
        "附件\n工程包汇总表\n序号\n工程包及项目名称\n计划完成投资(亿元)\n投资重点内容\n推进单位\n牵头部门\n合计\n5.20\n"
        "一\n搬迁工程包\n3.30\n实施搬迁群众住房建设。\n丙集团有限公司\n甲局\n"
        "二\n信息网络工程包\n1.90\n"
        "（一）\n光纤网络建设\n0.50\n实施通信配套工程。\n丁集团有限公司\n乙局\n"
        "（二）\n无线网络覆盖\n1.40\n推进基站建设。\n戊电信公司\n乙局\n"
    )
    targets = [(t["text"], t["value"], t["unit"]) for t in read_text(text)["targets"]]
    assert targets == [("3.30", 3.3, "亿元"), ("0.50", 0.5, "亿元"), ("1.40", 1.4, "亿元")]

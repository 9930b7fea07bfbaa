"""A catch-all tail after 等 is dropped with the other kind bracketed after it: "市商务局等有关部门（单位）" names 市商务局."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.unit_names import split_names


def test_an_etc_tail_with_its_bracketed_other_kind_is_dropped():
    assert split_names("各区县人民政府，市财政局、住建局、市场监管局等有关部门（单位）") == [
        "各区县人民政府", "市财政局", "住建局", "市场监管局"]


def test_the_label_lines_of_an_item_read_without_the_tail():
    text = ("某市2023年降低制度性交易成本工作方案\n\n一、重点任务\n（一）规范政府采购和招投标。清理妨碍公平竞争的规定。\n"
            "牵头单位：市发展改革委\n责任单位：各区县人民政府，市财政局等有关部门（单位）\n完成时限：2023年12月底\n")
    task = read_text(text)["tasks"][0]
    assert (task["lead"], task["support"]) == (["市发展改革委"], ["各区县人民政府", "市财政局"])


"""Target rules from the twenty-fifth held-out batch (branch k-reader31), each on a small made-up plan: the findings of
a rectification plan (the numbered paragraphs right above an item's '牵头部门：' / '整改目标：' / '整改措施：' label lines)
state the problem, so their figures are no targets; the 整改目标 line and the measures keep theirs."""

from actiondesk.plans.reader import read_text

RECTIFICATION = [
    "某区督察反馈问题整改方案",
    "一、主要任务",
    "（一）某县城区仅有1个2万吨/日规模的污水处理厂，管网有效利用率仅64.8%",
    "牵头部门：区甲局",
    "责任部门：区甲局、区乙局",
    "整改时限：2018年底",
    "整改目标：将管网利用率提高至90%以上",
    "整改措施：",
    "1.区甲局2018年8月底完成2万吨扩容工作。",
    "（二）督察涉及的16个问题中4个未按期完成整改，占比25%",
    "牵头部门：区丙局",
    "整改时限：立行立改",
    "整改目标：全部问题完成整改",
    "整改措施：",
    "1.区丙局开展专项督查，每月不少于3次。",
]


def _figures(text):
    return sorted((target["value"], target["unit"]) for target in read_text(text)["targets"])


def test_the_figures_of_a_finding_above_an_items_rectification_labels_are_no_targets():
    assert _figures("\n".join(RECTIFICATION)) == [(2, "万吨"), (3, "次"), (90, "%")]


def test_a_numbered_paragraph_above_label_lines_keeps_its_figures_when_no_item_prints_rectification_labels():
    text = "\n".join(
        line for line in RECTIFICATION if not line.startswith(("整改目标", "整改措施", "整改时限"))
    )
    assert (25, "%") in _figures(text)

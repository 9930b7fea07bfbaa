"""A goals part whose heading runs on into its text with no stop ("一、培育目标到2025年，…"), as on a page that lost its
line breaks: the part is still read as the plan's goals, beside task parts and a safeguards part whose items name
their units (the seventy-first blind batch's failing-style line, on made-up text)."""

from actiondesk.plans.reader import read_text

TEXT = """甲市企业培优行动方案
一、培育目标到2025年，培优企业研发经费支出占比力争达到2%以上，带动全市创建专精特新企业30家。
二、扶持政策
（一）支持进阶上档。给予资金奖补。〔责任单位：市经济信息化局〕
（二）支持技改创新。加大技改支持。〔责任单位：市发展改革委〕
三、保障措施
（一）健全联系服务机制。建立联系制度。〔责任单位：市经济信息化局〕
"""


def test_a_goals_heading_run_on_into_its_text_still_holds_the_plans_goals():
    reading = read_text(TEXT)
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(2, "%"), (30, "家")]
    assert [t["title"] for t in reading["tasks"]] == ["支持进阶上档", "支持技改创新", "健全联系服务机制"]


def test_a_long_heading_that_names_no_goals_stays_other_text():
    reading = read_text(TEXT.replace("一、培育目标到2025年，", "一、总体思路是到2025年，"))
    assert [t["title"] for t in reading["tasks"]] == ["支持进阶上档", "支持技改创新", "健全联系服务机制"]


def test_a_goals_heading_run_on_into_a_dashed_sub_heading_holds_the_goals_too():
    text = TEXT.replace("一、培育目标到2025年，", "一、发展目标——整体目标到2025年，")
    assert [(t["value"], t["unit"]) for t in read_text(text)["targets"]] == [(2, "%"), (30, "家")]

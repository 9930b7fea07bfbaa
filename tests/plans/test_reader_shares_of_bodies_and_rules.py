"""Shares of the seventy-second batch's failing-style lines, on made-up sentences: a share of bodies whose income is
to pass a line (the line is part of the share, no goal of its own), a share of the existing ones to cultivate, and
shares a rule sets (how proceeds are returned, a share of a land plan set aside)."""

from tests.plans.reading import figures as _read


def test_a_share_of_bodies_whose_income_passes_a_line_is_one_goal():
    assert _read("确保年底前60％以上村集体经济年经营性收入超5万元。") == [(60, "%", ">=")]


def test_a_share_of_the_existing_ones_to_cultivate_is_a_goal():
    assert _read("每年重点培育占现有家庭农场5%以上，管理规范、带动能力强的示范场。") == [(5, "%", ">=")]
    assert _read("现有家庭农场5%以上已纳入名录。") == []


def test_how_proceeds_are_returned_is_a_rule_not_a_goal():
    assert _read("按交易量比例返还的，返还总额不低于可分配盈余的60%。") == []


def test_a_share_of_a_land_plan_set_aside_is_a_rule_not_a_goal():
    assert _read("对合作社用地，按不低于一般建设项目用地计划10%安排。") == []
    assert _read("乡村产业用地占比达到10%以上。") == [(10, "%", ">=")]

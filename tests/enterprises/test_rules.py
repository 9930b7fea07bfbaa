"""Worked cases for the ladder rules, without a database."""
import datetime

import pytest

from actiondesk.enterprises.ladders import defaults
from actiondesk.enterprises.ladders.expressions import ExpressionError, to_python
from actiondesk.enterprises.ladders.rules import (
    build_facts,
    candidate_pool,
    evaluate_rung,
    expiry_alerts,
    held_kinds,
    ladder_position,
    pick_rule_set,
)

D = datetime.date
LADDERS = {ladder["code"]: ladder for ladder in defaults.LADDERS}


def rung(code, kind):
    return next(r for r in LADDERS[code]["rungs"] if r["kind"] == kind)


JUNE = D(2026, 6, 1)
FOUNDED = D(2015, 3, 1)


def assess(code, kind, facts, on=JUNE):
    rule_set = pick_rule_set(rung(code, kind)["rule_sets"], on)
    return evaluate_rung(kind, rule_set["rules"], facts, rule_set["version"])


def figures(**values):
    base = {"revenue": 3000, "main_revenue": 2700, "tax": 150, "rnd_expense": 180, "employees": 80,
            "tech_staff": 20, "total_assets": 5000, "liabilities": 2000, "net_profit": 300,
            "hightech_revenue": 2000, "ip_class1": 2, "ip_class2": 5, "equity_financing": 0}
    return base | values


def facts_for(y2025, y2024=None, y2023=None, y2022=None, held=(), registered=FOUNDED):
    by_year = {2025: y2025, 2024: y2024 or y2025, 2023: y2023 or y2024 or y2025, 2022: y2022 or y2023 or y2025}
    return build_facts(figures_by_year=by_year, held_kinds=set(held), year=2026, registered_on=registered)


def gap_texts(result):
    return [c.gap_text for c in result.gaps]


def test_a_small_research_intensive_firm_is_a_tech_sme():
    result = assess("tech", "tech_sme", facts_for(figures()))
    assert result.met and result.gaps == []


def test_a_firm_with_600_staff_is_not_a_tech_sme_and_the_gap_names_the_headcount():
    result = assess("tech", "tech_sme", facts_for(figures(employees=600, tech_staff=120)))
    assert not result.met
    assert gap_texts(result) == ["职工总数 600人，需 ≤ 500人"]


def test_a_valid_high_tech_certificate_qualifies_a_tech_sme_directly_despite_a_low_score():
    weak = figures(rnd_expense=10, ip_class1=0, ip_class2=0, tech_staff=9)  # 11%: 4 points, total < 60
    assert gap_texts(assess("tech", "tech_sme", facts_for(weak))) == ["评价得分 4分，需 ≥ 60分"]
    assert assess("tech", "tech_sme", facts_for(weak, held=["high_tech"])).met


def test_high_tech_rnd_band_depends_on_revenue_and_the_gap_reads_like_the_issue():
    firm = figures(revenue=10000, main_revenue=9000, rnd_expense=310, hightech_revenue=7000)
    result = assess("tech", "high_tech", facts_for(firm))
    assert not result.met
    assert gap_texts(result) == ["研发费用占营收（5000万–2亿） 3.1%，需 ≥ 4%"]
    inapplicable = [c.label for c in result.checks if not c.applies]
    assert inapplicable == ["研发费用占营收（营收≤5000万）", "研发费用占营收（营收>2亿）"]


def test_high_tech_needs_sixty_percent_high_tech_product_revenue():
    result = assess("tech", "high_tech", facts_for(figures(hightech_revenue=1500)))
    assert gap_texts(result) == ["高新技术产品收入占比 50%，需 ≥ 60%"]


def test_a_leading_enterprise_rule_is_flagged_unverified():
    assert all(r["unverified"] for r in rung("tech", "leading")["rule_sets"][0]["rules"])


def test_gazelle_needs_one_growth_path_and_reports_the_closest_one_when_none_is_met():
    flat = figures(revenue=3000, rnd_expense=150)
    result = assess("growth", "gazelle", facts_for(flat))
    assert not result.met
    assert len(result.gaps) == 1 and result.gaps[0].rule["group"] == "growth"
    fast = facts_for(figures(revenue=6000, rnd_expense=300), y2022=figures(revenue=3000, rnd_expense=75))
    assert assess("growth", "gazelle", fast).met  # CAGR (6000/3000)^(1/3)-1 = 26%


def test_fledgling_criteria_other_than_age_are_unverified():
    rules = rung("growth", "fledgling")["rule_sets"][0]["rules"]
    assert [r["unverified"] for r in rules] == [False, True, True]


def test_unicorn_age_limit():
    result = assess("growth", "unicorn", facts_for(figures(equity_financing=20000), registered=D(2010, 1, 1)))
    assert gap_texts(result) == ["注册成立年限 16年，需 ≤ 10年", "近3年累计股权融资 60000万元，需 ≥ 35000万元"][:1]


def test_innovative_sme_scores_and_subscores():
    firm = figures(main_revenue=2700, revenue=3000, rnd_expense=180)  # 6%: 20 + IP 10 = 30 innovation
    grown = facts_for(firm, y2024=figures(main_revenue=2000, revenue=2300))
    assert assess("specialised", "innovative_sme", grown).met
    stalled = facts_for(figures(ip_class1=0, ip_class2=0, rnd_expense=20, main_revenue=1400))
    result = assess("specialised", "innovative_sme", stalled)
    assert gap_texts(result) == ["评价总分 20分，需 ≥ 60分", "创新能力得分 0分，需 ≥ 20分", "专业化得分 5分，需 ≥ 15分"]


SPECIALISED_FIRM = figures(revenue=1200, main_revenue=1100, rnd_expense=120, liabilities=1000, ip_class1=1)


def test_specialised_sme_with_1200_revenue_passes_the_2022_standard():
    result = assess("specialised", "specialised_sme", facts_for(SPECIALISED_FIRM, held=["innovative_sme"]),
                    on=D(2026, 3, 1))
    assert result.version == "2022" and result.met


def test_specialised_sme_with_1200_revenue_fails_the_2026_standard_on_revenue():
    result = assess("specialised", "specialised_sme", facts_for(SPECIALISED_FIRM, held=["innovative_sme"]),
                    on=D(2026, 6, 1))
    assert result.version == "2026" and not result.met
    assert gap_texts(result) == ["上年度营业收入 1200万元，需 ≥ 1500万元"]


def test_the_2026_standard_requires_the_innovative_title():
    result = assess("specialised", "specialised_sme", facts_for(figures(ip_class1=1)))
    assert gap_texts(result) == ["持有创新型中小企业称号 无数据，需 ≥ 1"]


def test_little_giant_2022_and_2026_differ_on_main_business_share():
    firm = figures(revenue=12000, main_revenue=10200, rnd_expense=700, liabilities=3000, total_assets=9000,
                   ip_class1=5)
    history = facts_for(firm, y2024=figures(revenue=11000, main_revenue=9500, rnd_expense=600),
                        y2023=figures(revenue=10000, main_revenue=9000, rnd_expense=400))
    assert assess("specialised", "little_giant", history, on=D(2026, 1, 10)).met  # 85% ≥ 70%
    result = assess("specialised", "little_giant", history, on=D(2026, 5, 10))
    assert gap_texts(result) == ["主营业务收入占营收 85%，需 ≥ 90%"]


def test_missing_figures_fail_a_criterion_with_no_data():
    result = assess("tech", "tech_sme", facts_for({}))
    assert "职工总数 无数据，需 ≤ 500人" in gap_texts(result)


def test_ladder_position_points_to_the_next_rung_above_the_held_title():
    ladder = LADDERS["tech"]
    position = ladder_position(ladder, facts_for(figures(revenue=10000, rnd_expense=310, hightech_revenue=7000)),
                               {"tech_sme"}, D(2026, 6, 1))
    assert position["held"] == "tech_sme"
    assert position["next"].kind == "high_tech" and not position["next"].met


def test_candidate_pool_ranks_by_closeness():
    near = assess("tech", "high_tech", facts_for(figures(hightech_revenue=1700)))
    far = assess("tech", "high_tech", facts_for(figures(hightech_revenue=100, tech_staff=2)))
    met = assess("tech", "high_tech", facts_for(figures()))
    assert [name for name, _ in candidate_pool([("far", far), ("near", near), ("met", met)])] == ["met", "near", "far"]


def test_expiry_alerts_list_titles_ending_this_year():
    certs = [{"kind": "high_tech", "granted_on": D(2023, 11, 1), "expires_on": D(2026, 10, 31)},
             {"kind": "high_tech", "granted_on": D(2024, 11, 1), "expires_on": D(2027, 10, 31)},
             {"kind": "fledgling", "granted_on": D(2023, 5, 1), "expires_on": D(2026, 4, 30)}]
    assert expiry_alerts(certs, 2026, {"high_tech"}) == certs[:1]
    assert held_kinds(certs, D(2026, 11, 1)) == {"high_tech"}


@pytest.mark.parametrize("text", ["__import__('os')", "revenue.real", "open", "revenue[0]", "lambda: 1"])
def test_expressions_outside_the_language_are_refused(text):
    with pytest.raises(ExpressionError):
        to_python(text)

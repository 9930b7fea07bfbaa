"""Ladder criteria read in words on the criteria page; certificates say whether they expired or are due."""
import datetime

from actiondesk.enterprises.ladders.wording import in_words
from actiondesk.enterprises.selectors import certificate_validity


def test_a_ratio_criterion_reads_as_figures_and_math_signs():
    assert in_words("tech_staff / employees * 100") == "上年度科技人员 ÷ 上年度从业人员 × 100"


def test_earlier_years_functions_and_conditions_read_in_chinese():
    assert in_words("min(rnd_expense / revenue, prev_rnd_expense / prev_revenue) * 100") == (
        "较小者（上年度研发费用 ÷ 上年度营业收入，前一年研发费用 ÷ 前一年营业收入） × 100")
    assert in_words("revenue > 5000 and revenue <= 20000") == "上年度营业收入 > 5000 且 上年度营业收入 ≤ 20000"
    assert in_words("has_high_tech") == "持有高新技术企业称号"
    assert in_words("bands(ip_class1, 1, 30)") == "［按上年度Ⅰ类知识产权分档：≥1得30分；否则0分］"


def test_an_expression_that_cannot_be_read_is_shown_as_it_is():
    assert in_words("revenue +") == "revenue +"


def test_a_certificate_that_ended_in_february_is_expired_not_due_for_review():
    today = datetime.date(2026, 11, 28)
    assert certificate_validity(datetime.date(2026, 2, 10), today) == "expired"
    assert certificate_validity(datetime.date(2026, 12, 20), today) == "due"
    assert certificate_validity(datetime.date(2027, 3, 1), today) == ""
    assert certificate_validity(None, today) == ""


def test_closeness_rounds_down_so_an_unmet_rung_never_reads_as_complete():
    from actiondesk.enterprises.templatetags.ladder_tags import closeness

    assert closeness(0.9875) == "98.7%" and closeness(1.0) == "100.0%" and closeness(float("nan")) == "—"

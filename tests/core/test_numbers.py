"""core.numbers: the one check for numbers a service stores, and the schema fields derived from it."""
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from ninja import Schema

from actiondesk.core.numbers import clean_decimal, clean_integer, decimal_problem, schema_field
from actiondesk.enterprises.models import Certification
from actiondesk.projects.models import ProjectMonthlyInvestment
from actiondesk.supervision.models import TargetRevision


@pytest.mark.parametrize("raw, reason", [
    ("1e30", "整数部分最多 12 位"), ("1e12", "整数部分最多 12 位"), ("NaN", "不是有限的数字"),
    ("Infinity", "不是有限的数字"), ("-Infinity", "不是有限的数字"), ("1e400", "整数部分最多 12 位"),
    ("abc", "不是数字"), ("12.345", "最多保留 2 位小数"), ("-1", "不能为负数"), (True, "不是数字"),
])
def test_a_money_amount_is_refused_with_the_reason(raw, reason):
    assert reason in decimal_problem(raw, model=ProjectMonthlyInvestment, field="amount", min=0)


@pytest.mark.parametrize("raw", ["0", "999999999999.99", "1e11", "1,200.50", 7, Decimal("3.1"), ""])
def test_a_money_amount_the_field_holds_is_accepted(raw):
    assert decimal_problem(raw, model=ProjectMonthlyInvestment, field="amount", min=0) is None


def test_the_error_names_the_field_and_the_value_in_chinese():
    with pytest.raises(ValidationError) as caught:
        clean_decimal("1e30", model=ProjectMonthlyInvestment, field="amount", min=0)
    assert caught.value.message_dict == {"amount": ["完成投资（万元）：“1e30”超出范围（整数部分最多 12 位）"]}


def test_a_required_number_may_not_be_empty():
    with pytest.raises(ValidationError, match="请填写"):
        clean_decimal("  ", model=TargetRevision, field="value", required=True)


def test_a_domain_range_is_checked_besides_the_field():
    assert "不能大于 10000" in decimal_problem("12000", model=TargetRevision, field="value", min=-100, max=10000)
    assert "不能小于 -100" in decimal_problem("-150", model=TargetRevision, field="value", min=-100, max=10000)


def test_an_integer_field_refuses_fractions_and_values_beyond_its_column():
    with pytest.raises(ValidationError, match="须为整数"):
        clean_integer("2.5", model=Certification, field="registration_year")
    with pytest.raises(ValidationError, match="超出范围"):
        clean_integer("99999999999", model=Certification, field="registration_year")


def test_rounding_is_left_to_spreadsheet_readers_that_ask_for_it():
    assert decimal_problem("12.345", model=ProjectMonthlyInvestment, field="amount", round_places=True) is None


class AmountIn(Schema):
    amount: Decimal = schema_field(ProjectMonthlyInvestment, "amount", ..., ge=0)
    year: int | None = schema_field(Certification, "registration_year")


@pytest.mark.parametrize("payload", [{"amount": "1e30"}, {"amount": "NaN"}, {"amount": "Infinity"},
                                     {"amount": "-1"}, {"amount": "1.234"}, {"amount": "1", "year": 99999999999}])
def test_a_schema_field_carries_the_model_fields_limits(payload):
    with pytest.raises(ValueError):
        AmountIn(**payload)


def test_a_schema_field_accepts_what_the_model_holds():
    assert AmountIn(amount="999999999999.99", year=2026).amount == Decimal("999999999999.99")

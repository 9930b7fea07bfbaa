import pytest

from actiondesk.enterprises import uscc

VALID = ["9144030010001686XA", "91440300192317458F", "914403001922038216", "91520000214434146R",
         "91440300708461136T"]


@pytest.mark.parametrize("code", VALID)
def test_published_codes_pass_both_checks(code):
    assert uscc.check(code) is None


@pytest.mark.parametrize(("code", "reason"), [
    ("9144030010001686XB", "校验码错误"),
    ("91440300192317458G", "校验码错误"),
    ("914403001922O38216", "含非法字符"),
    ("91110000710925462", "长度应为18位"),
])
def test_invalid_codes_are_refused_naming_the_failed_check(code, reason):
    assert reason in uscc.check(code)


def test_the_check_character_message_says_what_was_expected():
    assert "应为“A”" in uscc.check("9144030010001686XB")


def test_a_wrong_organisation_code_check_is_named_gb_11714():
    # 19231745-8 is BYD's organisation code; change its check digit to 9 and recompute the USCC check.
    first17 = "91440300" + "19231745" + "9"
    code = first17 + uscc.check_character(first17)
    assert "GB 11714" in uscc.check(code)


def test_worked_example_sums_match_the_domain_rules():
    assert uscc.check_character("91440300192317458") == "F"
    assert uscc.org_check_character("19231745") == "8"


def test_an_unknown_registration_prefix_is_refused():
    assert "登记管理部门码" in uscc.check("0" + "9144030010001686XA"[1:])


def test_generated_codes_are_valid():
    code = uscc.make_code("91", "210400", "MA0ABC12")
    assert uscc.is_valid(code) and len(code) == 18

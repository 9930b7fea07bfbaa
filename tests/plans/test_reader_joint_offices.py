"""A joint office ("区党工委、管委会办公室") is one unit; a dated description in a unit list is no unit."""

from actiondesk.plans.reader.departments import parse_clause, parse_clause_rule
from actiondesk.plans.reader.unit_names import split_names


def test_a_party_committee_and_a_government_body_sharing_one_office_are_one_unit():
    assert split_names("区财政金融局、区党工委、管委会办公室") == ["区财政金融局", "区党工委、管委会办公室"]


def test_a_joint_office_marked_as_lead_stays_whole():
    assert parse_clause("责任单位：区党工委、管委会办公室（牵头），区财政局") == (
        ["区党工委、管委会办公室"],
        ["区财政局"],
    )


def test_a_party_committee_listed_before_a_bureau_stays_its_own_unit():
    assert split_names("区党工委、区发展改革局") == ["区党工委", "区发展改革局"]


def test_a_dated_description_in_a_lead_line_is_no_unit():
    lead, support, rule, _unsure = parse_clause_rule(
        "牵头单位：区住建局，2018年6月1日至2019年11月20日期间开展招标的项目业主"
    )
    assert (lead, support) == (["区住建局"], [])
    assert "dated" in rule

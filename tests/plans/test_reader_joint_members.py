"""A joint body's members as a unit ("区人工影响天气工作联席会议成员单位"), and "X、Y等按照职责分工负责" with the role
words (in any of their wordings) cut from the last name."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.departments import parse_clause_rule


def test_a_joint_meetings_members_named_alone_in_a_bracket_are_the_unit():
    text = "一、重点任务\n1.提升作业能力。更新作业装置。（区防灾工作联席会议成员单位）\n"
    task = read_text(text)["tasks"][0]
    assert (task["lead"], task["support"], task["unsure"]) == (["区防灾工作联席会议成员单位"], [], False)


def test_a_leading_groups_members_support_after_a_lead():
    assert parse_clause_rule("区气象局牵头，区防灾减灾领导小组成员单位配合")[:2] == (
        ["区气象局"],
        ["区防灾减灾领导小组成员单位"],
    )


def test_members_last_in_a_list_closed_by_deng_and_role_words_keep_no_role_words():
    assert parse_clause_rule("区气象局、区防灾工作联席会议成员单位等按职责分工负责", bare=True)[:2] == (
        ["区气象局", "区防灾工作联席会议成员单位"],
        [],
    )


def test_other_wordings_of_by_their_duties_are_role_words_too():
    for wording in ("按照职责分工负责", "根据职责分工负责", "按各自职责负责"):
        assert parse_clause_rule(f"区气象局、区财政局等{wording}", bare=True)[:2] == (
            ["区气象局", "区财政局"],
            [],
        )
    assert parse_clause_rule("区气象局、区财政局等单位按照职责分工负责", bare=True)[:2] == (
        ["区气象局", "区财政局"],
        [],
    )


def test_members_named_without_the_meetings_name_and_a_weather_station_are_units_too():
    assert parse_clause_rule("区气象局、联席会议成员单位等按职责分工负责", bare=True)[:2] == (
        ["区气象局", "联席会议成员单位"],
        [],
    )
    assert parse_clause_rule("区气象局、区气象台等按职责分工负责", bare=True)[:2] == (
        ["区气象局", "区气象台"],
        [],
    )

"""A copy that prints a space inside a unit's name (a line wrapped in the source: "区农民工工作领 导小组各成员单位",
"各乡镇 人民政府") keeps the name whole, while a list parted by spaces ("甲局 乙局") stays parted; what a unit is to do,
written after it in a label line ("局各业务处室根据职责开展本行业系统排查") or a table cell ("…各包村工作大队配合"), is no
part of its name."""

from actiondesk.plans.reader import read_text


def _splits(text):
    return [(t["lead"], t["support"]) for t in read_text(text)["tasks"]]


def test_a_name_wrapped_over_a_space_is_read_whole():
    text = (
        "一、主要任务\n（一）健全协调机制。建立考核评估机制（区社会事业局牵头，区农民工工作领 导小组各成员单位、"
        "各片区开发管理局、各乡镇 人民政府配合）。\n"
    )
    assert _splits(text) == [
        (["区社会事业局"], ["区农民工工作领导小组各成员单位", "各片区开发管理局", "各乡镇人民政府"])
    ]


def test_units_parted_by_spaces_stay_apart():
    text = "一、主要任务\n（一）严格整改。对场所组织整改（区发改局 区财政局 区商务局负责）。\n"
    assert _splits(text) == [(["区发改局", "区财政局", "区商务局"], [])]


def test_the_duty_written_after_a_unit_in_its_label_line_is_dropped():
    text = (
        "一、主要任务\n（一）逐级核查建档\n汇总形成台账。\n牵头单位：政法综治处\n"
        "配合单位：局各业务处室根据职责开展本行业系统排查\n完成时限：2022年6月15日前\n"
    )
    assert _splits(text) == [(["政法综治处"], ["局各业务处室"])]


def test_a_support_cell_that_repeats_its_role_word_still_names_its_units():
    text = (
        "某片区非景区景点安全整治方案\n一、工作任务\n按附件分工落实。\n附件1\n某片区摸排整治重点及职责分工\n"
        "序号\n摸排区域\n摸排整治重点\n责任处室\n配合单位\n"
        "1\n滨海涉水重点区域\n设置安全警示标识牌，做好巡查工作\n各联合党委\n各包村工作大队\n"
        "2\n加强城市公园安全管理\n对绿地、临水地带进行隐患排查\n交通与建设处\n各联合党委、各包村工作大队配合\n"
    )
    assert _splits(text) == [(["各联合党委"], ["各包村工作大队"]), (["交通与建设处"], ["各联合党委", "各包村工作大队"])]

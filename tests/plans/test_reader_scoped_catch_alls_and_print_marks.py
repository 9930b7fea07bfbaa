"""Names in a clause's list that its 、 or its spaces do not part: a catch-all scoped by a list of places
("甲路、乙路沿线的相关村") is one unit; a portal's line-wrap space after a name's level ("区 住建局") and a body's ending
printed twice ("区民政局局") are marks of print, not of the list. A list of places sharing one suffix stays read as
printed, one name a piece (the corpus's convention)."""

from actiondesk.plans.reader import read_text


def _units(clauses):
    items = "".join(f"{n}.整治第{n}项。开展清理。\n{clause}\n" for n, clause in enumerate(clauses, start=1))
    return [(t["lead"], t["support"]) for t in read_text("甲区环境整治方案\n一、重点任务\n" + items)["tasks"]]


def test_a_catch_all_scoped_by_a_list_of_places_is_one_unit():
    units = _units(
        [
            "牵头处室：甲处\n配合单位：东港街、西江街、北城街沿线的相关村",
            "责任单位：区住建局、甲村、乙村周边的各村居",
            "责任单位：区市场监管局，北城、南城辖区内的有关单位",
        ]
    )
    assert units == [
        (["甲处"], ["东港街、西江街、北城街沿线的相关村"]),
        (["区住建局", "甲村、乙村周边的各村居"], []),
        (["区市场监管局", "北城、南城辖区内的有关单位"], []),
    ]


def test_a_scoped_catch_all_is_a_name_in_a_bracket_clause_too():
    text = (
        "甲区环境整治方案\n一、重点任务\n1.整治河道两岸。全面清理垃圾。（东港路、西江路沿线的相关村负责）\n"
    )
    assert read_text(text)["tasks"][0]["lead"] == ["东港路、西江路沿线的相关村"]


def test_places_without_a_scope_word_and_a_catch_all_are_still_parted():
    assert _units(["责任单位：区住建局、东港路、西江路"]) == [(["区住建局", "东港路", "西江路"], [])]


def test_a_list_of_places_sharing_one_suffix_is_read_as_printed_one_name_a_piece():
    assert _units(["责任处室：甲处\n配合单位：东港、西江、北城派出所"]) == [
        (["甲处"], ["东港", "西江", "北城派出所"])
    ]


def test_a_line_wrap_space_after_a_names_level_joins_the_name():
    text = "甲区农民工服务意见\n一、工作任务\n1.做好工资保障。建立机制。（区 人社局牵头，区 住建局、区经发 局配合）\n"
    task = read_text(text)["tasks"][0]
    assert (task["lead"], task["support"]) == (["区人社局"], ["区住建局", "区经发局"])


def test_a_space_before_a_name_that_opens_with_its_level_again_parts_two_names():
    assert _units(["责任单位：区财政局 区人社局"]) == [(["区财政局", "区人社局"], [])]


def test_a_bodys_ending_printed_twice_is_read_once():
    text = "甲区农民工服务意见\n一、工作任务\n1.做好社保。扩大参保。（区民政局局牵头，区财政局、区卫健委委配合）\n"
    task = read_text(text)["tasks"][0]
    assert (task["lead"], task["support"]) == (["区民政局"], ["区财政局", "区卫健委"])


def test_a_stray_mark_before_a_courts_last_character_is_no_separator():
    text = "甲县农民工服务意见\n一、工作任务\n1.做好维权。畅通渠道。（县人社局牵头，县人民法、院、县司法局配合）\n"
    task = read_text(text)["tasks"][0]
    assert (task["lead"], task["support"]) == (["县人社局"], ["县人民法院", "县司法局"])


def test_a_bare_government_word_after_a_places_party_committee_shares_its_place():
    units = _units(
        ["牵头单位：区农业局\n配合单位：区水利局，各镇党委、人民政府", "责任单位：区环保局、人民政府"]
    )
    assert units == [(["区农业局"], ["区水利局", "各镇党委、人民政府"]), (["区环保局", "人民政府"], [])]

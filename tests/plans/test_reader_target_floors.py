"""Floors and caps read as targets: staff to keep ("不得少于2人"), a floor with 要 and a verb before the figure, a cap
of levels ("控制在三级以内"), an event floor in 场次 and equipment to put in place ("更新1套…装置")."""

from actiondesk.plans.reader.targets import find_targets


def _read(text):
    return [(t["text"], t["value"], t["unit"], t["comparator"]) for t in find_targets(text)]


def test_a_staffing_floor_written_bu_de_shao_yu_is_a_floor_even_for_each_kind_of_firm():
    assert _read("年底前配备财务人员，原则上大型企业不得少于3人，小型企业不得少于1人。") == [
        ("原则上大型企业不得少于3人", 3, "人", ">="),
        ("小型企业不得少于1人", 1, "人", ">="),
    ]


def test_a_floor_per_stretch_of_road_stays_a_rate():
    assert _read("每30公里乡道配备不少于一名专管员。") == []


def test_a_floor_with_yao_and_a_verb_of_naming_people_before_the_figure():
    assert _read("每个薄弱村至少要确定1名镇领导挂钩帮扶。") == [
        ("每个薄弱村至少要确定1名镇领导挂钩帮扶", 1, "名", ">=")
    ]


def test_a_cap_of_management_levels_in_a_bracket_is_read_and_grades_are_not():
    assert _read("压缩管理层级（原则上控制在三级以内），提高效率。") == [
        ("压缩管理层级（原则上控制在三级以内", 3, "级", "<=")
    ]
    assert _read("建设三级医院，推进二级以上企业标准化。") == []


def test_an_event_floor_counted_in_chang_ci_before_what_is_held():
    assert _read("于9月底前举办2场次以上的专场招聘会。") == [
        ("于9月底前举办2场次以上的专场招聘会", 2, "场次", ">=")
    ]


def test_equipment_to_renew_or_lay_out_is_counted():
    assert _read("更新1套新型火箭发射装置，布设2套烟炉发生器。") == [
        ("更新1套新型火箭发射装置", 1, "套", ">="),
        ("布设2套烟炉发生器", 2, "套", ">="),
    ]

"""Goals of an AI-and-science action plan the reader missed (branch k-reader42): a goals paragraph opened by the
deadline ('到2027年，…') in an opening part titled 总体思路 / 指导思想 or before the first part heading, 赋能 as a
commitment verb, and units in Latin capitals after a figure (EFLOPS, TB, MVA). Made-up plans in that style."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.targets import find_targets
from tests.plans.reading import figures as _read

_TASKS = (
    "二、重点任务\n"
    "（一）建设算力底座\n"
    "统筹建设省级科研智算平台。（责任单位：省发展改革委、省科技厅）\n"
    "（二）推动数据开放\n"
    "建设科学数据共享枢纽。（责任单位：省数据局）\n"
)


def _targets(plan):
    return [(t["value"], t["unit"], t["comparator"]) for t in read_text(plan)["targets"]]


def _plan(opening):
    return "某省推动人工智能赋能科研行动计划\n" + opening + _TASKS


def test_a_deadline_paragraph_in_an_opening_part_titled_zong_ti_si_lu_states_goals():
    plan = _plan(
        "一、总体思路\n"
        "以创新为引领，坚持开放合作，力争在重大问题上取得突破。\n"
        "到2027年，建成科研算力底座，培育5个以上领域基础模型，打造10个以上标杆应用场景，赋能800家以上科技型企业。\n"
    )
    assert _targets(plan) == [(5, "个", ">="), (10, "个", ">="), (800, "家", ">=")]


def test_a_deadline_paragraph_under_zhi_dao_si_xiang_or_any_opening_title_states_goals():
    for title in ("指导思想", "发展思路"):
        plan = _plan(f"一、{title}\n坚持需求牵引。\n至2026年底，形成12个以上典型案例。\n")
        assert _targets(plan) == [(12, "个", ">=")], title


def test_other_paragraphs_of_such_a_part_state_no_goal():
    plan = _plan("一、总体思路\n围绕三大高地建设，推动20个领域融合发展。\n")
    assert _targets(plan) == []


def test_a_deadline_paragraph_before_the_first_part_heading_states_goals():
    plan = _plan(
        "为推动服务贸易高质量发展，制定本计划。\n"
        "到2028年，全省服务贸易规模进一步扩大，进出口总额超过2800亿美元，年均增长8%以上，"
        "数字服务出口占全省服务出口比重提升至45%。\n"
    )
    assert _targets(plan) == [(2800, "亿美元", ">="), (8, "%", ">="), (45, "%", ">=")]


def test_empowering_firms_is_a_commitment():
    assert [(t["value"], t["text"]) for t in find_targets("赋能600家以上中小企业。")] == [
        (600, "赋能600家以上中小企业")
    ]


def test_a_unit_in_latin_capitals_after_a_figure_is_read():
    assert _read("全省智算规模超过30EFLOPS，存储总量达到500TB以上。") == [
        (30, "EFLOPS", ">="),
        (500, "TB", ">="),
    ]
    assert _read("新增变电容量220MVA、线路8.5公里。") == [(220, "MVA", ">="), (8.5, "公里", ">=")]
    assert _read("力争算力规模达到12PFLOPS。") == [(12, "PFLOPS", ">=")]


def test_one_letter_names_a_standard_and_names_are_no_units():
    assert _read("加快建设5G基站。") == []
    assert _read("推动3GPP标准落地。") == []


def test_a_latin_unit_before_the_thing_built_rates_it():
    assert _read("新建180MVA主变压器。") == []
    assert _read("建设300PFLOPS的智算中心。") == []


def test_a_deadline_paragraph_in_an_opening_part_is_listed_among_the_plans_goals_for_the_review_page():
    plan = _plan("一、总体思路\n以创新为引领。\n到2027年，培育5个以上领域基础模型。赋能800家以上科技型企业。\n")
    assert read_text(plan)["goals"] == ["到2027年，培育5个以上领域基础模型", "赋能800家以上科技型企业"]

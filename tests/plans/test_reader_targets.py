"""Targets are numbers with units in a target context; names and labels are never targets."""

import pytest

from actiondesk.plans.reader import read_plan
from actiondesk.plans.reader.departments import parse_clause
from actiondesk.plans.reader.numbering import numbered
from actiondesk.plans.reader.quantities import chinese_to_number
from actiondesk.plans.reader.targets import find_targets

LABELS = [
    "2026年，是实施“十五五”规划的开局之年。",
    "推进5G、5G-A及千兆光网深度覆盖，开通“双万兆”网络试点。",
    "实施智改数转“1231”工程，聚焦“三区一引擎”目标定位。",
    "实施“七通一平”标准化保障，落实“四免”服务举措。",
    "加快推进“第四代好房子”项目落地，引入第四代建筑。",
    "战略性新兴产业链见附件1，企业培育库见附件2。",
    "围绕特种机器人等五大战略性新兴产业链，聚焦五类重点群体。",
    "建立“一企一策”帮扶机制，实施“一链(群)一策”政策。",
    "于2026年3月15日前完成，按照第十五个五年规划纲要和第3条规定执行。",
    "申报第二批省级示范，争创第1批试点。",
    "实施“20%提效”计划和“双百工程”，推进《中小企业促进法》第12条落实。",
    "推进一体化建设，推动一网通办、一窗办理，提供一对一服务，构建三网融合体系。",
    "以规上工业企业为重点，全覆盖开展数字化诊断与改造升级。",
    "截至2025年底，已累计培育企业30家。",
    "推动产业迈上一个新台阶，走进千家万户。",
    "对符合条件的企业给予最高500万元奖励，单个项目补助不超过200万元。",
    "推动审批事项3个工作日内办结，6个月内完成整改。",
]


@pytest.mark.parametrize("text", [
    "原则上项目内部消纳量不少于计划量的15%（特殊工程除外）",  # a norm on each project, not the plan's goal
    "原则上每个工地配备不少于2名安全员",
])
def test_a_norm_each_project_must_meet_is_not_a_target(text):
    assert find_targets(text) == []


@pytest.mark.parametrize("text", LABELS)
def test_labels_names_and_dates_are_not_targets(text):
    assert find_targets(text) == []


def test_labels_in_a_whole_plan_produce_no_targets():
    plan = "某区2026年行动方案\n二、重点任务\n" + "\n".join(
        f"{number}.任务{number}。{text}（牵头单位：区发改局）" for number, text in enumerate(LABELS, 1)
    )
    reading = read_plan(plan.encode(), "plan.txt")
    assert len(reading["tasks"]) == len(LABELS)
    assert reading["targets"] == []


@pytest.mark.parametrize(("numeral", "value"), [
    ("十", 10), ("两", 2), ("一百", 100), ("三十", 30), ("百", 100), ("千", 1000), ("二十五", 25),
    ("十五", 15), ("一百零五", 105), ("三千", 3000),
])
def test_chinese_numerals_are_read(numeral, value):
    assert chinese_to_number(numeral) == value


@pytest.mark.parametrize(("text", "expected"), [
    ("新增企业10家以上", (10, "家", ">=", None, "absolute")),
    ("引进项目不少于三十个", (30, "个", ">=", None, "absolute")),
    ("能耗强度控制在2%以内", (2, "%", "<=", None, "ratio")),
    ("污染物排放总量不超过1.5万吨", (1.5, "万吨", "<=", None, "absolute")),
    ("总投资额突破100亿元", (100, "亿元", ">=", None, "absolute")),  # 突破/超过 N: N or more
    ("新增就业超过五千人", (5000, "人", ">=", None, "absolute")),
    ("培育链主企业1到2家", (1, "家", "range", 2, "absolute")),
    ("新建标准厂房1至2万平方米", (1, "万平方米", "range", 2, "absolute")),
    ("培育企业1-2户", (1, "户", "range", 2, "absolute")),
    ("建设园区1—2个", (1, "个", "range", 2, "absolute")),
    ("新增装机1~2兆瓦", (1, "兆瓦", "range", 2, "absolute")),
    ("建设充电桩一百项左右", (100, "项", "≈", None, "absolute")),
    ("建成光伏项目约30千瓦", (30, "千瓦", "≈", None, "absolute")),
    ("完成造林3000亩", (3000, "亩", ">=", None, "absolute")),
    ("新增百个应用场景", (100, "个", ">=", None, "absolute")),
    ("实现营收10亿元", (10, "亿元", ">=", None, "absolute")),
    ("规上工业增加值同比增长7.5%", (7.5, "%", ">=", None, "growth_rate")),
    ("研发投入增长15%以上", (15, "%", ">=", None, "growth_rate")),
    ("研发投入占比达到百分之三", (3, "%", ">=", None, "ratio")),
    ("引进企业10余家", (10, "家", ">=", None, "absolute")),
    ("建设公共实训基地两所", (2, "所", ">=", None, "absolute")),
    ("新建道路12公里", (12, "公里", ">=", None, "absolute")),
    ("引进10家链主企业", (10, "家", ">=", None, "absolute")),
    ("单位产值能耗下降3%", (3, "%", ">=", None, "growth_rate")),
    ("研发投入强度提高0.5个百分点", (0.5, "个百分点", ">=", None, "growth_rate")),
])
def test_numbers_units_and_comparators_are_read(text, expected):
    targets = find_targets(text)
    assert len(targets) == 1, targets
    target = targets[0]
    assert (target["value"], target["unit"], target["comparator"], target["value_max"], target["kind"]) == expected
    assert target["text"] == text


def test_relative_target_against_the_city_average_has_no_value():
    [target] = find_targets("固定资产投资增速高于全市平均水平")
    assert (target["value"], target["unit"], target["comparator"], target["kind"], target["reference"]) == (
        None, "%", ">", "relative", "全市平均水平")


def test_full_coverage_is_a_hundred_percent_ratio():
    [target] = find_targets("实现重点园区5G网络全覆盖。")
    assert (target["value"], target["unit"], target["kind"], target["text"]) == (
        100, "%", "ratio", "实现重点园区5G网络全覆盖")


def test_a_qualifying_amount_before_a_count_is_not_a_target():
    targets = find_targets("培育年营收10亿元以上企业1-2户，年纳税超千万元企业30户")
    assert [(t["value"], t["unit"]) for t in targets] == [(1, "户"), (30, "户")]


def test_offsets_are_shifted_into_the_document():
    [target] = find_targets("前言。新增企业5家。", offset=100, task="3")
    assert (target["start"], target["end"], target["task"]) == (103, 109, "3")
    assert target["sentence"] == "新增企业5家。"


@pytest.mark.parametrize(("line", "kind", "number"), [
    ("一、重点任务", "section", "一、"), ("（一）强化组织", "paren_cn", "（一）"), ("(一)强化", "paren_cn", "(一)"),
    ("1.任务", "arabic", "1."), ("1、任务", "arabic", "1、"), ("1．任务", "arabic", "1．"),
    ("（1）细项", "paren_arabic", "（1）"), ("——产业能级实现新跨越。", "dash", "——"),
])
def test_outline_numbers_are_recognised(line, kind, number):
    item = numbered(line)
    assert (item.kind, item.number) == (kind, number)


@pytest.mark.parametrize("line", ["1.5亿元投资", "2026年工作", "一是加强", "10、20家"])
def test_numbers_that_start_sentences_are_not_outline_numbers(line):
    assert numbered(line) is None


@pytest.mark.parametrize(("clause", "lead", "support"), [
    ("责任部门:发展改革局、产业创新局", ["发展改革局", "产业创新局"], []),
    ("牵头单位：A局；配合单位：B局、C局等相关单位", ["A局"], ["B局", "C局"]),
    ("牵头单位:A局,配合单位:B局", ["A局"], ["B局"]),
    ("责任单位：A局（牵头），B局、C局", ["A局"], ["B局", "C局"]),
    ("A局牵头，B局、C局配合", ["A局"], ["B局", "C局"]),
    ("A局、B局共同牵头，C局等部门配合", ["A局", "B局"], ["C局"]),
])
def test_responsibility_wordings_are_parsed(clause, lead, support):
    assert parse_clause(clause) == (lead, support)


def test_a_bracketed_note_is_not_a_responsibility_clause():
    assert parse_clause("战略性新兴产业链见附件1") is None


@pytest.mark.parametrize("text, expected", [
    # a return period is a unit; a range of them is a goal ...
    ("至2035年，全区排水系统基本达到3—5年一遇排水能力，50-100年一遇内涝可控。",
     [(3, "年一遇", "range", 5), (50, "年一遇", "range", 100)]),
    # ... but the standard the work is done to is not
    ("按照流域100年一遇、区域50年一遇洪水标准，重要地区30年一遇、其他地区20年一遇除涝标准，推进建设。", []),
    ("完成3项行业标准。", [(3, "项", ">=", None)]),
    # a total and the counts it breaks down into
    ("（3）公园建设项目共计9个（嘉定新城5个、其他区域4个）；",
     [(9, "个", ">=", None), (5, "个", ">=", None), (4, "个", ">=", None)]),
    ("计划推进甲片区（4.73平方公里），共计15.19平方公里海绵城市建设达标评估。", [(15.19, "平方公里", ">=", None)]),
    # the basis of a calculation, and 一 with a measure word as an article
    ("注：用地面积要求按照100.9平方公里计。", []),
    ("按照“发现一处，整改一处”的原则，持续开展改造。", []),
    ("选择至少一个乡（镇）进行试点。", [(1, "个", ">=", None)]),
    ("新建一所学校。", [(1, "所", ">=", None)]),
    # a scoring scale (each figure earns its own score) is not a commitment; one requirement and its score is
    ("2.信息报道受省级媒体推广1篇，得3分；市级媒体推广2篇，得2分；县级媒体推广，得1分。", []),
    ("1.每个乡镇省级用稿1篇，市级用稿2篇，得5分", [(1, "篇", ">=", None), (2, "篇", ">=", None)]),
])
def test_return_periods_totals_broken_down_bases_articles_and_scales(text, expected):
    assert [(t["value"], t["unit"], t["comparator"], t["value_max"]) for t in find_targets(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # how often work is done is no goal
    ("每半年开展一次监测评价，及时整改。", []),
    ("每季度组织1次检查。", []),
    ("保洁频率实现15/30天完成1次全线清洗；绿化改造，完成600处。", [(600, "处", ">=", None)]),
    ("保洁频率提升至15天完成1次机械清理，30天完成1次人工清洗。", []),
    ("全年开展培训3次。", [(3, "次", ">=", None)]),
    # a figure to reach by a date opening the clause; the things work is done on; 解决; pairs and ㎡
    ("至2026年甲铁路全天开行列车38对。", [(38, "对", ">=", None)]),
    ("对300个公交站台进行适老化改造。", [(300, "个", ">=", None)]),
    ("解决12处梗阻问题。", [(12, "处", ">=", None)]),
    ("三年累计完成人行道贯通25400㎡。", [(25400, "㎡", ">=", None)]),
    # a scope around a place is no goal
    ("2026年底实现站点50米范围内公交配套服务占比达到90%。", [(90, "%", ">=", None)]),
    # items of a list, each counting its own noun
    ("确保全市202万亩耕地、150万亩永久基本农田保护底线。", [(202, "万亩", ">=", None), (150, "万亩", ">=", None)]),
])
def test_frequencies_scopes_and_lists_of_counted_nouns(text, expected):
    assert [(t["value"], t["unit"], t["comparator"], t["value_max"]) for t in find_targets(text)] == expected


def test_an_item_of_a_list_of_figures_is_stated_up_to_its_separator():
    assert [t["text"] for t in find_targets("确保全市202万亩耕地、150万亩永久基本农田保护底线。")] == [
        "确保全市202万亩耕地", "150万亩永久基本农田保护底线"]


# Rules added for the four plans moved from the third held-out set (宝山, 杨浦, 环城, 静安 2019).

@pytest.mark.parametrize(("text", "expected"), [
    ("湿垃圾分类量日均高于407吨", (407, "吨", ">=")),  # 高于 N: a floor, like 超过
    ("完成车辆配置80余辆", (80, "辆", ">=")),
    ("甲区成立15支志愿者队伍", (15, "支", ">=")),
    ("向内连接10片楔形绿地", (10, "片", ">=")),
    ("补建市政消火栓169具", (169, "具", ">=")),
    ("要求每户配置1组投放桶", (1, "组", ">=")),
    ("并设置储存点1处（可利用现有箱房改建）", (1, "处", ">=")),  # a bracketed note is no history
    ("对全区1918个垃圾箱房（收集点）进行升级改造", (1918, "个", ">=")),
    ("将70%以上的源头实效比例分解到具体项目", (70, "%", ">=")),
    ("全面推进农村垃圾分类全覆盖工作", (100, "%", ">=")),
    ("对销售门店组织开展全覆盖法制培训", (100, "%", ">=")),  # 全覆盖 before the work it qualifies
    ("对辖区养老机构进行全覆盖式安全检查", (100, "%", ">=")),
    ("举办系列活动。（各单位全年不少于一场）", (1, "场", ">=")),  # a bracket stating a floor is a requirement
])
def test_floors_counts_and_the_work_acted_on_are_targets(text, expected):
    [target] = find_targets(text)
    assert (target["value"], target["unit"], target["comparator"]) == expected


@pytest.mark.parametrize("text", [
    "着力打造一支门类齐全的高技能人才队伍",  # 一支, 一片: articles even after a verb
    "打造一片生态优美的历史文化街区",
    "推进全面覆盖\n",  # a heading line that names nothing covered
    "（一）推进全面覆盖",
])
def test_articles_and_coverage_headings_are_not_targets(text):
    assert find_targets(text) == []


def test_a_sub_task_that_is_one_coverage_clause_naming_what_is_covered_is_a_goal():
    # A task cut at its own clause is read without its full stop: the span is the clause alone, not a heading.
    found = find_targets("实现养老保险参保人员社会保障卡全覆盖和电子社保卡上线（省人力资源社会保障厅负责）")
    assert [(t["value"], t["unit"], t["text"]) for t in found] == [(100, "%", "实现养老保险参保人员社会保障卡全覆盖")]


# Rules added for the three plans moved from the fourth held-out set (量子 工作要点, 崇明 农村公路, 商务楼宇).

@pytest.mark.parametrize(("text", "expected"), [
    ("研发具备检索、问答、制图等3项能力的基础模型", (3, "项", ">=", "named_list")),  # the count of a named list
    ("研发“甲星”“乙星”“丙星”3个垂类模型", (3, "个", ">=", "named_list")),
    ("建设不少于5亿词元的专业知识库", (5, "亿词元", ">=", "prefix:不少于")),  # a floor before 的 states the goal
])
def test_counts_of_named_lists_and_floored_amounts_are_targets(text, expected):
    [target] = find_targets(text)
    assert (target["value"], target["unit"], target["comparator"], target["rule"]) == expected


@pytest.mark.parametrize("text", [
    "每20—25公里道路配备不少于一名专管员",  # a staffing ratio and the stretch it is counted over
    "养护经费不得低于乡道每年每公里4000元",  # funding per kilometre: a rate, not a goal
    "打造可容纳5万人大型开放空间",  # the capacity of a place
    "建筑面积在300平方米以下（投资额在50万元以上的除外）且不改变用途的装修工程，可不申请施工许可",  # an exemption
])
def test_rates_per_unit_capacities_and_exemption_sizes_are_not_targets(text):
    assert find_targets(text) == []


def test_a_count_per_household_or_village_stays_a_target():
    assert [(t["value"], t["unit"]) for t in find_targets("每村配置1辆专用收集车")] == [(1, "辆")]


def _read(text):
    return [(t["value"], t["unit"], t["comparator"], t["value_max"]) for t in find_targets(text)]


def test_a_count_of_named_places_that_scopes_the_next_figure_is_not_a_target():
    assert _read("甲镇、乙镇、丙镇等3个中心镇建设用地面积30%以上达到标准。") == [(30, "%", ">=", None)]
    assert _read("推进甲村、乙村等12个村庄改造。") == [(12, "个", ">=", None)]  # the count is the work


def test_a_chinese_numeral_count_that_is_an_item_of_a_list_of_places_is_a_name():
    assert _read("在东部新区、三个产业园、滨江地区等区域推广节水技术。") == []


def test_a_share_of_an_area_reaching_a_standard_range_gives_both_figures():
    assert _read("通过改造，全县城区20%面积达到2—3年一遇排水能力。") == [(20, "%", ">=", None), (2, "年一遇", "range", 3)]


def test_a_measure_that_defines_the_cases_a_rule_is_about_is_a_threshold_not_a_target():
    assert _read("对货车车厢长度超过12米、私自改装的，依法查处。") == []
    assert _read("新建绿道长度超过20公里。") == [(20, "公里", ">=", None)]


def test_hours_are_the_unit_of_a_goal_stated_as_a_floor_but_service_hours_and_time_limits_are_not_targets():
    assert _read("力争设备年等效利用小时不低于1200小时。") == [(1200, "小时", ">=", None)]
    assert _read("全年运行时间达到800小时以上。") == [(800, "小时", ">=", None)]
    for text in ("提供24小时在线服务。", "提供7×24小时服务。", "建立72小时预警机制。", "接报后2小时内到场处置。",
                 "每2小时巡查1次。", "办理时限不超过4小时。", "确保达到2小时以内。"):
        assert _read(text) == [], text


def test_a_figure_per_unit_below_or_above_which_land_or_enterprises_are_meant_is_a_threshold_not_a_target():
    assert _read("对亩产税收低于3万元/亩的企业用地实施差别化管控。") == []
    assert _read("对单位产值能耗高于0.5吨标准煤/万元的企业开展节能诊断。") == []
    assert _read("建成亩均产出高于100万元/亩的示范园区3个。") == [(3, "个", ">=", None)]
    assert _read("力争亩均税收达到50万元/亩以上。") == [(50, "万元", ">=", None)]


def test_a_cap_on_what_may_be_done_is_not_a_target_but_a_cap_to_keep_is():
    assert _read("园区平台持有的物业可转让不超过30%，其余自持。") == []
    assert _read("企业可以申请延期不超过2次。") == []
    assert _read("能耗总量不超过5万吨标准煤。") == [(5, "万吨标准煤", "<=", None)]

"""What a figure does in its sentence: parts of a total, existing things, who does the work, sets named by a count,
coverage written before its verb, comparison signs — the target rules written after the blind batches."""

import pytest

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.targets import find_targets


def _read(text):
    return [(t["value"], t["unit"], t["comparator"], t["value_max"]) for t in find_targets(text)]


def _texts(text):
    return [(t["text"], t["value"], t["unit"]) for t in find_targets(text)]


def test_a_yearly_goal_line_numbered_yi_shi_er_shi_gives_goals_without_the_enumeration_word_and_with_their_nouns():
    assert _texts("2027年，一是完成60个小区垃圾分类；二是新建15个服务点和3个中转站；三是全镇新建90个回收服务点。") == [
        ("完成60个小区垃圾分类", 60, "个"), ("新建15个服务点", 15, "个"), ("3个中转站", 3, "个"),
        ("全镇新建90个回收服务点", 90, "个")]
    assert _texts("其二，实现垃圾分类全覆盖。") == [("实现垃圾分类全覆盖", 100, "%")]


def test_the_parts_of_a_total_after_qizhong_are_targets_even_with_long_names():
    assert _texts("购置收运车辆30辆（其中湿垃圾收集运输专用车20辆、有害垃圾车5辆、压缩车5辆）。") == [
        ("购置收运车辆30辆", 30, "辆"), ("其中湿垃圾收集运输专用车20辆", 20, "辆"), ("有害垃圾车5辆", 5, "辆"),
        ("压缩车5辆", 5, "辆")]
    assert _texts("配置30辆湿垃圾收运车（其中小型湿垃圾收集车20辆、有害垃圾车5辆、压缩车5辆）。") == [
        ("配置30辆湿垃圾收运车", 30, "辆"), ("其中小型湿垃圾收集车20辆", 20, "辆"), ("有害垃圾车5辆", 5, "辆"),
        ("压缩车5辆", 5, "辆")]
    assert _texts("建设3个中转站（其中甲街道1个、乙街道2个）。") == [
        ("建设3个中转站", 3, "个"), ("其中甲街道1个", 1, "个"), ("乙街道2个", 2, "个")]


def test_existing_things_a_work_replaces_are_counted_but_an_existing_base_is_not():
    assert _read("将现有60辆老旧收运车更换为新能源车辆。") == [(60, "辆", ">=", None)]
    assert _read("在现有300个垃圾箱房的基础上进行改造。") == []
    assert _read("现有12辆收运车运行良好。") == []


def test_a_share_called_the_indicator_is_a_target_and_places_that_reach_a_coverage_first_only_scope_it():
    assert _texts("其余街镇完成垃圾分类40％的指标。") == [("其余街镇完成垃圾分类40％的指标", 40, "%")]
    assert _read("3个街道率先完成垃圾分类全覆盖。") == [(100, "%", ">=", None)]
    assert _read("三个镇完成垃圾分类整区域覆盖。") == [(100, "%", ">=", None)]
    assert _read("创建3个示范街道。") == [(3, "个", ">=", None)]


def test_zhi_counts_containers_but_never_reads_only():
    assert _read("全镇配置有害垃圾收集容器520只。") == [(520, "只", ">=", None)]
    assert _read("新增320只有害垃圾收集容器。") == [(320, "只", ">=", None)]
    assert _read("每户5只要按规定投放。") == []


@pytest.mark.parametrize("text", [
    "推动三种收运“新模式”管理。",  # kinds described
    "推广两种有偿服务模式。",
    "12支街道服务队要加强上门指导。",  # who does the work
    "组织12支街道服务队开展巡查。",
    "全区12支街道服务队负责上门指导。",
    "区级财政资金用于养护应不低于区和镇政府投入资金总额的40%。",  # a funding share between levels
    "试点为期两年，分三个阶段推进。",  # the stages
    "三个阶段目标",
])
def test_kinds_the_units_doing_the_work_funding_shares_and_stages_are_not_targets(text):
    assert _read(text) == []


def test_a_count_that_is_the_subject_of_the_work_completed_is_a_goal():
    assert _texts("2028年，一是全镇210个小区完成垃圾分类；二是2个街道创建示范街道。") == [
        ("全镇210个小区完成垃圾分类", 210, "个"), ("2个街道创建示范街道", 2, "个")]


def test_a_floor_on_kinds_and_a_count_of_teams_set_up_stay_targets():
    assert _read("推广不少于三种服务模式。") == [(3, "种", ">=", None)]
    assert _read("组建12支街道服务队。") == [(12, "支", ">=", None)]
    assert _read("80%以上的居住区要实现垃圾分类。") == [(80, "%", ">=", None)]
    assert _read("10家企业要完成改造，组织100名志愿者开展宣传。") == [(10, "家", ">=", None), (100, "名", ">=", None)]
    assert _read("研发经费投入占比达到3%。") == [(3, "%", ">=", None)]


# Rules added for the seventh blind batch (branch k-reader13).

def _found(text: str) -> list[tuple]:
    return [(t["value"], t["unit"], t["comparator"], t["value_max"]) for t in find_targets(text)]


@pytest.mark.parametrize("text", [
    "持续推进本市十项重点工程建设，补齐短板。",
    "加快实施全区五项重大工程。",
    "以“1+7”服务模式，1个中心、6个站点为基地，打造线上服务平台。",
    "两个以上部门对同一监管对象实施不同行政检查且可以同时开展的，原则上应实行联合检查。",
    "严格落实国家关于防范重特大事故的十五条措施。",
])
def test_counts_that_name_programmes_or_existing_bases_and_floors_that_define_a_case_are_not_targets(text):
    assert _found(text) == []


def test_work_carried_out_with_a_range_and_items_of_a_list_joined_by_and_are_targets():
    assert _found("落实1-2个具有一定规模的利用项目。") == [(1, "个", "range", 2)]
    assert _found("落实每个小区4处公示牌。") == []
    assert _found("完成1.5万个服务点、170座中转站和10座集散场的标准化建设。") == [
        (1.5, "万个", ">=", None), (170, "座", ">=", None), (10, "座", ">=", None)]
    assert _found("建成10个示范点，新增两个以上服务中心。") == [(10, "个", ">=", None), (2, "个", ">=", None)]


def _counts(sentence):
    return [(t["text"], t["value"], t["unit"], t["comparator"]) for t in find_targets(sentence)]


def test_the_existing_things_a_work_is_to_complete_are_counted_but_a_history_is_not():
    assert _counts("2年内完成现有31条街道托底管理类道路治理任务。") == [
        ("2年内完成现有31条街道托底管理类道路治理任务", 31, "条", ">=")]
    assert _counts("在现有31条道路的基础上，新建5条。") == [("新建5条", 5, "条", ">=")]
    assert _counts("全区现有31条道路。") == []


def test_counts_after_a_list_of_places_a_second_count_after_yiji_and_rebuilt_parks_are_targets():
    assert _counts("甲林、乙兰、丙云等4块楔形绿地建成开放。") == [("甲林、乙兰、丙云等4块楔形绿地建成开放", 4, "块", ">=")]
    assert _counts("建成10个以上示范片区以及50个以上示范村。") == [
        ("建成10个以上示范片区", 10, "个", ">="), ("50个以上示范村", 50, "个", ">=")]
    assert _counts("依托林地资源，改建50座左右开放休闲林地公园。") == [("改建50座左右开放休闲林地公园", 50, "座", "≈")]


def test_a_line_of_the_organising_section_that_ends_with_its_deadline_states_a_target():
    text = ("某方案\n一、主要任务\n（一）推进布点。新增网点。（责任单位：甲委）\n二、组织实施\n（一）加强领导\n建立联席会议。\n"
            "（二）推进工作节点\n1.各部门制定工作方案。（2020年9月20日前完成）\n"
            "2.由甲委牵头，完成全区早餐服务52个网点建设工作（详见附表）。（2020年12月31日前完成）\n"
            "3.全区共有30个网点。\n")
    assert [(t["task"], t["text"], t["value"], t["unit"]) for t in read_text(text)["targets"]] == [
        (None, "完成全区早餐服务52个网点建设工作", 52, "个")]


def test_full_coverage_written_before_the_verb_is_a_coverage_target():
    assert _counts("对重点监管企业全覆盖实施环境信用评价。") == [("对重点监管企业全覆盖实施环境信用评价", 100, "%", ">=")]
    assert _counts("对销售门店开展全覆盖法制培训。") == [("对销售门店开展全覆盖法制培训", 100, "%", ">=")]
    assert _counts("以规上工业企业为重点，全覆盖开展数字化诊断与改造升级。") == []  # nothing named as covered (zone plan)


def test_a_coverage_the_principles_commit_to_is_a_target_but_their_other_figures_are_not():
    text = ("某方案\n一、指导原则\n分类纳管，分步实施\n采用多种方式，对内部道路进行全覆盖分类纳管，消除管理盲区。坚持三个统一。\n"
            "二、工作任务\n（一）全面排查。排查道路。（责任单位：甲局）\n")
    assert [(t["task"], t["text"], t["value"], t["unit"]) for t in read_text(text)["targets"]] == [
        (None, "对内部道路进行全覆盖分类纳管", 100, "%")]


@pytest.mark.parametrize("sentence", [
    "推进甲江、乙河等九条市域生态走廊建设。",  # a set named by its count after the names (corpus: 等四类处置方式)
    "五个新城打造公园城市先行区。",  # a set named by its count opening the clause
    "着力实施千座公园计划。",  # a programme's name
    "整治完成一条，纳管一条，逐步纳入执法范畴。",  # a pace of work
])
def test_sets_named_by_a_count_programme_names_and_a_pace_of_work_are_not_targets(sentence):
    assert _counts(sentence) == []


def test_counts_of_listed_names_in_figures_and_chinese_counts_after_a_verb_stay_targets():
    assert _counts("推进甲名、乙浦等23个城镇雨水排水系统建设。") == [("推进甲名、乙浦等23个城镇雨水排水系统建设", 23, "个", ">=")]
    assert _counts("规划建设五个环新城森林生态公园带。") == [("规划建设五个环新城森林生态公园带", 5, "个", ">=")]
    assert _counts("新建一条道路，改造一座桥梁。") == [("新建一条道路", 1, "条", ">="), ("改造一座桥梁", 1, "座", ">=")]


def test_comparison_signs_state_the_comparator_and_per_mille_is_a_unit():
    assert _counts("确保岸段垃圾盖度≤5‰。") == [("确保岸段垃圾盖度≤5‰", 5, "‰", "<=")]
    assert _counts("设施完好率≥90%。") == [("设施完好率≥90%", 90, "%", ">=")]

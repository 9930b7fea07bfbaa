"""Find quantified targets (指标) in plan text: 75亿元以上, 1~2家, 增长15%, 全覆盖, 超过全省平均水平."""

import re

from .place_scopes import places_in_scope
from .quantities import Quantity, find_quantities
from .target_clause_ends import clause_stops
from .target_conditions import condition_of_case
from .target_coverage import coverage_in, pace_only, sure_coverage
from .target_deductions import deduction_rule, rule_targets
from .target_durations import cut_word
from .target_item_ends import long_noun_end, modifiers_end
from .target_kind_cuts import listed_kinds
from .target_labels import coverage_not_sought, labelled_start, paragraph_label, titled_set, without_label
from .target_listed_bounds import share_listed_bound
from .target_listed_builds import listed_facilities_built
from .target_masks import inside as _inside
from .target_masks import masked_spans
from .target_measures import restated, tally_of_past_work
from .target_norms import norm_context, per_unit_holding
from .target_place_shares import fields_reached, share_of_places
from .target_plausible import plausible_figure
from .target_qualifiers import qualifier, share_doing
from .target_quotas import carried_figures, covered_list, land_quota
from .target_rates import (
    defines_a_case,
    measured_threshold,
    named_list_count,
    names_or_bases,
    permitted_cap,
    rate_or_capacity,
    scope_count,
    size_threshold,
)
from .target_reach import trained_crowd
from .target_roles import coverage_scopes, existing_acted_on, not_a_goal, replaced_count, subject_done
from .target_routines import one_at_a_time
from .target_rule_figures import granted_share, old_value, tier_rate_next
from .target_samples import sample_rule, sampled_count
from .target_settings import SHARES
from .target_shapes import (
    ENUMERATION,
    LEADING_NOISE,
    OUTLINE_MARKER,
    coverage_target,
    indicator_name,
    kind_of_target,
    relative_target,
    respectively,
    sentence_at,
    sentence_spans,
)
from .target_share_caps import CAP_WORDS, share_cap
from .target_shares import held_by_share, joined_share, measure_reached, next_share_start, share_with_holding
from .target_skips import articles_of_text, bare_cell, own_parts, parallel_saying, scale_step
from .target_thresholds import area_floor, eligibility_line, not_a_norm
from .target_whole_shares import reserved_share
from .target_words import COMMITS, GOAL_AFTER, PREFIX, PREFIX_COMPARATOR, SUFFIX, SUFFIX_COMPARATOR, VERB

# "|" ends a table cell written on a row line; a half-width "." between two words (not a decimal point, not after an
# outline numeral) ends a sentence: "…1套地面火箭发射装置.布设2套…".
_STOP_DOT = r"(?<=[\u4e00-\u9fff）)”])(?<![一二三四五六七八九十])\.(?=[\u4e00-\u9fff（(“])"
# A colon between a figure and 1 is a ratio's, not a label's: "车桩比达到1.9:1".
_RATIO_COLON = r"(?<=\d)[:：](?=1(?![\d.:：]))"
_CLAUSE = re.compile(rf"(?:(?!{_STOP_DOT})[^，,；;。！!？?\n：:|]|{_RATIO_COLON})+")
_HISTORY = re.compile(r"已|截至|截止|(?<!实)现有|共有|拥有(?!量)|目前|(?<![比较])去年|(?<![以比较])上年|此前|过去|以来")  # not "5家以上/年销售收入", "比上年增长8%", "…专利拥有量"
_CAP = re.compile(r"(?:遴选|评选|择优|推荐|每年|每家|每个|每户|每项|单个|单家|单项)[^，,；;。]{0,8}$")
_ROUND_NAME = re.compile(r"[百千万][名个家项座]")  # 千座公园计划 names a programme too
_NAMED = re.compile(r"(?:计划|项目|工程|行动)$")
_BRACKET_NOTE = re.compile(r"[（(][^（）()]*[）)]")
# "优先支持其行政区域内1家符合条件的…": how many of those eligible may be chosen, a quota and not a goal.
_ELIGIBLE = re.compile(r"^(?:符合条件|具备条件|条件成熟)")
_COVERAGE_WORDS = re.compile(r"推进|推动|实现|做到|达到|完成|确保|加快|全面覆盖|全域覆盖|全覆盖|覆盖")


def find_targets(text: str, offset: int = 0, task: str | None = None) -> list[dict]:
    """Targets found in ``text``; ``start``/``end`` are offsets into the document (``offset`` + local)."""
    masks = masked_spans(text)
    sentences = sentence_spans(text)
    targets: list[dict] = []
    for clause in _CLAUSE.finditer(clause_stops(text)):
        if _inside(clause.start(), masks) and _inside(clause.end() - 1, masks):
            continue
        if paragraph_label(text, clause.start(), clause.end()):
            continue  # "百个大空间：按照…": the label of a paragraph, not a commitment ("2、3个示范村：甲村、乙村" counts)
        if bare_cell(text, clause) or titled_set(text, clause.start(), clause.end()):
            continue  # "25%" alone on its line: a table cell no task owns; "实现两个归位。…": an item's title naming a set
        if scale_step(text, clause) or parallel_saying(clause.group()) or tally_of_past_work(text, clause):
            continue  # a scale; "一处失信、处处受限"; "共交办…4903件": work done
        found = [without_label(target) for target in _clause_targets(text, labelled_start(text, clause.start()), clause.end(), masks)
                 if not condition_of_case(text, target, clause.start())]  # "能耗下降15%以上…的项目", "得分须高于…"
        if carried := carried_figures(text, clause.start()):  # "…，不超过500名…": a selection's next quota; a setting's
            found = [target for target in found if target["comparator"] not in carried]  # change ("…，提高到…80%")
        if tier_rate_next(text, clause.start()):  # "100万元以下的部分，间接费用比例不超过30%": a tier's rate
            found = [target for target in found if target["unit"] not in SHARES]
        share_listed_bound(text, found)  # "占比分别在7%和2%以下": the bound after the last holds for each
        if deduction_rule(text, clause.start()):  # "会议每年少于2次的，每少1次扣1.5分": the floor it enforces
            found = rule_targets(text, clause.start(), clause.end(), found)
        for target in found:
            target.update(task=task, sentence=sentence_at(text, sentences, target["start"]))
            target["start"] += offset
            target["end"] += offset
        targets += found
    return targets


def _clause_targets(text: str, start: int, end: int, masks) -> list[dict]:
    clause = text[start:end]
    unbracketed = _BRACKET_NOTE.sub("", clause)  # a bracketed note is no history
    history = _HISTORY.search(unbracketed)
    if history and not existing_acted_on(unbracketed, history) and not per_unit_holding(unbracketed, history) \
            or eligibility_line(clause):
        return []  # "已建成…", "每个社区拥有3个以上…" is a norm; "由…以下提高到…以下" moves an eligibility line
    relative = relative_target(clause)
    if relative:  # "进出口总额增长9%左右、增速高于全国平均水平": the figures before it are targets too
        before = _clause_targets(text, start, start + relative["start"] - 1, masks) if relative["start"] > 2 else []
        return before + [_shift(relative, start)]
    coverage = coverage_in(clause)
    written = list(find_quantities(clause))
    plausible = [q for q in written if plausible_figure(clause, q, start, masks)]
    following = text[end:]  # the text after the clause, cut once rather than for every figure
    quantities = [q for index, q in enumerate(plausible) if not qualifier(clause, q, plausible[index + 1:])
                  and not one_at_a_time(clause, following, q)
                  and not granted_share(clause[:q.start], clause[q.end:], following, q.unit)]  # "按…的30%，给予奖补"
    sought = coverage and not coverage_not_sought(clause, coverage.start()) and not pace_only(clause, coverage.start())
    if sought and (not quantities or coverage_scopes(clause, quantities, coverage)):
        target = coverage_target(clause, coverage)
        # "对有关企业进行全覆盖核查": 全覆盖 as the manner of a verb's work reads as a goal in some plans and not in
        # others (corpus golds differ); the reader keeps it and marks it 待确认.
        target["unsure"] = target["unsure"] or not sure_coverage(coverage)
        # "（一）推进全面覆盖": an item's heading that names nothing covered states no goal of its own.
        heading = target["indicator"] == "覆盖率" and not _names_covered(clause[:coverage.end()]) and (
            OUTLINE_MARKER.match(clause) or (text[start - 1:start] in ("", "\n") and text[end:end + 1] in ("", "\n")))
        return [] if heading else [_shift(target, start)]
    targets: list[dict] = []
    previous_end = shared_end = 0
    taken: set[int] = set()
    for index, quantity in enumerate(quantities):
        listed_after = next((q for q in written if q.end <= quantity.start and q.unit == quantity.unit
                             and _LISTED_NEXT.fullmatch(clause[q.end:quantity.start])), None)
        if listed_after and listed_after.start not in taken:
            continue  # "按不低于…标准的15%、50%执行": a figure listed after one that is no goal is none either
        target = _quantity_target(clause, quantity, previous_end, last=index == len(quantities) - 1, following=following)
        if target:
            taken.add(quantity.start)
            if shared_end:  # "…和70%的县（市、区）达到…": the second share runs to the measure both reach
                target.update(end=shared_end, text=clause[target["start"]:shared_end].strip())
            shared_end = target["end"] if "resume" in target else 0
            previous_end = target.pop("resume", target["end"])  # "90%的市和70%的县…": the next share starts at 和
            targets.append(_shift(target, start))
    return restated(text, respectively(text, start, targets))  # "83.329公顷（4025筐）": two targets


# "职工家庭产权房屋不超过两套且…的，": a figure compared, in a clause that ends in 的, names which cases a rule is for.
_COMPARED = re.compile(r"(?:不超过|超过|不低于|低于|高于|不足|少于|多于|不少于|不高于)\s*$")
_LISTED_NEXT = re.compile(r"\s*[、和及]\s*")


def _names_covered(through: str) -> bool:
    """"实现社会保障卡全覆盖…" names what is covered; "（一）推进全面覆盖" does not (a heading's slogan)."""
    return len(re.sub(r"[^\u4e00-\u9fff]", "", _COVERAGE_WORDS.sub("", OUTLINE_MARKER.sub("", through)))) >= 2


def _shift(target: dict, by: int) -> dict:
    target["start"] += by
    target["end"] += by
    return target


# "至2026年…", "到2025年底…" opening a clause: what follows is to be reached by then.
_DEADLINE = re.compile(r"^(?:至|到)20\d\d年(?:底|末)?(?!\d)")
_WORK_DONE = re.compile(r"[^，,；;。]{0,16}?(?:进行|开展|实施)")
_RADIUS = re.compile(r"^(?:服务)?(?:半径|范围)")  # 300-500米服务半径, 站点50米范围内: a scope, not a goal
# "建筑面积在500平方米以下…的楼宇": 在 states the size a rule applies to (a threshold), not a goal.
# "沙滩整治修复工程长约3.8 公里": the length of a named works describes it, though its name holds verbs (整治, 修复).
_WORKS_LENGTH = re.compile(r"工程(?:南北|东西)?[总全]?长(?:约|为|近)?\s?$")
_EXTENT = re.compile(r"(?:面积|占地|全长|总长|套数|栋数|幢数)(?:约|为|近|达|在)?$")  # "总套数2883套": a project's scale


def _has_context(before: str, after: str, follows: bool = False) -> bool:
    if _DEADLINE.match(before.strip()):  # "至2026年金山铁路全天开行列车38对": a figure to reach by a date
        return True
    if re.search(r"对(?:全[区市县省镇])?$", before.strip()) and (_WORK_DONE.match(after) or covered_list(after)):
        return True  # "对全区1918个垃圾箱房…进行升级改造"
    if replaced_count(before, after) or subject_done(before, after):  # "将现有80辆…更换为…", "全区314个居住区完成…"
        return True
    if before.strip().endswith("将"):  # "将70%以上的源头实效比例分解到…": the share the work acts on
        return True  # "对300个公交站台进行适老化改造": the things the work is done on, counted
    stripped = LEADING_NOISE.sub("", before.strip())
    after = re.split(r"[（(〔【]", after, maxsplit=1)[0]
    # "城镇调查失业率5.5%左右、居民消费价格涨幅2%左右": an item of a list of figures is a target.
    listed = after.lstrip().startswith(("、", "和", "及"))
    # "1000套专家公寓和10000套人才公寓": the next item of a list that began with a target.
    listed = listed or (follows and bool(re.fullmatch(r"[^，,；;。]{0,12}[、和及与]", before)))
    goal = GOAL_AFTER.match(after) or land_quota(after)  # "占…50%的目标要求", "9.6万亩耕地保护任务": called a goal
    # "（嘉定新城5个、其他区域4个）": the last count of a breakdown ends with its bracket.
    return bool(COMMITS.search(before) or PREFIX.search(before) or not stripped or not after.strip(" ）)")
                or listed or goal)


def _quantity_target(clause: str, quantity: Quantity, previous_end: int, last: bool, following: str = "") -> dict | None:
    start = previous_end
    marker = OUTLINE_MARKER.match(clause, start)
    if marker and marker.end() <= quantity.start:
        start = marker.end()
    enumeration = ENUMERATION.match(clause, start)  # "三是全区新建101个…": the goal starts after 三是
    if enumeration and enumeration.end() <= quantity.start:
        start = enumeration.end()
    if previous_end:  # "技能突出人才、2000名技能重点人才": a later item of a list starts after its separator
        cut = max(clause.rfind(mark, start, quantity.start) for mark in ("、", "和", "以及", "（", "("))
        cut = clause.rfind("、", start, cut) if re.search(r"[）)]", clause[cut:quantity.start]) else cut  # 居委会（村）
        cut += 1 if clause.startswith("以及", cut) else 0  # "…（其中甲街道1个": after the bracket
        if cut == quantity.start - 1 and clause[cut] in "（(":  # "、…宣传标语（1幅）": the thing counted comes first
            cut = max(clause.rfind(mark, start, cut) for mark in ("、", "和"))
        start = cut + 1 if cut >= 0 else start
    while start < quantity.start and clause[start] in "、和及与 （(":
        start += 1
    if quantity.start - start > 25:  # a long clause: start at its last "或"/"并" part
        joint = max(clause.rfind(word, start, quantity.start) for word in ("或", "并且", "同时"))
        if joint > start:
            start = joint + (1 if clause[joint] == "或" else 2)
    before = clause[start:quantity.start]
    if old_value(before, clause[quantity.end:] + following):
        return None  # "由140平方米以下调整为144平方米以下": the value a rule changes from
    suffix = SUFFIX.match(clause[quantity.end:])
    end = quantity.end + (suffix.end() if suffix else 0)
    chinese = not clause[quantity.start].isdigit()
    listed = named_list_count(clause[:quantity.start], chinese, quantity.unit)  # "…、报告生成等5项能力": the count of the names listed
    built = chinese and listed_facilities_built(clause[:quantity.start], clause[quantity.start:quantity.end], clause[end:])
    if chinese and not built and (listed or not previous_end and not LEADING_NOISE.sub("", before.strip()) and not suffix):
        return None  # "黄浦江、大治河等九条市域生态走廊", "五个新城打造…": a set named by its count (corpus: 等四类)
    if listed and listed_kinds(clause[:quantity.start], quantity.unit):
        return None  # "出行、医疗、文旅等21大类便捷服务": the kinds the named things stand for
    if listed and not COMMITS.search(before) and scope_count(clause[end:]):
        return None  # "松江、青浦、嘉定、奉贤等4个新城建设用地面积50%以上": the places the next figure is about
    # "全市城镇25%面积达到3—5年一遇…", "规划内80%的保留水产养殖场完成…": the share that reaches a standard or does the
    # work is the goal ("节能率不低于15%的建筑" names a class of buildings).
    share = quantity.unit in ("%", "％") and (share_doing(clause[end:], suffix, before) or not
                                            PREFIX.search(before) and re.match(r"的[^，,；;。\d、]{1,8}?完成", clause[end:]))
    share = share or share_of_places(clause[:quantity.start], clause[end:], quantity.unit)  # "辖区内100%社区、…"
    share = share or fields_reached(before, clause[quantity.end:])  # "在10个以上领域实现…"
    share = share or sampled_count(before, clause[end:], quantity.unit)  # "抽检30个样品", "20个…监测点"
    reserved = reserved_share(clause[:quantity.start], clause[quantity.end:], quantity.unit)  # "…总额的30%以上应预留"
    share = share or reserved
    if not (_has_context(before, clause[end:], follows=previous_end > 0) or listed or share
            or trained_crowd(before, clause[end:] + following, quantity.unit)  # "面向3万名…开展…培训"
            or norm_context(before, clause[end:], quantity.unit, clause[quantity.start:quantity.end])) \
            or _ELIGIBLE.match(clause[end:]):
        return None
    if not reserved and not_a_goal(before, clause[quantity.start:quantity.end], clause[end:], quantity.unit,
                                   bool(PREFIX.search(before) or suffix), opens=not previous_end):
        return None  # who does the work, its stages, kinds described, a funding share
    if not_a_norm(clause, before, clause[quantity.start:quantity.end], clause[quantity.end:], quantity.unit):
        return None  # "人均…经费达到50元以上", "10名以上…的行政村", "2000吨标准煤以上用能企业", "开展1次…活动"
    compared = _COMPARED.search(before)  # the comparison itself (超过) commits to nothing
    if names_or_bases(clause[quantity.start:quantity.end], clause[end:]) or defines_a_case(
            clause[end:], bool(suffix) and suffix.group(1) in ("以上", "及以上") or bool(compared),
            bool(COMMITS.search(before[:compared.start()] if compared else before))):
        return None  # "十项重点工程", "1个中心、6个站点为基地", "两个以上部门对同一对象…的"
    if size_threshold(quantity.unit, clause[quantity.end:], before):
        return None  # "新建10000平方米以下项目": the size a rule applies to
    if places_in_scope(clause[:quantity.start], quantity.unit, clause[end:]):
        return None  # "等7个城市纳入…试点范围", "将12个街道打造为…": the places the work is about
    if measured_threshold(clause[:quantity.start]) or held_by_share(clause[:quantity.start]):
        return None  # "连接软管长度超过2米…的": a threshold; "50%以上的车站设有不少于1处…": what each place has
    if permitted_cap(clause[:quantity.start]):
        return None  # "物业可转让不超过50％": a cap on what a rule permits
    if rate_or_capacity(clause[:quantity.start], clause[end:], quantity.unit):
        return None  # 每公里5000元, 每25—30公里…一名: a rate; 8万人大型开放空间: a capacity
    if articles_of_text(quantity.unit, before, clause[end:], bool(VERB.search(before))) \
            or own_parts(before, clause[end:], quantity.unit):
        return None  # "下设一办七组", "实施22条措施", "落实…的十五条措施": articles of a text ("实施1条以上主要街道…治理" is work)
    if _RADIUS.match(clause[end:]) or _WORKS_LENGTH.search(before) or (_EXTENT.search(before) and not VERB.search(before)
                                       and not area_floor(before, suffix.group(1) if suffix else "")):
        return None  # "300-500米服务半径" names a standard; "面积约8.6平方公里" describes a place
    if _ROUND_NAME.fullmatch(clause[quantity.start:quantity.end]) and (not VERB.search(before) or before.endswith("实施")) and \
            _NAMED.search(clause[quantity.end:]):
        return None  # 百名高端外国专家引进项目, 千名国际人才培训项目: a programme's name
    if _CAP.search(before) and (PREFIX.search(before) or suffix) and \
            (PREFIX_COMPARATOR.get((PREFIX.search(before) or suffix).group(1)) or
             SUFFIX_COMPARATOR.get(suffix.group(1) if suffix else "")) in ("<=", "<"):
        return None  # 每年遴选不超过20个: a selection quota or a cap, not a goal
    # Only an item of a list of figures, with no verb or comparison word of its own: worth a second look.
    after = re.split(r"[（(〔【]", clause[end:], maxsplit=1)[0]
    unsure = not (COMMITS.search(before) or PREFIX.search(before) or suffix or quantity.value_max is not None
                  or not LEADING_NOISE.sub("", before.strip()) or not after.strip())
    comparator, rule = ">=", "named_list" if listed else "bare"
    prefix = PREFIX.search(before)
    if prefix:
        comparator, rule = PREFIX_COMPARATOR[prefix.group(1)], "prefix:" + prefix.group(1)
    if quantity.more:
        comparator, rule = ">=", "more"  # "80余辆": at least 80, like 超过 and 以上
    if suffix:
        comparator, rule = SUFFIX_COMPARATOR[suffix.group(1)], "suffix:" + suffix.group(1)
    if quantity.value_max is not None:
        comparator, rule = "range", "range"
    if rule == "bare" and (cap := share_cap(before, quantity.unit)):  # "不超过最大承载量的75%": a cap, not a floor
        comparator, rule = CAP_WORDS[cap], "prefix:" + cap
    if rule == "bare" and (cut := cut_word(before, quantity.unit)):  # "压缩至平均9个工作日": a cap
        comparator, rule = "<=", "prefix:" + cut
    rule = sample_rule(before, clause[end:], quantity.unit, rule)  # "不低于常住人口1‰", "抽检30个样品"
    rest = re.split(r"[（(〔【]", clause[end:], maxsplit=1)[0].rstrip().rstrip("）)")  # an opened bracket's close
    if share_of_places(clause[:quantity.start], clause[end:], quantity.unit) or (
            quantity.unit == "%" and measure_reached(clause[end:])):  # "95%的农村社区（行政村）建有…"
        rest = clause[end:].rstrip()  # a bracketed other name of the places or bodies does not end the goal
    resume = None
    if clause[quantity.start - 1 : quantity.start] in ("（", "(") and clause[end : end + 1] in ("）", ")"):
        end += 1  # "主题公益广告（2幅）": the count's bracket closes its text (and the rest of the clause follows)
        start -= 1 if start == quantity.start else 0  # "（三种及以上）活动的…": a bracket that opens the text stays
        rest = re.split(r"[（(〔【]", clause[end:], maxsplit=1)[0].rstrip()
    if not last and quantity.unit == "%" and joined_share(clause[end:]):  # "90%的市和70%的县（市、区）达到…"
        resume, end = next_share_start(clause[end:], end), len(clause.rstrip())
    elif not last and quantity.unit == "%" and share_with_holding(clause, end):  # "50%以上的车站设有不少于1处…"
        end = len(clause.rstrip())
    elif last and rest.strip() and len(rest) <= 30:
        end += len(rest)
    elif not last and (joined := modifiers_end(clause[end:])):
        end += joined  # "3-5个先进可用、自主可控的基础大模型产品、20个…": 、 joins two modifiers of one noun
    elif not last and re.match(r"[^、，,；;。\d（）()]{1,8}、", clause[end:]):
        end = clause.index("、", end)  # "202万亩耕地、150万亩…": an item of a list ends at its separator
    elif not last and (noun := re.match(r"[^、，,；;。\d（）()“”和及与]{1,12}?(?=以及|[和及与]|[（(]其中)", clause[end:])):
        end += noun.end()  # "新建101个服务点和2个中转站", "40辆收运车（其中…）": the count keeps its noun
    elif not last and (noun_end := long_noun_end(clause[end:])):
        end += noun_end  # "5个对标全球领先水平的标杆型应用工程、20个…": a long noun up to the next item
    return {
        "text": clause[start:end].strip(),
        "indicator": indicator_name(before, clause[quantity.end + (suffix.end() if suffix else 0):end], quantity),
        "value": quantity.value,
        "unit": quantity.unit,
        "comparator": comparator, "value_max": quantity.value_max,
        "kind": kind_of_target(before, quantity),
        "rule": rule, "unsure": unsure,
        "start": start + (len(clause[start:end]) - len(clause[start:end].lstrip())),
        "end": end,
    } | ({"resume": resume} if resume else {})

"""Figures that state a condition a case must meet, not a goal the plan sets: the line a project of a support measure
must reach to qualify ("本区改造后单位建筑面积能耗…下降15%以上（含），且获得市级财政补贴的…既有公共建筑改造项目。": the
sentence names the kind of project that may apply and ends in it), and the threshold that defines a grade or a condition
of support ("绿色引领企业绩效综合得分须高于行业平均绩效水平50%以上": 须/需/应 + 高于/达到 with a score or a grade as its
subject, or in a sentence about applying or being rated). A goal with 须 ("各区…回收利用率须达到45%以上") stays a goal."""

import re

from .quantities import find_quantities
from .target_asides import aside
from .target_words import FOR_CASE

# The kinds of case a support measure names; the sentence that only names one ends in "…的<kind>。".
_KINDS = (
    "项目",
    "企业",
    "单位",
    "建筑",
    "场所",
    "园区",
    "工厂",
    "机构",
    "主体",
    "用户",
    "商场",
    "产品",
    "设备",
    "车辆",
)
_NAMES_A_KIND = re.compile(r"的[^，,；;。！!？?的\d]{0,16}?(?:" + "|".join(_KINDS) + r")\s*[。；;]?\s*$")
# Words that commit the plan to the figure before it ("推动…下降20%以上的…"): then the sentence sets a goal.
# "建设一批…数据集，包括文本数据20TB以上": what is to be built, listed by its parts, commits too.
_COMMITTING = re.compile(r"推动|推进|确保|力争|争取|实现|完成|建成|建设一批|打造|培育|新增|创建|累计|目标|到20\d\d年|采集|归集|汇聚")
# "在新城范围内实施的总投资不低于2500万元的新型基础设施建设项目": a floor of a size (投资, 营业收入, 面积…) right
# before 的 and the kind of case that ends its clause describes which cases a measure takes in (the size of the projects
# it supports), when nothing before it in the clause commits to the figure; "完成投资不低于2500万元" and "推动80家以上
# 企业…的示范项目" stay goals. Add a size here.
CASE_SIZES = ("投资", "投资额", "总投资", "营业收入", "主营业务收入", "销售收入", "营收", "产值", "资产", "面积", "规模", "容量",
              "能耗")
_SIZE_BEFORE = re.compile(rf"(?:{'|'.join(CASE_SIZES)})(?:总额)?\s*(?P<floor>不低于|不少于|至少|超过|高于|达到|在)?\s*$")
_OF_A_KIND = re.compile(r"^(?:及以上|以上)?(?:（含）|\(含\))?的[^，,；;。！!？?的\d]{0,16}?(?:" + "|".join(_KINDS) + r")\s*$")
# "须高于", "需达到", "应当不低于": a requirement written with a modal word and a comparison.
_REQUIRED = re.compile(
    r"(?:必须|须|需要|需|应当|应)\s*(?:高于|达到|不低于|不少于|超过|在)[^，,；;。\d]{0,24}\d"
)
# What the requirement is about: a score or a grade ("绩效综合得分", "星级"), or a sentence about applying or rating.
_GRADE = re.compile(r"得分|评分|分数|分值|绩效|等级|星级|评级")
_APPLYING = re.compile(r"申报|申请|认定|评定|评为|评选|入选|享受|资格")
_FLOOR_OR_CAP = (">=", "<=", ">", "<")


_SENTENCE_END = re.compile(r"[。！!？?\n]")
# "当居民消费价格指数单月同比涨幅达到3%或…，启动…联动机制": 当 opening a clause is "when" too (not 当前, 当年, 当地 …).
_IF_CLAUSE = re.compile(r"\s*(?:若|如果|假如|凡是|当(?![前年月日期地天季场面时]))")
_ENABLES = re.compile(r"[\d%％][^，,；;。\n\d]{0,8}?[，,]?\s*即可")  # "…总投资25%以上,即可申请…": a comma between


def condition_of_case(text: str, target: dict, clause_start: int) -> bool:
    """Whether ``target`` (offsets into ``text``, its clause starting at ``clause_start``) states a condition a case must
    meet rather than a goal: a qualifying line of the kind of case its sentence names, or a grade threshold."""
    start, end = target["start"], target["end"]
    sentence_start = max(text.rfind(mark, 0, start) for mark in "。！!？?\n") + 1
    stop = _SENTENCE_END.search(text, end)
    sentence_end = stop.end() if stop else len(text)
    sentence = text[sentence_start:sentence_end]
    return (
        # "培育5家以上年销售收入过百亿元的企业、…": the target's own words may hold the commitment (培育).
        # A bare count ("布设2套…发生器，配套建设相关的气象观测设备") compares nothing: no qualifying line.
        target.get("rule") != "bare" and qualifying_case(text[sentence_start:end], text[end:sentence_end],
                                                     target["comparator"])
        # "单体建筑面积不大于10000平方米、建筑高度不大于24米且…的…工业项目": a target whose words run on to the kind of
        # case names it from its figure on.
        or target.get("rule") != "bare" and _figure_names_case(text, target, sentence_start, sentence_end)
        or grade_threshold(text[clause_start:end], sentence)
        or inventory(text[sentence_start:end], _sentence_before(text, sentence_start))
        or _selection(text[start:end])
        or aside(text, target, clause_start)  # "可腾挪出约4万㎡", "每周举办一场…活动": beside the work, no goal
        or sized_condition(text, target, clause_start)
        or base_year(text, start)
        # "若年度吸纳见习人员超过200人", "…主体完成50％即可申请…贷款": what a case must show to qualify.
        or bool(_IF_CLAUSE.match(text, clause_start) or _ENABLES.search(text, start, sentence_end))
    )


# "建筑面积超过1万平方米或日客流量超过1万人的，建立…": a size or a flow compared in a clause that ends in 的 (then a comma)
# says which cases the rule after it applies to; so do tiers of money put in ("实际投入金额达50万元（含）-100万元、…、300万元
# 以上的，分别给予…"). Add a measured word here.
CONDITION_MEASURES = (*CASE_SIZES, "建筑面积", "客流量", "人流量", "人数", "职工人数", "金额", "投入", "零售额", "销售额",
                      "营业额", "交易额")
# "年销售收入首次达到2000万元、5000万元、1亿元的企业，分别给予…": the measure may be reached for the first time or in
# total, and the clause may end in the kind of case when a grant follows it.
_MEASURED = re.compile(
    rf"(?:{'|'.join(CONDITION_MEASURES)})\s*(?:首次|累计|同比)?\s*(?:在|超过|突破|高于|低于|不足|达到|达|大于|小于|不少于|不低于|增加|增长)[^，,；;。]*$"
)
_OF_KIND_END = re.compile(r"的[^，,；;。！!？?的\d]{0,6}?(?:" + "|".join(_KINDS) + r")$")
_GRANT = re.compile(r"[，,]\s*(?:分别|可|均|一次性)?\s*(?:给予|予以|奖励|补助|补贴)")
_CLAUSE_STOP = re.compile(r"[，,；;。\n]")


def sized_condition(text: str, target: dict, clause_start: int) -> bool:
    """Whether ``target`` stands in a clause "<measure> 超过 N …的，" that names the cases a rule applies to, or in a
    clause "对…达 N 以上的，给予…" that names the cases a grant is for."""
    stop = _CLAUSE_STOP.search(text, target["end"])
    clause = text[clause_start : stop.start() if stop else len(text)].rstrip()
    stop_at = stop.start() if stop else len(text)
    ends_in_case = _OF_KIND_END.search(clause) and _GRANT.match(text, stop_at)
    if FOR_CASE.match(clause) and _CASE_MONEY.search(text[clause_start : target["end"]]):
        return True  # "对于年申报…合同累计金额50万元（含）以上，按…给予补贴": the case a grant is for
    # "单个场景投入不低于5万元的场景，择优给予补助": any short noun after 的, and the grant a few words into the next clause.
    granted_case = _OF_ANY_END.search(clause) and _GRANT_SOON.match(text, stop_at)
    through = text[clause_start : target["end"]]
    if granted_case and FOR_CASE.match(clause) and _REACHED.search(through):
        return True  # "对全年登记数据产品达10个以上的，给予奖励", "对…新增专利达5项以上的企业": what earns a reward
    if FOR_CASE.match(clause) and _GRANT_IN_CLAUSE.search(clause):
        return True  # "对…企业数量超过10家的贯标服务机构给予100万元奖励": the grant in the same clause
    if FOR_CASE.match(clause) and _REACHED.search(through) and _AND_THEN_GRANT.match(text, stop_at):
        return True  # "对建设面积2000平方米以上，且年…交易额300万美元以上的自建海外仓，给予…": a case over two clauses
    if _FOR_SIZE.match(clause) and _BOUND_END.search(clause) or _WHEN_CASE.search(clause):
        return True  # "对宗地面积50亩以上，企业…可申请…", "取得相邻两个以上地块时": the cases a rule is for
    if (FOR_CASE.match(clause) or _STEP_CASE.match(clause)) and _REACHED.search(through) \
            and _RECKONED_GRANT.match(text, stop_at):
        return True  # "对于…通航企业年飞行小时达到100小时，按照…予以500元/小时…": what a rate is paid for
    if measured_case(clause, target, target["start"] - clause_start):
        return True
    if granted_case and _FLOOR_WORDS.search(through) and not _COMMITTING.search(through) \
            and not _YEARLY_WORK.match(clause) and not _AND_ALSO.match(text, stop_at):
        return True  # "组织不少于50人的入境游客包机，给予组织者1万元奖补": the case a grant is for
        # ("每年发掘不少于50个…标杆项目，并按照规定给予政策支持" does the work, then supports it: a goal)
    if _REACHED.search(through) and _CASE_THEN_GRANT.match(text, stop_at) and not _COMMITTING.search(through):
        return True  # "…资金规模达到3000万元（…），投资期限满两年（含）以上的，按…给予一次性奖励": a case over two clauses
    if re.match(r"\s*且", clause) and clause.endswith("的") and _GRANT_SOON.match(text, stop_at):
        return True  # "…营业收入达5000万元以上，且带动5个以上（含5个）本地市场主体…协作配套的，给予…": the case goes on
    return bool((clause.endswith("的") or ends_in_case or granted_case) and _MEASURED.search(through))


# "对冬春两季销售额达500万元且增速达15%以上的限上家电、家居企业，每户奖励5万元", "对超过400万元和面向社会公众购买服务的
# 项目标前全面公开采购需求", "每年对年度营业收入增速达到20%以上…的…企业": a figure reached inside the 对 phrase that names
# the cases a measure is for (a 的 after it closes the case) measures those cases, whatever the measure taken; "对100家
# 以上的重点企业开展…" counts the cases themselves (nothing measured before a count) and stays a goal.
_FOR_CASES = re.compile(r"\s*(?:每年)?(?:省级|市级|市县|县级)?对(?:于)?(?![接标照外口话])(?P<measured>[^，,；;。]*)$")
_REACHING = re.compile(r"(?:达到|达|超过|突破|增长|高于|不少于|不低于)\s*(?:\d+(?:\.\d+)?[^\d、，,；;。]{0,4}、)*$")
_BOUNDED = re.compile(r"(?:[、和及]\d+(?:\.\d+)?[^\d、，,；;。]{0,5})*(?:[（(][^（）()]{0,12}[）)])?(?:及以上|以上|及以下|以下|以内)")
_SCOPE = re.compile(r"^(?:全市|全区|全县|全省|全国|本市|本区|辖区内?|各[^，,；;。\d]{0,4}|区内|市内|省内)")
# "…便利店连锁企业(分店数量不少于5家)": a note on the case; "对全省5000万元以上项目进行动态监测": the case right after.
_CASE_OF = re.compile(r"^[^，,；;。]*?(?:的|[)）]\s*$)|^(?:及以上|以上)(?:重点|重大)?(?:项目|企业|工程)")


def _figure_of(text: str, target: dict, from_start: int):
    """The quantity of ``target`` in ``text`` (its words from ``from_start``), or None."""
    return next((q for q in find_quantities(text) if q.start >= from_start and q.value == target["value"]
                 and q.unit == target["unit"]), None)


def _figure_names_case(text: str, target: dict, sentence_start: int, sentence_end: int) -> bool:
    if not str(target.get("rule", "")).startswith("prefix"):
        return False  # "将70%以上的…比例分解到具体项目": a share reached, not a line a case is sorted by
    figure = _figure_of(text[sentence_start:target["end"]], target, target["start"] - sentence_start)
    if figure is None or sentence_start + figure.end >= target["end"]:
        return False
    cut = sentence_start + figure.end
    return qualifying_case(text[sentence_start:cut], text[cut:sentence_end], target["comparator"])


def measured_case(clause: str, target: dict, target_start: int) -> bool:
    """Whether the figure of ``target`` (its text from ``target_start`` in ``clause``) is reached inside a 对 phrase
    naming cases."""
    figure = _figure_of(clause, target, target_start)
    if figure is None:
        return False
    before, after = clause[: figure.start], clause[figure.end :]
    opening = _FOR_CASES.match(before)
    if opening and re.match(r"每(?:新增|新建|引进)", opening.group("measured")):
        return True  # "对每新增年产万吨婴幼儿乳粉、年产500吨奶酪…产能，省级分别支持…": each case of a step
    if not opening or not _CASE_OF.match(after):
        return False
    reaching = _REACHING.search(before)
    sum_or_size = figure.unit.endswith(_SUMS_AND_SIZES)  # "对引进年实际投资额10亿元、5亿元的…项目": it sorts by itself
    if not (reaching or _BOUNDED.match(after) or sum_or_size and after.startswith(("、", "的"))):
        return False
    if sum_or_size or figure.unit.endswith(("%", "％")):
        return True  # "对超过400万元…的项目": a sum, a size or a share cannot count the cases, it measures them
    measured = opening.group("measured")[: reaching.start() - opening.start("measured")] if reaching \
        else opening.group("measured")
    return len(re.findall(r"[\u4e00-\u9fff]", _SCOPE.sub("", measured))) >= 2


_SUMS_AND_SIZES = ("元", "亩", "平方米")
_CASE_THEN_GRANT = re.compile(r"[，,]\s*(?:且)?[^。；;，,]{0,30}的[，,][^。；;]{0,40}?(?:给予|予以|奖励|补助|补贴)")
_FLOOR_WORDS = re.compile(r"不少于|不低于|超过|以上")
_YEARLY_WORK = re.compile(r"\s*(?:每年|每季度|全年|年内)")
_AND_ALSO = re.compile(r"[，,]\s*并")
_OF_ANY_END = re.compile(r"的(?:[^，,；;。！!？?的\d]{1,8})?$")
# "对宗地面积50亩以上，": a clause opened by 对 and a measure that ends at its figure's bound only names a kind of case.
_BOUND_END = re.compile(r"[\d一二两三四五六七八九十]\s*[^，,；;。\d]{0,4}?(?:及以上|以上|以下|以内)(?:[（(]含[^（）()]{0,8}[）)])?$")
# "同一建设单位取得相邻两个以上地块时": a clause that ends in 时 after a figure's bound is a when, a case a rule is for.
_WHEN_CASE = re.compile(r"(?:以上|以下|超过|达到)[^，,；;。]{0,30}(?<![同适及随临按实准届瓦小])时$")
# "对宗地面积…", "对柜台单笔…", "对年综合能耗…": 对 and a measure of the case, then its figure.
_FOR_SIZE = re.compile(rf"\s*(?:每年)?对(?:于)?[^，,；;。\d]{{0,12}}?(?:{'|'.join((*CASE_SIZES, '面积', '单笔', '能耗', '规模'))})"
                       r"[^，,；;。\d]{0,3}\d")
# "每开通一条固定航线且年飞行小时达到100小时，按照1000元/小时给予运营补贴": each case counted, then the rate it earns.
_STEP_CASE = re.compile(r"\s*每(?:新)?(?:开通|开设|建成|引进|认定)")
_RECKONED_GRANT = re.compile(r"[，,]\s*(?:按照|按)[^。；;]{0,60}?(?:给予|予以)")
_GRANT_IN_CLAUSE = re.compile(
    r"(?:达|达到|超过|不少于|不低于)\s*[\d一二两三四五六七八九十百千]+[^\d，,；;。]{0,3}?(?:及以上|以上)?的[^，,；;。\d]{1,12}?"
    r"(?:给予|予以)"
)
_AND_THEN_GRANT = re.compile(r"[，,]\s*且[^。；;]{0,60}?的[^，,；;。\d]{0,12}[，,][^，,；;。]{0,20}?(?:给予|予以|奖励|补助|补贴)")
_GRANT_SOON = re.compile(r"[，,][^，,；;。]{0,20}?(?:给予|予以|奖励|补助|补贴|奖补|资助)")
# The case reaches the count: 达 / 达到 / 超过 / 不少于 before it, or 以上 after it.
_REACHED = re.compile(r"(?:达|达到|超过|不少于|不低于)\s*[\d一二两三四五六七八九十]|\d\s*[\u4e00-\u9fff]{0,4}(?:及以上|以上)")
_CASE_MONEY = re.compile(rf"(?:{'|'.join(CONDITION_MEASURES)})[^，,；;。]*元(?:[（(]含[）)])?(?:以上|以下)?$")


# "以街镇为单位，分别选取一条…线路试点": the cases picked for a pilot or a list, a selection, not a goal to reach.
_SELECTION = re.compile(r"(?:选取|选择|遴选|选定|挑选)\s*(?:[一二两三四五六七八九十百\d]+)\s*(?:个|条|家|所|处|座|项)")
# "每年遴选20个优秀…解决方案", "全省遴选50家…试点示范": exemplars picked out (遴选) to be held up are the work's output,
# a goal, and so are landmark or high-quality ones ("遴选100个标志性优质项目"); "选取2个示范村开展试点" picks places for
# a pilot.
_EXEMPLARS = re.compile(r"优秀|示范|典型|标杆|良好|先进|精品|样板|标志性|优质")


def _selection(target_text: str) -> bool:
    picked = _SELECTION.search(target_text)
    return bool(picked) and not (picked.group().startswith("遴选") and _EXEMPLARS.search(target_text))


def qualifying_case(sentence_before: str, sentence_after: str, comparator: str) -> bool:
    """Whether a floor or cap (``comparator``) sits in a sentence that only names the kind of case that qualifies:
    the rest of the sentence (``sentence_after``) ends in "的<kind>", and nothing before it commits to the figure."""
    return (
        comparator in _FLOOR_OR_CAP
        and bool(_NAMES_A_KIND.search(sentence_after))
        and not _COMMITTING.search(sentence_before)
    )


def described_case(clause_before: str, after: str) -> bool:
    """Whether a figure (``clause_before`` it in its clause, ``after`` it to the clause's end) is the floor of a size
    of the kind of case its clause ends in ("…总投资不低于2500万元的…建设项目"), with nothing committing before it."""
    sized = _SIZE_BEFORE.search(clause_before)
    floor = sized and (sized.group("floor") or after.startswith(("以上", "及以上")))
    return bool(floor and _OF_A_KIND.match(after) and not _COMMITTING.search(clause_before))


# "不涉及城市主干道且长度不大于300米、管径不大于DN200、…的供水供气排水等外线接入工程", "长度不大于100米适用…政策的…用户
# 工程": a dimension capped in a clause that ends in the kind of works or project it sorts defines that class (a low-risk
# works a simplified procedure applies to), with nothing committing before it. Add a dimension or a kind of works here.
DIMENSIONS = ("长度", "高度", "面积", "管径", "直径", "宽度", "跨度", "层数", "总长度")
WORKS = ("工程", "项目", "建筑", "厂房", "仓库", "设施", "用户")
_DIMENSION_CAP = re.compile(rf"(?:{'|'.join(DIMENSIONS)})\s*(?:不大于|不超过|不高于|小于|低于|在)\s*$")
_OF_WORKS = re.compile(rf"^[^，,；;。]*?的[^，,；;。的]{{0,24}}(?:{'|'.join(WORKS)})(?:[（(][^（）()]{{0,16}}[）)])?$")


def dimension_class(clause_before: str, after: str) -> bool:
    """Whether a figure (``clause_before`` it in its clause, ``after`` it to the clause's end) caps a dimension of the
    class of works its clause ends in."""
    return bool(_DIMENSION_CAP.search(clause_before) and _OF_WORKS.match(after)
                and not _COMMITTING.search(clause_before))


def grade_threshold(clause: str, sentence: str) -> bool:
    """Whether a figure of ``clause`` is a requirement a case must meet (须/需/应 + 高于/达到… before it) to hold a
    grade or to get support, read off its subject (a score, a grade) or its sentence (申报, 认定, 评为…)."""
    required = _REQUIRED.search(clause)
    if not required:
        return False
    return bool(_GRADE.search(clause[: required.start()]) or _APPLYING.search(sentence))


# "本区移交设施包括：排水管道562.359公里，其中…", "本区涉及的养护合同共10个": what there is today, listed or totalled.
_INVENTORY = re.compile(r"包括|包含|共有|涉及的|移交的")
# Work done to the things counted ("将现有60辆老旧收运车更换为…", "公园建设项目共计9个"): the count is the work's.
_WORK = re.compile(r"建|改造|更换|更新|完成|实现|提升|打造|推进|开展|配置|配备|设置|设立|新增|培育|创建|落实")
_CLAUSE_MARK = re.compile(r"[，,；;]")
_INCLUDING = re.compile(r"包括[^，,；;。\d]{1,20}?在内")
# A part of the list in a clause of its own: a short name and its figure ("污水管道142.19公里", "窨井19148座、雨水口
# 15951个", "有效期内总包合同2个"), no verb before the figure.
# How things stand today ("目前正逐步建成开始试运行", "已建成"): a status in the list, no commitment.
_STATUS = re.compile(r"(?:目前|现已|已经|已|正在|正)[^，,；;。\d]{0,4}?(?:建成|完成|实现)")
_LISTED_PART = re.compile(r"^(?:其中|以及|及)?[^\d，,；;：:。]{1,12}\d")


def _sentence_before(text: str, sentence_start: int) -> str:
    """The sentence before the one starting at ``sentence_start``, when it ends with 。 on the same line."""
    if sentence_start < 1 or text[sentence_start - 1] != "。":
        return ""
    return text[max(text.rfind(mark, 0, sentence_start - 1) for mark in "。！!？?\n") + 1 : sentence_start]


def inventory(sentence_through: str, sentence_before: str = "") -> bool:
    """Whether a figure (at the end of ``sentence_through``) counts what exists or is handed over today: its own clause
    lists or totals it (包括, 包含, 共有, 涉及的, 移交的), or starts with 其中 or is only a name and its figure after
    such a clause of its sentence (or of the sentence before, for a sentence opening with 其中), no work is done to
    what it counts in that clause, and nothing in its sentence commits to a figure (建成, 完成, 到2025年…; a status,
    "目前正逐步建成", commits to none): a baseline, not a goal."""
    # "成立包括医疗卫生人员在内的8人专门小组": 包括…在内 says who a new body takes in, no inventory.
    sentence_through = _INCLUDING.sub("", sentence_through)
    clause = _CLAUSE_MARK.split(sentence_through)[-1]
    # "共有…2家…。其中，涉及…1家": a sentence opening with 其中 lists the parts of the sentence before's list.
    if sentence_through.startswith("其中"):
        sentence_through = sentence_before + sentence_through
    listed = _INVENTORY.search(clause) or (
        (clause.startswith("其中") or _LISTED_PART.match(clause))
        and any(_INVENTORY.search(before) for before in _CLAUSE_MARK.split(sentence_through)[:-1])
    )
    committed = _COMMITTING.search(_STATUS.sub("", sentence_through))
    return bool(listed) and not _WORK.search(clause) and not committed


# "做大总量，2022年，全市民营经济市场主体23.2万户，…；2023年，全市…达…": a part opened by a year that states figures with no
# verb, before a part opened by a later year that reaches for figures, gives where the plan starts — a baseline.
_YEAR_OPENING = re.compile(r"^[^，,；;。\d]{0,8}[，,]?\s*(?P<year>20\d\d)年\s*[，,]")
_PART_VERB = re.compile(r"达|突破|力争|确保|新增|增长|增加|提高|提升|超过|完成|建成|建设|培育|实现|打造|引进|形成|开展|推动|推进|"
                        r"不低于|不少于|控制|降低|下降|减少")
_PART_END = re.compile(r"[；;。\n]")
_LATER_YEAR_GOAL = re.compile(r"(?P<year>20\d\d)年\s*[，,][^；;。]{0,40}?(?:达|突破|超过|力争|新增|增长)")


def base_year(text: str, start: int) -> bool:
    """Whether the figure at ``start`` stands in a year's part of a sentence that only states figures, before a later
    year's part that reaches for figures: a baseline."""
    part_start = max(text.rfind(mark, 0, start) for mark in "；;。\n") + 1
    stop = _PART_END.search(text, start)
    part_end = stop.start() if stop else len(text)
    part = text[part_start:part_end]
    opening = _YEAR_OPENING.match(part)
    if not opening or _PART_VERB.search(part):
        return False
    sentence_end = text.find("。", part_end)
    later = _LATER_YEAR_GOAL.search(text, part_end, sentence_end if sentence_end >= 0 else len(text))
    return bool(later) and int(later.group("year")) > int(opening.group("year"))

"""全覆盖 written before the verb it qualifies: what follows tells a goal from a manner of work. A verb that creates or
sets up something ("全市供电营业厅全覆盖设立绿电服务微网点", "各街道全覆盖建设社区食堂") puts the thing in every place
its subject names — a 100 % goal, as "实现…全覆盖" is; a verb of checking or serving ("对有关企业进行全覆盖核查") keeps
k-reader20's reading, a coverage marked 待确认 (COVERING_WORK / COVERING_CHECK below)."""

import re

# Verbs that create or set up something in each place covered. Add a verb here.
SETUP_VERBS = (
    "设立",
    "设置",
    "建设",
    "建立",
    "建成",
    "配置",
    "配备",
    "布设",
    "布局",
    "铺设",
    "安装",
    "开设",
    "新建",
)
# "全市供电营业厅全覆盖设立绿电服务微网点": the places covered, 全覆盖, a verb of setting up and what is set up.
SETUP = re.compile(rf"(?<=[\u4e00-\u9fff])(全覆盖(?:{'|'.join(SETUP_VERBS)})[\u4e00-\u9fff“”]{{1,16}})\s*$")
# "至2025年全覆盖设立…": a date alone before 全覆盖 names no place covered.
_DATE_ONLY = re.compile(r"^\s*(?:至|到|在|于)?\s*\d{4}年(?:底|末)?前?\s*$")


def covering_setup(clause: str) -> re.Match | None:
    """The 全覆盖 + verb-of-setting-up phrase ending ``clause`` when a place covered is named before it, else None."""
    match = SETUP.search(clause)
    if not match or _DATE_ONLY.match(clause[: match.start()]):
        return None
    return match


# "…的受电设施全覆盖（液货船除外）": a bracketed exception after it does not undo the coverage.
FULL_COVERAGE = re.compile(r"(全覆盖|100%覆盖|全面覆盖|全域覆盖|整区域覆盖)(?:工作|目标)?\s*(?:[（(][^（）()]{1,20}[）)])?\s*$")
# "实现NB-IoT网络县级以上主城区全覆盖和重点区域深度覆盖": a coverage joined to a second one ending the clause.
JOINED_COVERAGE = re.compile(r"(全覆盖|全面覆盖|全域覆盖)(?=\s*[和及与、][^，,；;。\d]{1,16}?覆盖\s*$)")
# "加快5G网络全覆盖": 加快 with no word of reaching (实现, 达到…) speeds the work up and sets no end to reach ("推进…全覆盖"
# is read as a goal by the corpus golds, "加快实现…全覆盖" is one). Add a word of pace here.
PACE_WORDS = ("加快",)
_PACE_ONLY = re.compile(rf"(?:{'|'.join(PACE_WORDS)})(?![^，,；;。]*?(?:实现|达到|完成|基本))[^，,；;。]*$")
# "对销售门店开展全覆盖法制培训": work done 全覆盖 (before the noun it qualifies) covers everyone too.
# "对重点监管企业全覆盖实施环境信用评价": 全覆盖 before the verb says the same when 对 names what it covers (the
# zone plan's "以规上工业企业为重点，全覆盖开展数字化诊断" names nothing covered and is no target).
COVERING_WORK = re.compile(r"(?:开展|实施|进行)(全覆盖(?:式|的)?[\u4e00-\u9fff]{2,8})\s*$"
                            r"|对[^，,；;。]{1,20}?(全覆盖(?:开展|实施|进行)[\u4e00-\u9fff]{2,10})\s*$")
# "对生产单位进行全覆盖抽查及时公布…": a check done 全覆盖 covers every unit though the sentence runs on unpunctuated.
COVERING_CHECK = re.compile(r"(?:开展|实施|进行)(全覆盖(?:式|的)?(?:监督)?(?:抽查|检查|排查|巡查|检测|监测))")


# "实现全覆盖进村入户核查": a coverage reached (实现, 做到, 达到) in the work named after it is a goal, as "实现…全覆盖".
REACHED_IN_WORK = re.compile(r"(?:实现|做到|达到)(全覆盖[\u4e00-\u9fff]{2,8})\s*$")


# "做到网格化巡查农村公路全覆盖、日常养护常态化", "实现“道路硬化、…、绿化全覆盖”": the coverage a goal verb reaches, the
# thing covered named between them, though the clause runs on past it (to the next goal of a list, a closing quote or
# bracket). Not "确保全覆盖、底数清…" or "做到地毯式、全覆盖、无死角" (nothing covered named: a slogan, no goal in the
# corpus), "…全覆盖的…体系" (an attribute), "…全覆盖工程" (a name).
GOAL_VERBS = ("实现", "做到", "达到", "完成", "确保")
REACHED_MIDWAY = re.compile(rf"(?:{'|'.join(GOAL_VERBS)})[^，,；;。]*?[\u4e00-\u9fff”）)]"
                            r"(全覆盖|全面覆盖|全域覆盖|整区域覆盖)(?=\s*(?:[、”’」』）)]|[和与并]|及(?!时)))")


def coverage_in(clause: str):
    """The first way the clause writes 全覆盖 as a goal or as the manner of the work (a match), or None."""
    return FULL_COVERAGE.search(clause) or JOINED_COVERAGE.search(clause) or covering_setup(clause) \
        or REACHED_IN_WORK.search(clause) or REACHED_MIDWAY.search(clause) or COVERING_WORK.search(clause) \
        or COVERING_CHECK.search(clause)


def pace_only(clause: str, coverage_start: int) -> bool:
    """Whether the coverage at ``coverage_start`` of ``clause`` is only work sped up ("加快5G网络全覆盖"), no goal."""
    return bool(_PACE_ONLY.search(clause[:coverage_start]))


def sure_coverage(coverage) -> bool:
    """Whether the coverage is a goal for certain ("实现全覆盖", "全覆盖设立…"); work done 全覆盖 is kept 待确认."""
    return coverage.re in (FULL_COVERAGE, JOINED_COVERAGE, SETUP, REACHED_IN_WORK, REACHED_MIDWAY)

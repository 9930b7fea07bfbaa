"""Time spans a plan sets as goals. A duration is no target as a rule (the corpus: "14个工作日内完成审批" is a deadline
for a step), so a figure of days gets its unit only in two wordings: a cap the plan brings the time of a procedure
down to ("审批时限压缩至90个工作日以内", "社会投资项目压缩至70个工作日以内"), and a floor on days of work or of supply
("每周开展…宣传不少于2天", "满足…用气使用7天以上"). A period a rule sets ("公示期不少于5天", "提前3天报告") stays none."""

import re

# "压缩至90个工作日以内": the time a procedure takes, cut down to a cap; add a verb here (targets.py reads them as
# comparison words before a figure, like 不超过).
CUT_TO = {
    "压缩至": "<=",
    "压缩到": "<=",
    "缩短至": "<=",
    "缩短到": "<=",
    "压减至": "<=",
    "压减到": "<=",
}
_CUT = re.compile(rf"(?:{'|'.join(CUT_TO)})\s*$")
# "压缩一半以上至8.5个工作日以内", "取证时间从平均22个工作日压缩至平均9个工作日", "分别压缩至15个、7个工作日以内": words
# between the cut and its figure (how much, 平均) and the earlier spans of a list cut alike; the cut verb is group 1.
_CUT_WORDED = re.compile(
    r"(压缩|缩短|压减)[^，,；;。\d至到]{0,8}?(?:至|到)\s*(?:平均)?\s*"
    r"(?:\d+(?:\.\d+)?\s*个?(?:工作日|天|日)?\s*、\s*)*$"
)
# "办理时限控制在3个工作日以内": 控制在 caps a procedure's time only after the time it names.
_TIME_CONTROLLED = re.compile(r"(?:时限|时间|用时|周期)[^，,；;。\d]{0,6}控制在\s*$")
# "审批事项用时不超过30个工作日", "办理总时限不超过5个工作日", "平均停电时间不超过2.38小时", "平均办理时间保持在3个工作日以内":
# the time a procedure or a service takes, kept under a cap; a step's own limit ("办理时限不超过3个工作日") and the
# longest a rule allows ("最长时间不超过180日") stay none.
_TIME_CAPPED = re.compile(r"(?<!最长)(?:时间|用时|审批时限|审批办理时限|总时限)(?:(?!最长)[^，,；;。\d]){0,6}?(?:均)?(?:不超过|保持在|小于|低于)\s*$")
_CAPPED_SPAN = re.compile(r"(个工作日|工作日|个月|周|天|日)(?=\s*(?:以内|之内|内|[，,；;。]|$))")

# "15个、7个工作日以内": an earlier span of a list takes the unit of the last one.
_SHARED_SPAN = re.compile(r"个?(?=(?:\s*、\s*\d+(?:\.\d+)?\s*个?)+?(工作日|天|日)(?=\s*(?:以内|之内|内|[，,；;。]|$)))")
_SPAN_UNITS = ("工作日", "天", "日", "小时")

# "提供不少于7天的免费住宿期": the length of a benefit's period, the rule's.
_BENEFIT_PERIOD = re.compile(r"天的[^，,；;。\d]{0,6}期")
_DAY_FLOOR = re.compile(r"(?:不少于|不低于|不得少于|至少)\s*$")
_DAYS_OR_MORE = re.compile(r"天(?=\s*(?:及以上|以上))")
# Periods a rule sets or counts by: publicity, notice ahead, keeping records, spacing.
_RULE_PERIOD = re.compile(
    r"公示|公告|征求意见|提前|保存|保留|留存|存储|储存|间隔|期限|(?:试用|观察|缓冲|过渡|有效|考察|整改|等待|冷静)期"
)


def time_cut(before: str) -> bool:
    """Whether the words ``before`` a figure cut a procedure's time down to it ("开办时间压缩至48小时以内")."""
    return bool(_CUT.search(before) or _TIME_CONTROLLED.search(before) or _TIME_CAPPED.search(before)
                or _CUT_WORDED.search(before))


# "进一步压减纳税人申报和缴税的次数至3次": a count of times or steps cut down, its object between the verb and 至.
_COUNT_CUT = re.compile(r"(压减|压缩|减少|缩减|精简)[^，,；;。\d至到]{1,16}?(?:至|到)\s*$")
_CUT_COUNTS = ("次", "个", "项", "道", "环节", "个环节")


def cut_word(before: str, unit: str) -> str | None:
    """The cut ("压缩至") that caps a span of ``unit`` (or a count of times or steps) when no comparison word stands
    right before the figure ("压缩至平均9个工作日", "压减…次数至3次"); None otherwise."""
    worded = unit in _SPAN_UNITS and _CUT_WORDED.search(before) or unit in _CUT_COUNTS and _COUNT_CUT.search(before)
    return worded.group(1) + "至" if worded else None


def time_span(text: str, start: int, end: int, unit: str | None) -> tuple[str, int] | None:
    """The unit and the end of a time span the plan caps or floors, for the figure at ``start`` (its match, unit
    included, ending at ``end``); None for every other figure of time."""
    number_end = end - len(unit or "")
    tail = text[number_end : number_end + 8]
    before = text[max(0, start - 16) : start]
    capped = _CAPPED_SPAN.match(tail)
    if capped and time_cut(before):
        # "90个工作日": the working day is the measure, 个 only counts it (as 天 and 日 are written without one).
        return capped.group(1).removeprefix("个") if capped.group(1) == "个工作日" else capped.group(1), \
            number_end + capped.end()
    shared = _SHARED_SPAN.match(text, number_end)
    if shared and time_cut(before):  # "分别压缩至15个、7个工作日以内": 15 working days too
        return shared.group(1), shared.end()
    if unit or not tail.startswith("天"):
        return None
    clause = re.split(r"[，,；;。：:\n]", text[max(0, start - 40) : start])[-1]
    if _RULE_PERIOD.search(clause):
        return None
    if (_DAY_FLOOR.search(before) or _DAYS_OR_MORE.match(tail)) and not _BENEFIT_PERIOD.match(tail):
        return "天", number_end + 1
    return None

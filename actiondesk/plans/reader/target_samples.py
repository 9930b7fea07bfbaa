"""Counts of sampling and of monitoring sites are goals: "全年监督抽查200个样品", "全年安排区级抽检30个样品" count the
samples to test, "全区20个长期定位监测点" the sites to keep; and a share of a whole sizes what is to be built or
checked ("建立不低于常住人口1‰的…队伍", "抽查比例原则上不低于…总数的20%"), a goal though the share comes before 的.
Add a verb of sampling, a word for a sample or a site here."""

import re

SAMPLING_VERBS = ("抽查", "抽检", "抽样", "检测", "监测", "快检", "检验", "送检")
SAMPLE_WORDS = ("样品", "样本", "批次")
SITE_WORDS = ("监测点", "监测站", "采样点", "检测点", "观测点", "监测点位", "定位点", "哨点")  # "3家哨点医院"
# The wholes a share is taken of: people living there, a total count.
WHOLES = ("常住人口", "户籍人口", "总人口", "人口", "总数", "总量", "总户数", "总人数")

_SAMPLING = re.compile(rf"(?:{'|'.join(SAMPLING_VERBS)})[^，,；;。\d]{{0,4}}$")
_SAMPLE = re.compile(rf"(?:以上)?[^，,；;。\d、]{{0,6}}?(?:{'|'.join(SAMPLE_WORDS)})")
_SITE = re.compile(rf"(?:以上)?[^，,；;。\d、]{{0,8}}?(?:{'|'.join(SITE_WORDS)})")
_WHOLE = re.compile(rf"(?:不低于|不少于|至少|达到|占)[^，,；;。\d]{{0,12}}?(?:{'|'.join(WHOLES)})的?\s*$")
_COUNTS = ("个", "份", "批", "批次", "件", "处", "家")


def sampled_count(before: str, after: str, unit: str) -> bool:
    """Whether a count (its clause's words ``before`` and ``after`` it) counts samples to test or sites to monitor."""
    if (
        unit not in _COUNTS or "每" in before
    ):  # "每月抽检30个样品": a pace or a per-place norm, read as before
        return False
    return bool(_SAMPLING.search(before) and (_SAMPLE.match(after) or unit == "批次")) or bool(
        _SITE.match(after)
    )


def share_of_whole(before: str, unit: str) -> bool:
    """Whether a share is a floor taken of a whole ("不低于常住人口1‰", "不低于辖区企业总数的20%")."""
    return unit in ("%", "％", "‰") and bool(_WHOLE.search(before))


def sample_rule(before: str, after: str, unit: str, rule: str) -> str:
    """The rule that decided a target read with no comparison word of its own: a share of a whole after 不低于, or a
    count of samples or sites."""
    if rule != "bare":
        return rule
    if share_of_whole(before, unit):
        return "share_of_whole"
    return "sampled" if sampled_count(before, after, unit) else rule

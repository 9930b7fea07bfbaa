"""The shape of a target once its figure is found: its kind (absolute, growth rate, ratio), its indicator name,
and the two targets without a plain figure — relative to an average ("高于全省平均水平") and full coverage (100 %)."""
import bisect
import re

from .quantities import Quantity
from .target_words import FOR_CASE

# "2、3个示范村": a number before 、 is an item's number even with a figure right after it ("1.5" is a decimal).
# A circled or bracketed numeral ("③100%实施…", "⑴", "⒈") numbers an item too.
OUTLINE_MARKER = re.compile(
    r"\s*(?:[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[）)]|\d{1,3}(?:[.．](?!\d)|、)|[\u2460-\u249b\u24f5-\u24fe])\s*"
)
# "一是…；二是…", "其三，…": the word that numbers a goal in a run of goals is not part of it.
ENUMERATION = re.compile(r"\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][是，,]?)\s*")
LEADING_NOISE = re.compile(r"^(?:力争|全年|确保|争取|年内|当年|累计|共计|合计|总计|共(?![有同])|并)+")  # 共21条: the total of a list
_GROWTH = re.compile(r"(同比)?(增长|增速|增幅|提高|提升|下降|降低|减少|翻|比增|同比增)(了)?(达到|达|为|超过|不低于|不少于|约)?\s*$")
_LEVEL_WORDS = re.compile(r"(提高|提升|下降|降低)(到|至)\s*$")
_RELATIVE = re.compile(
    r"(?P<cmp>超过|高于|快于|优于|不低于|低于|达到)"
    r"(?P<ref>(?:全国|全省|全市|全区|全县|省|市|区|同类地区|同期)[^，,；;。]{0,8}?平均(?:水平|值|增速|增幅)?)"
)
_RELATIVE_COMPARATOR = {"超过": ">", "高于": ">", "快于": ">", "优于": ">", "不低于": ">=",
                        "达到": ">=", "低于": "<"}
_TRAILING_NOISE = re.compile(r"(?:不少于|不低于|至少|达到|超过|突破|控制在|力争|约|达|为|等|超|≤|≥)+$")


def kind_of_target(before: str, quantity: Quantity) -> str:
    if quantity.unit == "倍":
        return "growth_rate"
    if quantity.unit in ("%", "个百分点", "‰"):  # 垃圾盖度≤5‰: a per-mille share
        if _GROWTH.search(before) and not _LEVEL_WORDS.search(before):
            return "growth_rate"
        return "ratio"
    return "absolute"


def indicator_name(before: str, after: str, quantity: Quantity) -> str:
    name = LEADING_NOISE.sub("", before.strip())
    name = _TRAILING_NOISE.sub("", name)
    if quantity.unit in ("%", "个百分点") and re.search(r"(?:(同比)?增长|同?比增)$", name):  # "出口额比增11.7%"
        name = re.sub(r"(?:(同比)?增长|同?比增)$", "增速", name)
    if len(name) > 4:
        name = name.replace("实现", "")
    return (name + after.strip()).strip()


_MULTIPLE_OF_IT = re.compile(r"的\s*\d+(?:\.\d+)?\s*倍")
_POINTS_OVER_IT = re.compile(r"\s*\d+(?:\.\d+)?\s*个?百分点")


def relative_target(clause: str) -> dict | None:
    match = _RELATIVE.search(clause)
    if not match or _MULTIPLE_OF_IT.match(clause, match.end()) or _POINTS_OVER_IT.match(clause, match.end()):
        # "达到全省平均水平的3倍以上", "高于全省平均水平1个百分点以上": a multiple or a margin, a figure
        return None
    if FOR_CASE.match(clause) and clause[match.end():].lstrip().startswith("的"):
        return None  # "对年度零售额增速超过全省平均水平的限上单位": the cases a grant is for
    before = clause[:match.start()]
    start = len(clause) - len(clause.lstrip())
    cut = before.rfind("、")
    if cut > 0 and re.search(r"\d", before[:cut]):  # "…增长9%左右、增速高于全国平均水平": only the last item
        start = cut + 1
        before = before[start:]
    indicator = _TRAILING_NOISE.sub("", LEADING_NOISE.sub("", before.strip()))
    rate = re.search(r"增速|增长|增幅|率|比重|占比", indicator)
    return {
        "text": clause[start:match.end()], "indicator": indicator or match.group("ref"),
        "value": None, "unit": "%" if rate else None,
        "comparator": _RELATIVE_COMPARATOR[match.group("cmp")], "value_max": None,
        "kind": "relative", "reference": match.group("ref"), "rule": "relative", "unsure": False,
        "start": start, "end": match.end(),
    }


def coverage_target(clause: str, match: re.Match) -> dict:
    start = len(clause) - len(clause.lstrip())
    marker = OUTLINE_MARKER.match(clause)
    start = marker.end() if marker and marker.end() < match.start() else start
    enumeration = ENUMERATION.match(clause, start)
    start = enumeration.end() if enumeration and enumeration.end() < match.start() else start
    subject = LEADING_NOISE.sub("", clause[start:match.start()].strip())
    subject = re.sub(r"^(实现|推进|推动|达到)", "", subject)
    return {
        "text": clause[start:match.end(match.lastindex or 0)], "indicator": subject + "覆盖率", "value": 100,
        "unit": "%", "comparator": ">=", "value_max": None, "kind": "ratio", "rule": "coverage", "unsure": False,
        "start": start, "end": match.end(match.lastindex or 0),
    }


def respectively(text: str, clause_start: int, targets: list[dict]) -> list[dict]:
    """"应用比例分别达到80％、50％以上": each figure of the list is a target stated by the whole phrase."""
    run: list[dict] = []
    for target in targets + [None]:
        if target and run and re.fullmatch(r"\s*[、和及与]\s*", text[run[-1]["end"]:target["start"]]):
            run.append(target)
            continue
        if len(run) > 1 and "分别" in text[clause_start:run[1]["start"]]:
            for item in run:
                item["text"] = text[run[0]["start"]:run[-1]["end"]].strip()
        run = [target] if target else []
    return targets


_SENTENCE = re.compile(r"[^。！!？?\n]+[。！!？?]?")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` starts and ends (a line break ends one too)."""
    return [(match.start(), match.end()) for match in _SENTENCE.finditer(text)]


def sentence_at(text: str, sentences: list[tuple[int, int]], position: int) -> str:
    """The sentence a target stands in, shown beside it on the review page."""
    index = bisect.bisect_right(sentences, (position, float("inf"))) - 1
    if index >= 0 and sentences[index][0] <= position < sentences[index][1]:
        start, end = sentences[index]  # a runaway "sentence" is cut to a window around the target
        return text[max(start, position - 200):min(end, position + 300)].strip()
    return ""


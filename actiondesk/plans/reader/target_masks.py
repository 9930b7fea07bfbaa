"""Spans of plan text that hold names and notes, never targets: quotes, book-title marks and brackets — except a
bracket that breaks a total down into counts or states a floor."""

import bisect
import re

from actiondesk.plans.reader.target_durations import CUT_TO

_PAIRS = {"“": "”", "‘": "’", "《": "》", "〈": "〉", "「": "」", "『": "』", "（": "）", "(": ")",
          "〔": "〕", "【": "】", "[": "]", '"': '"'}
_OPENER = re.compile("[" + re.escape("".join(_PAIRS)) + "]")

# "共计9个（嘉定新城5个、其他区域4个）": a bracket that breaks a total down into counts gives each count.
_BREAKDOWN_ITEM = r"[^、，,；;。\d（）()]{1,10}\d+(?:\.\d+)?[^\d、，,；;。（）()]{1,4}"
_BREAKDOWN = re.compile(rf"{_BREAKDOWN_ITEM}(?:、{_BREAKDOWN_ITEM})+")
_AFTER_FIGURE = re.compile(r"\d[^\d\s（）()，,；;。]{1,4}$")
# "40辆（其中湿垃圾收集运输专用车32辆、…）": 其中 opens a breakdown whose first name may be long.
_PARTS = re.compile(rf"其中[^、，,；;。:：\d（）()]{{1,16}}\d+(?:\.\d+)?[^\d、，,；;。（）()]{{1,4}}(?:、{_BREAKDOWN_ITEM})+")
_AFTER_COUNTED = re.compile(r"\d[^\d\s（）()，,；;。]{1,12}$")  # "40辆湿垃圾收运车（其中…）": the total and its noun
# "（垃圾盖度≤5‰）": a bracket stating a cap or a floor with the sign is a requirement too; so is a cap with 以内
# ("（原则上控制在三级以内）").
_FLOOR = re.compile(
    r"(?:不少于|不低于|不得少于|至少)\s*[\d一二两三四五六七八九十百千]|[≤≥]\s*\d"
    r"|(?:控制在|不超过|不得超过)\s*[\d一二两三四五六七八九十百千]+[^\d，,；;。]{0,3}(?:以内|以下)"
    # "（政府投资项目审批时限压缩至90个工作日以内，…）": the caps a procedure's time is cut to, spelt out in a bracket.
    rf"|(?:{'|'.join(CUT_TO)})\s*\d+[^\d，,；;。]{{0,4}}(?:以内|之内)"
    # "（途径…等多个村庄，打造10公里美丽乡村景观带）": a bracket that goes on to commit to a figure of its own.
    r"|[，,]\s*(?:打造|建设|新建|建成)\d"
    # "（通道及场站设施能力达到90万标准箱及以上）": a bracket setting a capacity to reach alongside the goal before it.
    r"|(?:达到|达)\s*\d+(?:\.\d+)?[万亿]?[^\d，,；;。]{1,4}(?:及以上|以上)"
)


# "设置…主题公益广告（2幅）、…宣传标语（1幅）", "（三种及以上）活动的设备条件": a bracket holding only a count (of
# Arabic digits, or any numeral with a floor) right after the thing counted, closing an item of a list or its clause, is
# how many of it; not after a figure ("83.329公顷（4025筐）" restates it) nor after a word stating a count ("纳入规划
# 保障的数量（63座）").
_COUNT_NOTE = re.compile(
    r"\s*(?:\d+\s*[\u4e00-\u9fff]{1,2}|[\d一二两三四五六七八九十百千]+\s*[\u4e00-\u9fff]{1,2}?(?:及以上|以上))\s*"
)
_STATED_COUNT = re.compile(r"(?:数量|总量|总数|个数|规模|合计|共计|共|计)\s*$")
_ITEM_END = re.compile(r"\s*(?:$|[、，,；;。\n])")


def _count_note(text: str, index: int, end: int) -> bool:
    """Whether the bracket from ``index`` to ``end`` holds the count of the thing named right before it."""
    if not _COUNT_NOTE.fullmatch(text, index + 1, end):
        return False
    floor = "以上" in text[index + 1 : end]
    before = text[max(0, index - 8) : index]
    named = re.search(r"[\u4e00-\u9fff”]$", before) and not _STATED_COUNT.search(before)
    after_figure = re.search(r"\d[^\d\s]{0,4}$", before)
    return bool(floor and not after_figure or named and _ITEM_END.match(text, end + 1))


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotes, book-title marks and brackets: names and notes, never targets."""
    spans, index = [], 0
    while opener := _OPENER.search(text, index):  # only an opening mark can start a span: skip to the next one
        index = opener.start()
        end = text.find(_PAIRS[text[index]], index + 1)
        if text[index] == "“":  # "涉企“双随机"检查": a full-width quote closed by a half-width one
            end = _wrong_width_close(text, index, end)
        elif text[index] == '"':  # '"十三五”期间9.60万亩…': a half-width quote closed by a full-width one
            end = _half_width_close(text, index, end)
        # a quoted sentence is read
        quoted_sentence = text[index] == "“" and ("，" in text[index:end] or end - index > 30)
        breakdown = text[index] in "（(" and end > 0 and (
            _BREAKDOWN.fullmatch(text, index + 1, end) and _AFTER_FIGURE.search(text[max(0, index - 8):index])
            or _PARTS.fullmatch(text, index + 1, end) and _AFTER_COUNTED.search(text[max(0, index - 16):index]))
        # "（各单位全年不少于一场）", "（垃圾盖度≤5‰）": a bracket that states a floor or a cap is a requirement, read
        # like the sentence.
        floor = text[index] in "（(" and end > 0 and (_FLOOR.search(text, index + 1, end) or _count_note(text, index, end))
        if end > 0 and "\n" not in text[index:end] and not quoted_sentence and not breakdown and not floor:
            spans.append((index, end + 1))
            index = end + 1
        else:
            index += 1
    conditions = [(match.start("conditions"), _listed_to(text, match.end("conditions")))
                  for match in _CONDITIONS.finditer(text)]
    return merged_spans(spans + conditions) if conditions else spans


def _listed_to(text: str, end: int) -> int:
    """Where the conditions after a lead-in end: at its line's end, or — the lead-in closing its line ('…奖励：' /
    '（1）…；' / '（2）…。') — after the numbered lines below it."""
    if text[end:end + 1] != "\n" or text[end - 1:end] not in "：:":
        return end
    while (listed := _LISTED.match(text, end + 1)) is not None:
        end = listed.end()
    return end


_LISTED = re.compile(r"[ \t\u3000]*(?:[（(]\d{1,2}[）)]|\d{1,2}[.．、)）]|[①-⑳])[^\n]*")


# "对…满足以下条件之一的传统商贸服务业，分别给予…奖励：（1）零售企业网络销售额达到500万元、…以上；（2）…": the items
# after a lead-in naming the conditions to meet are what qualifies for the measure, not goals.
# "按以下标准给予培训补贴：五级（初级）4000元、四级…5000元": the tiers of a grant after a lead-in naming them.
_CONDITIONS = re.compile(r"(?:(?:满足|符合|具备)以下[^。：:\n]{0,4}(?:条件|情形|标准|要求)|按(?:照)?以下(?:标准|档次|比例))"
                         r"[^。：:\n]{0,40}[：:](?P<conditions>[^。\n]*)")


def merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, overlapping ones joined (what ``inside`` searches)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _wrong_width_close(text: str, index: int, end: int) -> int:
    """Where the quote opened at ``index`` closes: at its own mark ``end`` when the line has one, else at a half-width
    '"' on the line before the next opening mark (which then opens no quote of its own)."""
    line_end = text.find("\n", index)
    line_end = len(text) if line_end < 0 else line_end
    reopened = text.find("“", index + 1, line_end)
    half = text.find('"', index + 1, line_end)
    if 0 < reopened < end and not 0 < half < reopened:  # "“十三五“期间9.60万亩…": closed by a mark facing the
        return reopened  # wrong way, not by the ” of the next quote
    if 0 < end < line_end:
        return end
    return half if half > 0 and (reopened < 0 or half < reopened) else end


def _half_width_close(text: str, index: int, end: int) -> int:
    """Where the half-width quote opened at ``index`` closes: at a full-width ” on its line before the next '"', when
    what it holds is a short name (no comma: else the '"' closed an earlier quote, as in '涉企“双随机"检查，…')."""
    line_end = text.find("\n", index)
    full = text.find("”", index + 1, len(text) if line_end < 0 else line_end)
    named = 0 < full - index <= 16 and "，" not in text[index:full]
    return full if named and (end < 0 or full < end) else end


def inside(position: int, spans) -> bool:
    """Whether ``position`` falls in one of the sorted, non-overlapping ``spans``."""
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]

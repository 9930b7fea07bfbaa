"""Recognise the numbering that starts a line of a Chinese government document."""

import re
from typing import NamedTuple

from .quantities import chinese_to_number

CHINESE_DIGITS = "〇零一二三四五六七八九十百"

# Outline levels, from the outermost.
PART = "part"                # 第一部分 第一章 第一篇 (longer plans put their 一、 sections inside these)
CHAPTER_SECTION = "chapter_section"  # 第一节
SECTION = "section"          # 一、
PAREN_CHINESE = "paren_cn"   # （一） (一)
NAMED = "named"              # 任务一： 行动1： 重点工程二、 第一阶段： (an item numbered after a word that says what it is)
ARABIC = "arabic"            # 1. 1、 1． 1，
PAREN_ARABIC = "paren_arabic"  # （1） (1)
HALF_PAREN = "half_paren"    # 1） 1) (a number closed by a bracket it did not open: the level below （1）)
CIRCLED = "circled"          # ①
DASH = "dash"                # ——标题。
LEVELS = (PART, CHAPTER_SECTION, SECTION, PAREN_CHINESE, NAMED, ARABIC, PAREN_ARABIC, HALF_PAREN, CIRCLED)

_PATTERNS = (
    # "第二章 重点任务", "第一部分：总体要求", "第一节 夯实基础": not "第一批…", "第一次…" (no outline word).
    (PART, re.compile(rf"^(?P<number>第(?P<bare>[{CHINESE_DIGITS}]+)(?:部分|章|篇))[、.．:：\s]*(?P<rest>.*)$")),
    (CHAPTER_SECTION, re.compile(rf"^(?P<number>第(?P<bare>[{CHINESE_DIGITS}]+)节)[、.．:：\s]*(?P<rest>.*)$")),
    # "第三条 人才支持": the articles of a 若干措施 are its sections (their （一） sub-items below them); a space or a mark
    # must follow, so "第一条…" run into a sentence is no article.
    (SECTION, re.compile(rf"^(?P<number>第(?P<bare>[{CHINESE_DIGITS}]+)条)(?:[、.．:：]|\s)\s*(?P<rest>.*)$")),
    # "第一条支持购买新建商品住房。对…": with no mark, an article opens with its own short title and full stop.
    (SECTION, re.compile(rf"^(?P<number>第(?P<bare>[{CHINESE_DIGITS}]+)条)(?P<rest>[^\s，,。；;：:“”（）()]{{2,24}}。.*)$")),
    # "第一条办公空间支持": a PDF's article heading whose space the file did not keep — a short title, the whole line,
    # not a sentence ("第一条为做好宣传工作制定本办法").
    (SECTION, re.compile(rf"^(?P<number>第(?P<bare>[{CHINESE_DIGITS}]+)条)(?!为|根据|按照|依照|依据|对|凡|本|在|经|由|各|如|若)"
                         r"(?P<rest>[^\s，,。；;：:“”（）()]{2,16})$")),
    # "―、压实属地管理责任": 一 printed as a horizontal bar (U+2015) before 、 opens a section too. "一、二、三等奖的，…"
    # (a sentence's list of ordinals, broken onto a line's start) opens none.
    (SECTION, re.compile(rf"^(?P<number>(?P<bare>[{CHINESE_DIGITS}]+|―(?=、))[、.．])(?![{CHINESE_DIGITS}]+[、等])"
                         r"\s*(?P<rest>.*)$")),
    (PAREN_CHINESE, re.compile(
        rf"^(?P<number>[（(]\s*(?P<bare>[{CHINESE_DIGITS}]+)\s*[）)])[、.．]?\s*(?P<rest>.*)$")),
    (NAMED, re.compile(rf"^(?P<number>(?:重点|主要|专项)?(?:任务|行动|工程|举措)(?P<bare>[{CHINESE_DIGITS}]+|\d{{1,2}}))"
                       r"(?:[：:、.．]\s*|\s+)(?P<rest>.*)$")),
    # "第一阶段：宣传发动，调查摸底（5月1日—5月31日）": a plan's stages in time, each an item of its own (its work and
    # its "责任单位：" line below); "第一阶段" inside a sentence is no item (the line must start with it and a colon).
    (NAMED, re.compile(rf"^(?P<number>第(?P<bare>[{CHINESE_DIGITS}]+)阶段)[：:]\s*(?P<rest>.*)$")),
    # "1." must not be a decimal such as "1.5亿元" and "1、" must not be "1、2、3项".
    (ARABIC, re.compile(r"^(?P<number>(?P<bare>\d{1,3})(?:[.．﹒·](?!\d)|[、，,](?!\d)))\s*(?P<rest>.*)$")),
    # "02对生育家庭实施差异化购房补助。": a two-digit number printed against a short title line of its own ("10月底前…",
    # "12个…", "20艘…" — a count broken onto a line's start — open sentences, not items: a title line holds no figure,
    # comma or bracket).
    (ARABIC, re.compile(r"^(?P<number>(?P<bare>0[1-9]|[1-9]\d))(?P<rest>(?![月日年个万亿千百家项名人次号艘台辆座条所户套吨元亩"
                        r"米只头份批处件张部间栋层岁周天期届类种款支位场余多])"
                        r"[\u4e00-\u9fff][^\s\d，,。；;：:“”（）()]{3,30}。)$")),
    (PAREN_ARABIC, re.compile(r"^(?P<number>[（(]\s*(?P<bare>\d{1,3})\s*[）)])[、.．]?\s*(?P<rest>.*)$")),
    # "1）推进…", "2)建设…": a number closed by a bracket it did not open.
    (HALF_PAREN, re.compile(r"^(?P<number>(?P<bare>\d{1,2})[）)])\s*(?P<rest>[^\s）)].*)$")),
    (CIRCLED, re.compile(r"^(?P<number>(?P<bare>[①-⑳]))[、.．]?\s*(?P<rest>.*)$")),
    # "—15株的速成林": a range's dash broken onto a line's start ('10' / '—15株') opens no item.
    (DASH, re.compile(r"^(?P<number>(?:——|--|—(?![\d０-９])|－－))\s*(?P<bare>)(?P<rest>.+)$")),
)


# A document's own number on a line of its own ("国发〔2018〕38号", "杨府发【2024】3号"), not one cited in a sentence.
DOCUMENT_NUMBER = re.compile(r"^[^\n，,。]{0,20}[〔\[［【](20\d\d)[〕\]］】]\s*\d+\s*号$", re.M)


class Numbered(NamedTuple):
    """A line that starts with an outline number."""

    kind: str
    number: str  # as written, e.g. "(一)", "1."
    bare: str    # the digits alone, e.g. "一", "1"
    rest: str    # the text after the number


# "…加快在" / "二、三季度形成…": two ordinals in a row before what they count ('二、三级医院', '一、二类', '三孩') are a
# sentence's words broken onto a line's start, not a section and its title.
_ORDINAL_PAIR = re.compile(rf"^([{CHINESE_DIGITS}])(?:季度|季|产业|线|类|档|批|期|级|星|孩|胎|次|轮|代)")


def _ordinal_pair(kind: str, bare: str, rest: str) -> bool:
    following = _ORDINAL_PAIR.match(rest) if kind == SECTION else None
    return bool(following) and chinese_to_number(following.group(1)) == (chinese_to_number(bare) or 0) + 1


def numbered(line: str) -> Numbered | None:
    """Return the outline number that starts ``line``, or None."""
    stripped = line.strip()
    for kind, pattern in _PATTERNS:
        match = pattern.match(stripped)
        if match and match.group("rest").strip() and not _ordinal_pair(kind, match.group("bare"), match.group("rest")):
            bare = "一" if match.group("bare") == "―" else match.group("bare")
            return Numbered(kind, match.group("number"), bare, match.group("rest").strip())
    return None


_HALF_BRACKET_NUMBER = re.compile(r"^(\d{1,2})[）)](?=\s*[^\s）)])")


def half_brackets_as_points(lines: list[str]) -> list[str]:
    """A document that numbers its items "1）" and no line "1.": each "N）" at a line's start printed "N." (one
    character for one), so its items stand at the level "1." stands at elsewhere; beside "1." items they stay the
    level below."""
    if any((item := numbered(line)) and item.kind == ARABIC for line in lines):
        return lines
    return [_HALF_BRACKET_NUMBER.sub(r"\1.", line) if _HALF_BRACKET_NUMBER.match(line) and numbered(line) else line
            for line in lines]  # the cheap pattern first: most lines are no such item


def task_number(item: Numbered) -> str:
    """Arabic task numbers are kept bare ("1"); bracketed ones keep their brackets."""
    return item.bare if item.kind == ARABIC else item.number


def headline(text: str, limit: int = 40) -> tuple[str, str]:
    """Split "标题。正文" into (title, body); a title is the first sentence when it is short."""
    match = re.match(r"^(.+?)(?:。|[:：](?=\S)|$)", text)
    first = match.group(1).strip() if match else text
    if len(first) <= limit:
        # "（一）防洪防潮设施整治内容：" over its numbered checks: the colon introduces them, no part of the title.
        return first.rstrip("：:") or first, text[match.end():].strip() if match else ""
    return text, ""

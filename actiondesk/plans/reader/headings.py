"""Which numbered line of a stretch a responsibility clause closes: the first item below the stretch's heading, and
through a chain of headings ("一、…" / "（一）…行动") the innermost item."""

import re

from .departments import LABEL
from .inline_lists import runs_inline
from .numbering import DASH, LEVELS, Numbered, numbered


def from_first_item(body: str) -> str:
    """ "（一）推进…工程\n按照…\n1.“光伏+地铁”工程。…（责任单位：X）": the clause closes the numbered item, not the
    heading and its introduction above it."""
    lines = body.split("\n")
    for index, line in enumerate(lines[1:], start=1):
        item = numbered(line)
        if item and item.kind != DASH:
            return "\n".join(lines[_innermost(lines, index, item) :])
    return body


def _innermost(lines: list[str], index: int, item: Numbered) -> int:
    """ "一、聚焦…\n（一）…行动\n1.持续迭代…。": a heading line (no full stop) straight above a deeper item only heads
    it; the clause below closes the innermost item."""
    while (
        index + 1 < len(lines)
        and "。" not in item.rest.rstrip("。")
        and (below := numbered(lines[index + 1]))
        and below.kind != DASH
        and LEVELS.index(below.kind) > LEVELS.index(item.kind)
    ):
        index, item = index + 1, below
    return index


def sole_item_line(lines: list[str], item: Numbered) -> str | None:
    """The line of the one item a chain of headings holds ("五、…\n（十五）…行动\n32.加快推进…。（责任部门：…）"): that
    item is the task its clause closes, so it gives the title; None when the block is no such chain."""
    index = _innermost(lines, 0, item)
    if not index:
        return None
    inner = numbered(lines[index])
    if runs_inline(inner):  # "1.…；2.…" alone under its heading: the heading's paragraph (``inline_lists``)
        return None
    if any((other := numbered(line)) and other.kind != DASH for line in lines[index + 1 :]):
        return None
    return inner.rest


# "一是…": the first of an item's ordinal sub-items ("二是…", "三是…" follow, each closed by its own label lines).
_FIRST_SUB_ITEM = re.compile(r"^\s*一是")


def group_heading_line(body: str) -> str | None:
    """ "1．重点发展区域\n以“一江一河一带”推动…。（责任部门：…）\n以“绿心”公园引领…。（责任部门：…）": an item's heading
    line of its own (no sentence mark) over paragraphs each closed by its own clause heads them all, so the first
    paragraph is titled by its own first line; None when the first line is no such heading. A heading sentence
    over ordinal sub-items ("实施…工程。\n一是…") heads them so too."""
    lines = body.split("\n", 2)
    if len(lines) < 2 or not lines[1].strip() or len(lines[0]) > 24:
        return None
    heading = lines[0]
    # "4.实施…工程。\n一是规范…。\n责任处室：…\n二是…": a heading sentence over ordinal sub-items heads them too.
    if _FIRST_SUB_ITEM.match(lines[1]):
        heading = heading.rstrip("。")
    # "坚持“五育”并举，全面发展素质教育。\n突出德育实效。构建…": a heading sentence over paragraphs that each open with a
    # short run-in title of their own heads them too.
    if re.search(r"[。；;！？!?，,：:]", heading) and not _RUN_IN_TITLE.match(lines[1]):
        return None
    return lines[1]


_RUN_IN_TITLE = re.compile(r"^[^。；;，,：:（）()\d]{2,12}。(?=\S)")  # the title runs on into its paragraph


# "“一核”：以…" / "建设AI算力平台：调动…": a short run-in label and its colon opening a paragraph.
_RUN_IN_LABEL = re.compile(r"^[^。；;，,：:（）()\d\s]{2,14}[：:](?=\S)")


_TITLE_SENTENCE = re.compile(r"[^。；;，,：:、\d（(“]{4,20}。")


def _opens_with_run_in_label(paragraph: str) -> bool:
    return bool(_RUN_IN_LABEL.match(paragraph)) and not LABEL.match(paragraph)


def first_labelled_paragraph(first: str, second: str) -> str | None:
    """ "（二）打造…社区。立足…。\n“一核”：以…。（牵头单位：…）\n“双园”：鼓励…。（牵头单位：…）": paragraphs below an
    item's heading paragraph that each open with a run-in label of their own ("“一核”：", "“双园”：") are the item's
    tasks, so the first is titled by its own label too, not by the heading; None unless the first two pieces
    (``first`` below the heading, ``second`` the next) both open so."""
    lines = [line.strip() for line in first.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    second = second.lstrip(" \n。；;")  # "…体系（牵头单位：…）。\n“双园”：…": the stop printed after the clause
    if _opens_with_run_in_label(lines[1]) and _opens_with_run_in_label(second):
        return lines[1]
    # "（一）体制机制融合创新行动\n围绕…，提升…。\n强化战略规划衔接融合机制。将…（责任单位：…）\n统筹目标责任考核机制。…": the
    # heading, an opening paragraph, then paragraphs that each open with a short title sentence of their own.
    opening = lines[1:-1]
    if opening and not any(_TITLE_SENTENCE.match(line) for line in opening) and _TITLE_SENTENCE.match(lines[-1]) \
            and _TITLE_SENTENCE.match(second):
        return lines[-1]
    return None

"""The findings of a rectification plan (整改方案): "七、人口大量聚集的老城区目前仅有1个2万吨/日规模的污水处理厂…\n（一）县污水处理厂
提标扩容工程尚未动工…\n牵头部门：X\n…\n整改目标：…\n整改措施：\n1.…" — the numbered paragraphs right above an item's label lines
state the problem an inspection found (past counts, shares, capacities), not what the plan commits to: their figures
are no targets. The goals are in the 整改目标 line and the measures below it."""

import re

from .departments import LABEL
from .numbering import ARABIC

# The labels that mark a plan's items as rectifications of findings; the document must print them at least twice.
RECTIFICATION_LABEL = re.compile(
    r"^(?:整改|问题)?(?:目标|措施|时限|要求|任务)\s*[:：]|^整改(?:目标|措施|时限|要求)"
)
_MIN_RECTIFICATIONS = 2


def _labelled(text: str) -> bool:
    return bool(LABEL.match(text) or RECTIFICATION_LABEL.match(text))


def finding_spans(lines: list) -> list[tuple[int, int]]:
    """Spans of the finding paragraphs: each numbered line (not a measure '1.…') standing right above a run of label
    lines, and the numbered lines right above it ("一、<finding>\n（一）<finding>\n牵头部门：…"), in a document whose
    items print rectification labels ('整改目标：', '整改措施：') at least twice."""
    texts = [line.text.strip() for line in lines]
    if sum(1 for text in texts if text.startswith(("整改目标", "整改措施"))) < _MIN_RECTIFICATIONS:
        return []
    spans = []
    for index, text in enumerate(texts):
        if not _labelled(text) or index == 0 or _labelled(texts[index - 1]):
            continue  # only the first line of a run of labels
        above = index - 1
        while (
            above >= 0
            and lines[above].item
            and lines[above].item.kind != ARABIC
            and not _labelled(texts[above])
        ):
            spans.append((lines[above].start, lines[above].end))
            above -= 1
    return sorted(spans)
